package cn.chegu.viewer.io;

import cn.chegu.viewer.budget.BudgetExceededException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mil.nga.tiff.FieldTagType;
import mil.nga.tiff.FileDirectory;
import mil.nga.tiff.Rasters;
import mil.nga.tiff.TiffReader;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads a population raster — a single-band GeoTIFF as WorldPop or GHSL publish them (people per
 * pixel, ~100 m) — into population cells, with NGA's pure-Java TIFF reader ({@code mil.nga:tiff}).
 *
 * <p>Georeferencing from the GeoTIFF tags: {@code ModelTiepoint} (raster point (i, j) ↔ model point
 * (x, y)) and {@code ModelPixelScale} (pixel size), north-up only (a {@code ModelTransformation}
 * with rotation is refused); raster type PixelIsArea (corner) or PixelIsPoint (centre, shifted by
 * half a pixel as GDAL does). The CRS from {@code ProjectedCSTypeGeoKey} (3072) or {@code
 * GeographicTypeGeoKey} (2048). A user-defined one (32767) has no code; GeoTIFF has no code for the
 * Mollweide projection either, so GDAL writes GHSL's World Mollweide as 32767 with the ESRI
 * definition in the citation ({@code GeoAsciiParams}: "World_Mollweide|WGS 84|ESRI PE String =
 * PROJCS[...PROJECTION["Mollweide"]...]"). Such a raster is read as {@link Crs#MOLLWEIDE}
 * (ESRI:54009) when the citation names Mollweide on WGS 84 and every central meridian / false
 * easting / false northing it states is 0 — the World Mollweide of GHSL; any other user-defined CRS
 * is not declared and needs {@code crs=}. Mollweide is equal-area, so a 100 m GHSL pixel is a true
 * hectare.
 *
 * <p>BigTIFF (version 43, files past 4 GB) is not read: {@code mil.nga:tiff} 3.0.0 reads classic
 * TIFF only ({@link ImportFiles} refuses it, saying how to convert).
 *
 * <p>Each pixel holding a positive value that is not {@code GDAL_NODATA} becomes one square cell
 * with {@code residents}. Rasters carry fractional people; they are rounded by largest remainder,
 * so the cells' sum equals the raster's sum rounded (a pixel-by-pixel rounding of 0.4-person pixels
 * would lose them all), and the warning states the method and both totals. Pixels that round to 0
 * are left out.
 */
public final class GeoTiffSource {

  private static final GeometryFactory GEOMETRY = new GeometryFactory();
  private static final int MODEL_TYPE = 1024;
  private static final int GEOGRAPHIC_TYPE = 2048;
  private static final int PROJECTED_TYPE = 3072;
  private static final int RASTER_TYPE = 1025;
  private static final int USER_DEFINED = 32767;

  private GeoTiffSource() {}

  static SourceLayer read(Path file, String fileName) {
    FileDirectory dir;
    Rasters rasters;
    try {
      dir = TiffReader.readTiff(file.toFile()).getFileDirectory();
      rasters = dir.readRasters();
    } catch (IOException | RuntimeException e) {
      if (e instanceof BudgetExceededException b) {
        throw b;
      }
      throw new InvalidImportFileException(
          fileName + ": not a readable GeoTIFF (" + GeoPackageSource.rootMessage(e) + ")", e);
    }
    if (dir.get(FieldTagType.ModelTransformation) != null) {
      throw new InvalidImportFileException(
          fileName + ": a rotated raster (ModelTransformation) is not supported; warp it north-up");
    }
    List<Number> scale = dir.getNumberListEntryValue(FieldTagType.ModelPixelScale);
    List<Number> tie = dir.getNumberListEntryValue(FieldTagType.ModelTiepoint);
    if (scale == null || scale.size() < 2 || tie == null || tie.size() < 6) {
      throw new InvalidImportFileException(
          fileName + ": a TIFF without georeferencing (no ModelPixelScale / ModelTiepoint tags)");
    }
    Map<Integer, Integer> keys = geoKeys(dir);
    String citation = ascii(dir, FieldTagType.GeoAsciiParams);
    double sx = scale.get(0).doubleValue();
    double sy = scale.get(1).doubleValue();
    double shift = keys.getOrDefault(RASTER_TYPE, 1) == 2 ? 0.5 : 0;
    double x0 = tie.get(3).doubleValue() - (tie.get(0).doubleValue() + shift) * sx;
    double y0 = tie.get(4).doubleValue() + (tie.get(1).doubleValue() + shift) * sy;
    Double nodata = nodata(dir);
    int width = rasters.getWidth();
    int height = rasters.getHeight();
    List<int[]> pixels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    double sum = 0;
    for (int row = 0; row < height; row++) {
      for (int col = 0; col < width; col++) {
        double v = rasters.getPixelSample(0, col, row).doubleValue();
        if (Double.isFinite(v) && v > 0 && (nodata == null || v != nodata)) {
          pixels.add(new int[] {row, col});
          values.add(v);
          sum += v;
        }
      }
    }
    long[] residents = largestRemainder(values);
    List<SourceFeature> features = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < pixels.size(); i++) {
      if (residents[i] == 0) {
        continue;
      }
      int row = pixels.get(i)[0];
      int col = pixels.get(i)[1];
      double minX = x0 + col * sx;
      double maxY = y0 - row * sy;
      var cell =
          GEOMETRY.createPolygon(
              new Coordinate[] {
                new Coordinate(minX, maxY - sy),
                new Coordinate(minX + sx, maxY - sy),
                new Coordinate(minX + sx, maxY),
                new Coordinate(minX, maxY),
                new Coordinate(minX, maxY - sy)
              });
      ReadLimits.feature(cell);
      String id = "px-" + row + "-" + col;
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("id", id);
      p.put("residents", residents[i]);
      p.put("source", "raster " + fileName + " pixel row " + row + " col " + col);
      features.add(new SourceFeature(features.size() + 1, id, cell, p));
      total += residents[i];
    }
    List<String> warnings = new ArrayList<>();
    warnings.add(
        String.format(
            java.util.Locale.ROOT,
            "raster %d × %d pixels of %s × %s: %d populated pixels hold %.2f people; rounded to"
                + " whole residents by largest remainder (total %d), %d pixels that round to 0 left"
                + " out",
            width,
            height,
            num(sx),
            num(sy),
            pixels.size(),
            sum,
            total,
            pixels.size() - features.size()));
    return new SourceLayer(
        fileName, "GeoTIFF", crs(keys, citation, fileName, warnings), features, warnings);
  }

  /**
   * Whole numbers whose sum is the values' sum rounded and each within 1 of its value: floors, then
   * one more to the largest fractional parts (ties: the earlier pixel).
   */
  public static long[] largestRemainder(List<Double> values) {
    long[] out = new long[values.size()];
    double sum = 0;
    long floors = 0;
    Integer[] order = new Integer[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (long) Math.floor(values.get(i));
      floors += out[i];
      sum += values.get(i);
      order[i] = i;
    }
    long left = Math.round(sum) - floors;
    java.util.Arrays.sort(
        order,
        (a, b) -> {
          int c = Double.compare(values.get(b) - out[b], values.get(a) - out[a]);
          return c != 0 ? c : Integer.compare(a, b);
        });
    for (int k = 0; k < left && k < order.length; k++) {
      out[order[k]]++;
    }
    return out;
  }

  private static String num(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  private static final java.util.regex.Pattern WORLD_PARAMETER =
      java.util.regex.Pattern.compile(
          "(?i)PARAMETER\\[\"(Central_Meridian|False_Easting|False_Northing)\",\\s*([-+0-9.eE]+)\\]");

  /**
   * Null when {@code citation} names World Mollweide (Mollweide on WGS 84, every stated central
   * meridian and false origin 0); else "" for no Mollweide at all, or why this Mollweide is not the
   * world one.
   */
  static String worldMollweide(String citation) {
    if (citation == null || !citation.toLowerCase(java.util.Locale.ROOT).contains("mollweide")) {
      return "";
    }
    if (!citation.contains("WGS 84") && !citation.contains("WGS_1984")) {
      return "a Mollweide projection on a datum other than WGS 84: warp it to ESRI:54009";
    }
    java.util.regex.Matcher m = WORLD_PARAMETER.matcher(citation);
    while (m.find()) {
      double v;
      try {
        v = Double.parseDouble(m.group(2));
      } catch (NumberFormatException e) {
        v = Double.NaN;
      }
      if (v != 0) {
        return "a Mollweide projection with "
            + m.group(1)
            + " "
            + m.group(2)
            + ", not World Mollweide (ESRI:54009, all 0): warp it to ESRI:54009";
      }
    }
    return null;
  }

  /** GeoKeyDirectory: key id → inline short value. */
  private static Map<Integer, Integer> geoKeys(FileDirectory dir) {
    Map<Integer, Integer> out = new LinkedHashMap<>();
    List<Number> k = dir.getNumberListEntryValue(FieldTagType.GeoKeyDirectory);
    if (k == null || k.size() < 4) {
      return out;
    }
    int n = k.get(3).intValue();
    for (int i = 0; i < n && 4 + 4 * i + 3 < k.size(); i++) {
      int at = 4 + 4 * i;
      if (k.get(at + 1).intValue() == 0) { // stored inline
        out.put(k.get(at).intValue(), k.get(at + 3).intValue());
      }
    }
    return out;
  }

  /** An ASCII tag's text (NULs dropped), or null. */
  private static String ascii(FileDirectory dir, FieldTagType tag) {
    Object v = dir.get(tag) == null ? null : dir.get(tag).getValues();
    if (v instanceof List<?> l) {
      StringBuilder b = new StringBuilder();
      l.forEach(b::append);
      v = b.toString();
    }
    return v == null ? null : v.toString().replace("\0", "").trim();
  }

  private static Double nodata(FileDirectory dir) {
    String v = ascii(dir, FieldTagType.GDAL_NODATA);
    if (v == null) {
      return null;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Crs crs(
      Map<Integer, Integer> keys, String citation, String fileName, List<String> warnings) {
    // a projected model's CRS is its ProjectedCSType; the GeographicType beside it (or beside a
    // user-defined model, as GDAL writes World Mollweide: model 32767, geographic 4326) is only
    // its datum: never read that as the CRS
    int model = keys.getOrDefault(MODEL_TYPE, 0);
    Integer code =
        switch (model) {
          case 1 -> keys.get(PROJECTED_TYPE);
          case 2 -> keys.get(GEOGRAPHIC_TYPE);
          case USER_DEFINED -> USER_DEFINED;
          default -> keys.getOrDefault(PROJECTED_TYPE, keys.get(GEOGRAPHIC_TYPE));
        };
    if (code == null || code == USER_DEFINED) {
      String moll = worldMollweide(citation);
      if (moll == null) {
        warnings.add(fileName + ": the raster names World Mollweide; read as ESRI:54009");
        return Crs.MOLLWEIDE;
      }
      warnings.add(
          fileName
              + ": the raster names no EPSG CRS (user-defined or none"
              + (moll.isEmpty() ? "" : "; " + moll)
              + ")");
      return null;
    }
    try {
      return Crs.epsg(code);
    } catch (UnsupportedCrsException e) {
      warnings.add(fileName + ": the raster's EPSG:" + code + " is not supported");
      return null;
    }
  }
}
