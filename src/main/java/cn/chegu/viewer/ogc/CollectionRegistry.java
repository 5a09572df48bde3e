package cn.chegu.viewer.ogc;

import cn.chegu.viewer.facility.Facility;
import cn.chegu.viewer.scenario.Scenario;
import cn.chegu.viewer.scenario.ScenarioService;
import cn.chegu.viewer.store.FeatureStore;
import cn.chegu.viewer.store.LayerInfo;
import cn.chegu.viewer.store.StoredFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.stereotype.Component;

/**
 * Every collection the service offers, in this order: the map's layers (draw order), each
 * scenario's facilities, then the analysis results (any other result parameters are found by id).
 * Listing is cheap (metadata only); features are read or computed when a client asks for items.
 */
@Component
public class CollectionRegistry {

  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  private final FeatureStore store;
  private final ScenarioService scenarios;
  private final ResultCollections results;

  public CollectionRegistry(
      FeatureStore store, ScenarioService scenarios, ResultCollections results) {
    this.store = store;
    this.scenarios = scenarios;
    this.results = results;
  }

  /** All collections. */
  public List<OgcCollection> all() {
    List<LayerInfo> layers = store.layers();
    List<OgcCollection> out = new ArrayList<>();
    Envelope zone = null;
    for (LayerInfo layer : layers) {
      out.addAll(layer(layer));
      if (layer.id().equals("zone")) {
        zone = layer.extent();
      }
    }
    for (Scenario s : scenarios.list()) {
      out.add(scenario(s, zone));
    }
    out.addAll(results.all(zone));
    return out;
  }

  /**
   * The collection with this id.
   *
   * @throws OgcException 404 when there is none
   */
  public OgcCollection get(String id) {
    List<OgcCollection> all = all();
    return all.stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .or(() -> results.find(id, zoneExtent(all)))
        .orElseThrow(() -> OgcException.notFound("no collection '" + id + "'"));
  }

  private static Envelope zoneExtent(List<OgcCollection> all) {
    return all.stream()
        .filter(c -> c.id().equals("zone"))
        .map(OgcCollection::extent)
        .findFirst()
        .orElse(null);
  }

  /**
   * The layer as one collection when its features share a geometry family, else one collection per
   * family present, {@code <layer>-points}, {@code -lines}, {@code -areas} (the combined layer
   * stays on {@code /api/layers}).
   */
  private List<OgcCollection> layer(LayerInfo layer) {
    if (GeometryFamily.of(layer.geometryType()).isPresent() || layer.count() == 0) {
      return List.of(whole(layer));
    }
    Map<GeometryFamily, Boolean> multi = new java.util.EnumMap<>(GeometryFamily.class);
    store
        .geometryTypes(layer.id())
        .forEach(
            (type, n) ->
                GeometryFamily.of(type)
                    .ifPresent(
                        f ->
                            multi.merge(
                                f,
                                type.toLowerCase(java.util.Locale.ROOT).contains("multi"),
                                Boolean::logicalOr)));
    var d = layer.definition();
    List<OgcCollection> out = new ArrayList<>();
    multi.forEach(
        (family, anyMulti) ->
            out.add(
                new OgcCollection(
                    d.id() + "-" + family.suffix(),
                    d.title() + " (" + family.suffix() + ")",
                    d.titleZh() + "（" + zh(family) + "）",
                    description(layer)
                        + " The layer's "
                        + family.suffix()
                        + " only; the layer mixes geometry families.",
                    layer.extent(),
                    family.typeName(anyMulti),
                    new FamilyItems(store, d.id(), family))));
    return out;
  }

  private static String zh(GeometryFamily family) {
    return switch (family) {
      case POINTS -> "点";
      case LINES -> "线";
      case AREAS -> "面";
    };
  }

  private OgcCollection whole(LayerInfo layer) {
    var d = layer.definition();
    return new OgcCollection(
        d.id(),
        d.title(),
        d.titleZh(),
        description(layer),
        layer.extent(),
        layer.geometryType(),
        new LayerItems(store, d.id()));
  }

  private static String description(LayerInfo layer) {
    var d = layer.definition();
    String description =
        (d.notes() == null ? "" : d.notes() + " ")
            + "Source: "
            + d.origin()
            + "; licence: "
            + d.licence()
            + (d.schematic() ? "; schematic" : "")
            + (d.modelled() ? "; modelled" : "")
            + ".";
    return description.trim();
  }

  private OgcCollection scenario(Scenario s, Envelope extent) {
    return new OgcCollection(
        "scenario-" + s.id() + "-facilities",
        "Scenario “" + s.name() + "”: facilities",
        "情景“" + s.name() + "”：设施",
        "The baseline facilities with the edits of scenario "
            + s.id()
            + " (by "
            + s.createdBy()
            + ") applied.",
        extent,
        "Point",
        () -> facilities("scenario-" + s.id(), scenarios.effectiveFacilities(s.id())));
  }

  private static List<StoredFeature> facilities(String layerId, List<Facility> facilities) {
    List<StoredFeature> out = new ArrayList<>();
    for (Facility f : facilities) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("type", f.type().code());
      p.put("name_zh", f.nameZh());
      p.put("name_en", f.nameEn());
      p.put("capacity", f.capacity());
      p.put("status", f.status());
      out.add(
          new StoredFeature(
              layerId, f.id(), GEOMETRY.createPoint(new Coordinate(f.lon(), f.lat())), p));
    }
    return out;
  }
}
