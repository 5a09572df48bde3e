package cn.chegu.viewer.sampledata;

import cn.chegu.viewer.transit.GtfsFeed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample's model tool: reads the hand-digitised shapes of a data directory ({@link
 * ModelInputs}) and the parameters ({@code model-parameters.json}, {@link SampleParameters}) and
 * writes what is modelled: {@code population.geojson}, {@code roads.geojson} (the named roads of
 * the transport layer noded with the modelled street and rural grids), {@code facilities.geojson}
 * (the hand-placed facilities kept, the modelled community facilities replaced), {@code
 * transit.geojson} and {@code gtfs/}. It never writes the hand-digitised files nor {@code
 * MANIFEST.json}. Deterministic: fixed seeds, stable ordering, coordinates rounded to 6 decimals,
 * so re-running it on unchanged inputs gives byte-identical files.
 *
 * <p>Run (from the repository root; {@code -Dexec.args=DIR} reads and writes another directory than
 * {@code gis-data}): {@code mvn -o -q -B test-compile
 * org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.chegu.viewer.sampledata.SampleDataGenerator}. See {@code gis-data/README.md}.
 */
public final class SampleDataGenerator {

  private SampleDataGenerator() {}

  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "gis-data");
    Map<String, String> files = generate(dir);
    write(dir, files);
    System.out.println("wrote " + files.keySet() + " in " + dir);
  }

  /** File name (relative to {@code dir}) → content, for every file the tool makes. */
  public static Map<String, String> generate(Path dir) {
    ModelInputs in = ModelInputs.read(dir);
    SampleParameters p = SampleParameters.read(dir);
    List<Feature> population = Population.features(in, p.population());
    List<Feature> roads =
        Roads.features(
            Roads.sources(in, Population.townsMetric(in, p.population()), p.roads()), p.roads());
    GtfsFeed gtfs = SampleGtfs.feed(in.transport(), p.timetable());
    Map<String, List<Feature>> layers = new LinkedHashMap<>();
    layers.put("population", population);
    layers.put("roads", roads);
    layers.put("transit", SampleGtfs.layer(gtfs));
    layers.put("facilities", Facilities.features(in, population, roads, p.facilities()));
    Map<String, String> files = new LinkedHashMap<>();
    layers.forEach((id, fs) -> files.put(id + ".geojson", GeoJsonFiles.featureCollection(fs)));
    SampleGtfs.files(gtfs).forEach((name, text) -> files.put("gtfs/" + name, text));
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
