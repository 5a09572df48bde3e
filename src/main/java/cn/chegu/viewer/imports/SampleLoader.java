package cn.chegu.viewer.imports;

import cn.chegu.viewer.io.Crs;
import cn.chegu.viewer.io.ImportFiles;
import cn.chegu.viewer.io.InvalidGisDataException;
import cn.chegu.viewer.io.ReadOptions;
import cn.chegu.viewer.io.SampleManifest;
import cn.chegu.viewer.io.SourceLayer;
import cn.chegu.viewer.store.FeatureStore;
import cn.chegu.viewer.store.LayerContent;
import cn.chegu.viewer.store.LayerDefinition;
import cn.chegu.viewer.store.SampleDataset;
import cn.chegu.viewer.store.StoredFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.FileSystemUtils;

/**
 * Loads the sample data ({@code MANIFEST.json} and the layer files it lists) into the store as the
 * default area, through the import pipeline: every layer file is read by the reader of its format
 * ({@link ImportFiles}, as an upload is) and every feature passes the {@link AreaCheck} an uploaded
 * area passes, so a sample file breaking a rule is refused with the message an import would give
 * (e.g. {@code parks.geojson: feature 2 (id park-2): geometry: invalid: Self-intersection at
 * 114.225000, 30.375000 (repair=true repairs it)}). The manifest's {@code crs} declares the CRS of
 * files that do not declare their own.
 *
 * <p>Idempotent: the SHA-256 of the manifest and every layer file (names and bytes, in manifest
 * order) is recorded with the dataset; when it equals the stored checksum nothing is read or
 * written. Transactional: all files are read and checked first, then every layer is replaced in one
 * transaction, so a broken file leaves the store as it was. Each feature keeps its own {@code
 * source} (its provenance); the layer's origin and licence come from the manifest.
 */
public final class SampleLoader {

  private static final Logger log = LoggerFactory.getLogger(SampleLoader.class);

  /** Problems a refused load names in the log (all are counted). */
  static final int LOGGED_PROBLEMS = 50;

  private final FeatureStore store;
  private final ResourceLoader resources;
  private final ImportFiles readers;

  /**
   * @param readers the import readers ({@link ImportProperties#readers()})
   */
  public SampleLoader(FeatureStore store, ResourceLoader resources, ImportFiles readers) {
    this.store = store;
    this.resources = resources;
    this.readers = readers;
  }

  /**
   * What a load did.
   *
   * @param changed false when the stored data already had this checksum
   * @param layers layers in the dataset
   * @param features features in the dataset (0 when unchanged: nothing was read)
   */
  public record Outcome(boolean changed, String checksum, int layers, int features) {}

  /** The sample's files as read: the manifest, each layer file's bytes, and their checksum. */
  private record SampleFiles(SampleManifest manifest, List<byte[]> layers, String checksum) {}

  /**
   * Loads the sample data at {@code location} (a Spring resource location or a directory path)
   * unless it is already loaded.
   *
   * @throws InvalidGisDataException when the manifest is broken or a layer file is missing
   * @throws cn.chegu.viewer.io.InvalidImportFileException when a layer file cannot be read
   * @throws AreaRejectedException with every problem when features break the import rules
   */
  public Outcome load(String location) {
    SampleFiles files = files(resources, location);
    if (store.datasetChecksum(SampleDataset.NAME).filter(files.checksum()::equals).isPresent()) {
      log.info("Sample data at {} already loaded (checksum {})", location, files.checksum());
      return new Outcome(false, files.checksum(), files.manifest().layers().size(), 0);
    }
    List<LayerContent> layers = read(location, files, readers);
    store.replaceDataset(
        SampleDataset.NAME, files.checksum(), files.manifest().generator(), layers);
    int features = layers.stream().mapToInt(l -> l.features().size()).sum();
    log.info(
        "Loaded sample data from {}: {} layers, {} features (checksum {})",
        location,
        layers.size(),
        features,
        files.checksum());
    return new Outcome(true, files.checksum(), layers.size(), features);
  }

  /**
   * The layers of the sample data at {@code location} as a load would store them, in manifest
   * order, read and checked but not written.
   *
   * @throws InvalidGisDataException when the manifest is broken or a layer file is missing
   * @throws cn.chegu.viewer.io.InvalidImportFileException when a layer file cannot be read
   * @throws AreaRejectedException with every problem when features break the import rules
   */
  public static List<LayerContent> read(
      ResourceLoader resources, ImportFiles readers, String location) {
    return read(location, files(resources, location), readers);
  }

  /** Whether {@code location} holds a manifest at all. */
  public boolean exists(String location) {
    return SampleDataset.resource(resources, location, "MANIFEST.json").exists();
  }

  private static SampleFiles files(ResourceLoader resources, String location) {
    byte[] manifestBytes = bytes(resources, location, "MANIFEST.json");
    SampleManifest manifest = SampleManifest.read("MANIFEST.json", manifestBytes);
    MessageDigest digest = sha256();
    digest.update(manifestBytes);
    List<byte[]> layers = new ArrayList<>();
    for (SampleManifest.Layer layer : manifest.layers()) {
      byte[] file = bytes(resources, location, layer.file());
      digest.update(layer.file().getBytes(StandardCharsets.UTF_8));
      digest.update(file);
      layers.add(file);
    }
    return new SampleFiles(manifest, layers, HexFormat.of().formatHex(digest.digest()));
  }

  private static List<LayerContent> read(String location, SampleFiles files, ImportFiles readers) {
    SampleManifest manifest = files.manifest();
    Crs declared = SampleManifest.CRS.equals(manifest.crs()) ? Crs.WGS84 : null;
    Map<String, SourceLayer> byLayer = new LinkedHashMap<>();
    Path work = null;
    try {
      work = Files.createTempDirectory("chegu-sample-");
      for (int i = 0; i < manifest.layers().size(); i++) {
        SampleManifest.Layer layer = manifest.layers().get(i);
        Path staged = work.resolve("layer-" + i).resolve(layer.file());
        Files.createDirectories(staged.getParent());
        Files.write(staged, files.layers().get(i));
        SourceLayer source =
            readers.read(staged, layer.file(), ReadOptions.DEFAULTS, work.resolve("work-" + i));
        byLayer.put(layer.id(), declared == null ? source : declaring(source, declared));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage the sample data in a temporary directory", e);
    } finally {
      delete(work);
    }
    List<String> warnings = new ArrayList<>();
    Map<String, List<StoredFeature>> checked;
    try {
      checked =
          AreaCheck.check(byLayer, "MANIFEST.json", files.checksum(), warnings, byLayer.keySet());
    } catch (ImportRejectedException e) {
      logRefusal(location, e);
      throw e;
    }
    warnings.forEach(w -> log.warn("Sample data at {}: {}", location, w));
    List<LayerContent> layers = new ArrayList<>();
    for (SampleManifest.Layer layer : manifest.layers()) {
      layers.add(new LayerContent(definition(layer), checked.get(layer.id())));
    }
    return layers;
  }

  /** {@code source} with the CRS the manifest declares, unless the file declares its own. */
  private static SourceLayer declaring(SourceLayer source, Crs crs) {
    if (source.declaredCrs() != null) {
      return source;
    }
    return new SourceLayer(
        source.fileName(),
        source.format(),
        crs,
        source.features(),
        source.warnings(),
        source.osmWays());
  }

  private static void logRefusal(String location, ImportRejectedException e) {
    log.error(
        "Sample data at {} breaks the import rules ({}); nothing was loaded",
        location,
        e.errors().size() == 1 ? "1 problem" : e.errors().size() + " problems");
    e.errors().stream()
        .limit(LOGGED_PROBLEMS)
        .forEach(
            p ->
                log.error(
                    "  {}: {}: {}{}",
                    p.file(),
                    p.feature(),
                    p.field() == null ? "" : p.field() + ": ",
                    p.message()));
  }

  private static LayerDefinition definition(SampleManifest.Layer layer) {
    return new LayerDefinition(
        layer.id(),
        layer.title(),
        layer.titleZh(),
        layer.group(),
        layer.origin(),
        layer.licence(),
        layer.schematic(),
        layer.modelled(),
        layer.notes());
  }

  private static byte[] bytes(ResourceLoader resources, String location, String file) {
    Resource resource = SampleDataset.resource(resources, location, file);
    if (!resource.exists()) {
      throw new InvalidGisDataException(file, "not found at " + resource.getDescription());
    }
    try (InputStream in = resource.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new InvalidGisDataException(file, "cannot be read: " + e.getMessage(), e);
    }
  }

  private static void delete(Path dir) {
    if (dir != null) {
      try {
        FileSystemUtils.deleteRecursively(dir);
      } catch (IOException ignored) {
        // the OS cleans its temporary directory; nothing depends on it any more
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
