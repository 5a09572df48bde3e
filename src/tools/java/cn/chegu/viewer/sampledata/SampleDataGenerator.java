package cn.chegu.viewer.sampledata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes the schematic sample data: every {@code gis-data/<layer>.geojson} and {@code
 * gis-data/MANIFEST.json}. Deterministic: fixed seeds, stable ordering, coordinates rounded to 6
 * decimals, so regenerating gives byte-identical files.
 *
 * <p>Run: {@code mvn -o -q compile exec:java
 * -Dexec.mainClass=cn.chegu.viewer.sampledata.SampleDataGenerator} (works offline: the pom declares
 * exec-maven-plugin); {@code -Dexec.args=DIR} writes to another directory than {@code gis-data}.
 * See {@code gis-data/README.md} for the modelling rules.
 */
public final class SampleDataGenerator {

  private SampleDataGenerator() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "gis-data");
    Files.createDirectories(dir);
    write(dir, generate());
  }

  /** File name → content, for every file written (manifest last). */
  public static Map<String, String> generate() {
    Polygon zone = Boundaries.zone();
    Geometry zoneM = Geo.toMetric(zone);
    List<Geometry> subsM = Boundaries.subdistrictsMetric(zoneM);
    List<Feature> layout = Layout.layout(zone);
    List<Feature> water = Water.features(zone);
    List<Geometry> builtUp = new ArrayList<>();
    for (Feature f : layout) {
      Object el = f.properties().get("element");
      if ("core".equals(el) || "cluster".equals(el)) {
        builtUp.add(f.geometry());
      }
    }
    List<Feature> parks = Layout.parks(zone);
    List<Geometry> industrial =
        parks.stream()
            .filter(f -> Population.INDUSTRIAL.contains(f.properties().get("name_zh")))
            .map(Feature::geometry)
            .toList();
    List<Feature> population =
        Population.features(zone, subsM, Water.lakesMetric(water), builtUp, industrial);
    List<Feature> roads = Roads.features(Roads.sources(zone, builtUp, Population.townsMetric()));
    Map<String, List<Feature>> layers = new LinkedHashMap<>();
    List<Feature> subs = Boundaries.subdistrictFeatures(subsM);
    // The written outline is the union of the written (rounded) sub-districts, so they tile it
    // exactly at the 6-decimal precision of the files.
    Geometry outline =
        Geo.largest(
            Geo.GF.buildGeometry(subs.stream().map(f -> Geo.round(f.geometry())).toList()).union());
    layers.put("zone", Boundaries.zoneFeatures(outline));
    layers.put("subdistricts", subs);
    layers.put("population", population);
    layers.put("water", water);
    layers.put("layout", layout);
    layers.put("parks", parks);
    layers.put("roads", roads);
    List<Feature> transport = Transport.features();
    layers.put("transport", transport);
    cn.chegu.viewer.transit.GtfsFeed gtfs = SampleGtfs.feed(transport);
    layers.put("transit", SampleGtfs.layer(gtfs));
    layers.put("facilities", Facilities.features(population, roads, builtUp));
    Map<String, String> files = new LinkedHashMap<>();
    layers.forEach((id, fs) -> files.put(id + ".geojson", GeoJsonFiles.featureCollection(fs)));
    SampleGtfs.files(gtfs).forEach((name, text) -> files.put("gtfs/" + name, text));
    files.put("MANIFEST.json", GeoJsonFiles.json(Manifest.of()));
    return files;
  }

  /** Writes {@code files} into {@code dir}. */
  static void write(Path dir, Map<String, String> files) {
    try {
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path target = dir.resolve(f.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
