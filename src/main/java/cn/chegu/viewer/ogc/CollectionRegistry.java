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
 * scenario's facilities, then the analysis results. Listing is cheap (metadata only); features are
 * read or computed when a client asks for items.
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
      out.add(layer(layer));
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
    return all().stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(() -> OgcException.notFound("no collection '" + id + "'"));
  }

  private OgcCollection layer(LayerInfo layer) {
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
    return new OgcCollection(
        d.id(),
        d.title(),
        d.titleZh(),
        description.trim(),
        layer.extent(),
        new LayerItems(store, d.id()));
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
