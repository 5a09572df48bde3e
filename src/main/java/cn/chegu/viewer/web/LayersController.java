package cn.chegu.viewer.web;

import cn.chegu.viewer.io.GeometrySimplifier;
import cn.chegu.viewer.store.FeatureStore;
import cn.chegu.viewer.store.LayerInfo;
import cn.chegu.viewer.store.LayerProvenance;
import cn.chegu.viewer.store.LayerVersion;
import cn.chegu.viewer.store.LayerVersionStore;
import cn.chegu.viewer.store.UnknownLayerException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The map's layers and their features (GeoJSON, WGS84). */
@RestController
@RequestMapping("/api/layers")
class LayersController {

  static final int DEFAULT_LIMIT = 10_000;
  static final int MAX_LIMIT = 50_000;

  private final FeatureStore store;
  private final LayerVersionStore versions;

  LayersController(FeatureStore store, LayerVersionStore versions) {
    this.store = store;
    this.versions = versions;
  }

  /**
   * A layer as the API shows it.
   *
   * @param bbox {@code [minLon, minLat, maxLon, maxLat]}, absent for an empty layer
   * @param version the layer's current version (1: as the sample or the area's file loaded it)
   * @param source where the current data comes from: the manifest's origin while the layer is as
   *     loaded; after an import or restore, that version's file, checksum, account and time ({@link
   *     LayerProvenance})
   */
  record LayerView(
      String id,
      String title,
      String titleZh,
      String group,
      String geometryType,
      int count,
      double[] bbox,
      int version,
      String source,
      String licence,
      boolean schematic,
      boolean modelled,
      String notes) {

    static LayerView of(LayerInfo layer, LayerVersion newest) {
      Envelope e = layer.extent();
      var d = layer.definition();
      LayerProvenance p = LayerProvenance.of(d, newest);
      return new LayerView(
          d.id(),
          d.title(),
          d.titleZh(),
          d.group(),
          layer.geometryType(),
          layer.count(),
          e == null ? null : new double[] {e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()},
          p.version(),
          p.source(),
          d.licence(),
          d.schematic(),
          d.modelled(),
          d.notes());
    }
  }

  /** All layers in draw order. */
  @GetMapping
  List<LayerView> layers() {
    Map<String, LayerVersion> newest = versions.newest();
    return store.layers().stream().map(l -> LayerView.of(l, newest.get(l.id()))).toList();
  }

  /** One layer's summary; 404 when there is no such layer. */
  @GetMapping("/{id}")
  LayerView layer(@PathVariable String id) {
    LayerInfo layer = store.layer(id).orElseThrow(() -> new UnknownLayerException(id));
    return LayerView.of(layer, versions.newest().get(id));
  }

  /**
   * A layer's features as a GeoJSON FeatureCollection, optionally only those intersecting {@code
   * bbox=minLon,minLat,maxLon,maxLat}, at most {@code limit} (1..50000, default 10000); geometry
   * simplified for a map at {@code zoom} or to {@code maxAllowableOffset} degrees ({@link
   * GeometrySimplifier}).
   */
  @GetMapping(
      value = "/{id}/features",
      produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
  LayerFeatures features(
      @PathVariable String id,
      @RequestParam(required = false) String bbox,
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) Double zoom,
      @RequestParam(required = false) Double maxAllowableOffset) {
    Envelope box = RequestParameters.bbox(bbox);
    int max = RequestParameters.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
    double tolerance = RequestParameters.simplification(zoom, maxAllowableOffset);
    return new LayerFeatures(
        "FeatureCollection",
        store.features(id, box, max).stream()
            .map(
                f ->
                    FeatureView.of(
                        f.id(),
                        GeometrySimplifier.simplify(f.geometry(), tolerance),
                        f.properties()))
            .toList());
  }

  /**
   * A layer's features as a GeoJSON FeatureCollection; the properties are the layer's own (its data
   * contract: {@code gis-data/README.md}), null values included.
   */
  record LayerFeatures(
      @Schema(allowableValues = "FeatureCollection") String type,
      List<FeatureView<Map<String, Object>>> features) {}
}
