package cn.chegu.viewer.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OGC WKT definitions of the supported EPSG codes, taken from the EPSG table H2GIS ships ({@code
 * spatial_ref_sys.sql}, a PostGIS dump): what a GeoPackage's srs must say for GDAL to name the CRS.
 */
public final class EpsgWkt {

  private static final String RESOURCE = "/org/h2gis/functions/factory/spatial_ref_sys.sql";
  private static final Pattern ROW = Pattern.compile("VALUES\\s*\\((\\d+),'EPSG',\\d+,'([^']*)'");
  private static volatile Map<Integer, String> definitions;

  private EpsgWkt() {}

  /** The WKT of a supported EPSG code. */
  public static Optional<String> of(int epsg) {
    return Optional.ofNullable(load().get(epsg));
  }

  private static Map<Integer, String> load() {
    Map<Integer, String> d = definitions;
    if (d != null) {
      return d;
    }
    Map<Integer, String> out = new HashMap<>();
    try (InputStream in = EpsgWkt.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
          Matcher m = ROW.matcher(line);
          if (m.find()) {
            int code = Integer.parseInt(m.group(1));
            if (Crs.SUPPORTED.contains(code)) {
              out.put(code, m.group(2));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the EPSG table " + RESOURCE, e);
    }
    definitions = Map.copyOf(out);
    return definitions;
  }
}
