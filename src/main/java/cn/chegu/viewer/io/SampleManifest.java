package cn.chegu.viewer.io;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code gis-data/MANIFEST.json}: the layers of the sample data in draw order, with provenance.
 *
 * @param crs must be {@code EPSG:4326} when present
 * @param generator what produced the files (free text)
 * @param layers in draw order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SampleManifest(String crs, String generator, List<Layer> layers) {

  /** The crs every layer file uses. */
  public static final String CRS = "EPSG:4326";

  private static final ObjectMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  /**
   * One layer: {@code id} is the API's layer id, {@code file} its layer file relative to the
   * manifest (GeoJSON, or any format an import reads), {@code group} one of boundaries, layout,
   * parks, transport, water, roads, facilities, population.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Layer(
      String id,
      String title,
      String titleZh,
      String group,
      String file,
      String origin,
      String licence,
      boolean schematic,
      boolean modelled,
      String notes) {}

  public SampleManifest {
    layers = layers == null ? List.of() : List.copyOf(layers);
  }

  /**
   * Parses and checks a manifest.
   *
   * @param fileName used in error messages
   * @throws InvalidGisDataException when it is not JSON, has no layers, a layer lacks id, title,
   *     group or file, or two layers share an id
   */
  public static SampleManifest read(String fileName, byte[] json) {
    SampleManifest manifest;
    try {
      manifest = JSON.readValue(json, SampleManifest.class);
    } catch (JacksonException e) {
      throw new InvalidGisDataException(
          fileName, "not a valid manifest: " + e.getOriginalMessage(), e);
    } catch (java.io.IOException e) {
      throw new InvalidGisDataException(fileName, "cannot be read: " + e.getMessage(), e);
    }
    if (manifest == null || manifest.layers().isEmpty()) {
      throw new InvalidGisDataException(fileName, "lists no layers");
    }
    if (manifest.crs() != null && !CRS.equals(manifest.crs())) {
      throw new InvalidGisDataException(fileName, "crs is " + manifest.crs() + ", expected " + CRS);
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < manifest.layers().size(); i++) {
      Layer layer = manifest.layers().get(i);
      String where = "layer #" + (i + 1);
      if (layer == null) {
        throw new InvalidGisDataException(fileName, where + " is null");
      }
      requireText(fileName, where, "id", layer.id());
      where += " (id \"" + layer.id() + "\")";
      requireText(fileName, where, "title", layer.title());
      requireText(fileName, where, "group", layer.group());
      requireText(fileName, where, "file", layer.file());
      if (layer.file().contains("..") || layer.file().startsWith("/")) {
        throw new InvalidGisDataException(
            fileName, where + ": file must be a name next to the manifest, got " + layer.file());
      }
      if (!ids.add(layer.id())) {
        throw new InvalidGisDataException(fileName, where + ": duplicate layer id");
      }
    }
    return manifest;
  }

  private static void requireText(String fileName, String where, String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidGisDataException(fileName, where + ": \"" + field + "\" is missing");
    }
  }
}
