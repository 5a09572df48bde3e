package cn.chegu.viewer.store;

import cn.chegu.viewer.io.GeoJsonFeature;
import cn.chegu.viewer.io.GeoJsonLayerReader;
import cn.chegu.viewer.io.InvalidGisDataException;
import cn.chegu.viewer.io.SampleManifest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Loads the sample data ({@code MANIFEST.json} and the layer files it lists) into the store.
 *
 * <p>Idempotent: the SHA-256 of the manifest and every layer file (names and bytes, in manifest
 * order) is recorded with the dataset; when it equals the stored checksum nothing is done.
 * Transactional: all files are read and validated first, then every layer is replaced in one
 * transaction, so a broken file aborts with an {@link InvalidGisDataException} naming the file and
 * feature and leaves the store as it was.
 */
public final class GisDataLoader {

  /** The dataset name under which the sample data is recorded. */
  public static final String DATASET = "gis-data";

  private static final Logger log = LoggerFactory.getLogger(GisDataLoader.class);

  private final FeatureStore store;
  private final ResourceLoader resources;
  private final GeoJsonLayerReader reader = new GeoJsonLayerReader();
  private final List<SampleFeatureCheck> checks;

  public GisDataLoader(FeatureStore store, ResourceLoader resources) {
    this(store, resources, List.of());
  }

  public GisDataLoader(
      FeatureStore store, ResourceLoader resources, List<SampleFeatureCheck> checks) {
    this.store = store;
    this.resources = resources;
    this.checks = List.copyOf(checks);
  }

  /**
   * What a load did.
   *
   * @param changed false when the stored data already had this checksum
   * @param layers layers in the dataset
   * @param features features in the dataset (0 when unchanged: nothing was read)
   */
  public record Outcome(boolean changed, String checksum, int layers, int features) {}

  /**
   * Loads the sample data at {@code location} (a Spring resource location or a directory path)
   * unless it is already loaded.
   *
   * @throws InvalidGisDataException when the manifest or a layer file is missing or broken
   */
  public Outcome load(String location) {
    Resource manifestResource = resource(location, "MANIFEST.json");
    byte[] manifestBytes = bytes(manifestResource, "MANIFEST.json");
    SampleManifest manifest = SampleManifest.read("MANIFEST.json", manifestBytes);
    MessageDigest digest = sha256();
    digest.update(manifestBytes);
    List<byte[]> files = new ArrayList<>();
    for (SampleManifest.Layer layer : manifest.layers()) {
      byte[] file = bytes(resource(location, layer.file()), layer.file());
      digest.update(layer.file().getBytes(StandardCharsets.UTF_8));
      digest.update(file);
      files.add(file);
    }
    String checksum = HexFormat.of().formatHex(digest.digest());
    if (store.datasetChecksum(DATASET).filter(checksum::equals).isPresent()) {
      log.info("Sample data at {} already loaded (checksum {})", location, checksum);
      return new Outcome(false, checksum, manifest.layers().size(), 0);
    }
    List<LayerContent> layers = new ArrayList<>();
    int featureCount = 0;
    for (int i = 0; i < files.size(); i++) {
      SampleManifest.Layer layer = manifest.layers().get(i);
      List<StoredFeature> features = new ArrayList<>();
      List<GeoJsonFeature> read = reader.read(layer.file(), files.get(i));
      for (int j = 0; j < read.size(); j++) {
        for (SampleFeatureCheck check : checks) {
          check.check(layer.id(), layer.file(), j, read.get(j));
        }
      }
      for (GeoJsonFeature f : read) {
        features.add(new StoredFeature(layer.id(), f.id(), f.geometry(), f.properties()));
      }
      featureCount += features.size();
      layers.add(new LayerContent(definition(layer), features));
    }
    store.replaceDataset(DATASET, checksum, manifest.generator(), layers);
    log.info(
        "Loaded sample data from {}: {} layers, {} features (checksum {})",
        location,
        layers.size(),
        featureCount,
        checksum);
    return new Outcome(true, checksum, layers.size(), featureCount);
  }

  /** Whether {@code location} holds a manifest at all. */
  public boolean exists(String location) {
    return resource(location, "MANIFEST.json").exists();
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

  private Resource resource(String location, String file) {
    return resource(resources, location, file);
  }

  /**
   * The file {@code file} of the sample data at {@code location} (a Spring resource location or a
   * plain directory path), e.g. the plan file next to the layers.
   */
  public static Resource resource(ResourceLoader resources, String location, String file) {
    String base = location.endsWith("/") ? location : location + "/";
    // "classpath:", "file:" ... have two or more letters; a drive letter is a Windows path
    boolean hasPrefix = base.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*");
    return resources.getResource((hasPrefix ? base : "file:" + base) + file);
  }

  private static byte[] bytes(Resource resource, String file) {
    if (!resource.exists()) {
      throw new InvalidGisDataException(file, "not found at " + resource.getDescription());
    }
    try (InputStream in = resource.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new InvalidGisDataException(file, "cannot be read: " + e.getMessage(), e);
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
