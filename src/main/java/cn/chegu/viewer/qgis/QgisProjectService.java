package cn.chegu.viewer.qgis;

import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.indicator.AreaPlans;
import cn.chegu.viewer.ogc.CollectionRegistry;
import cn.chegu.viewer.ogc.OgcCollection;
import cn.chegu.viewer.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Component;

/**
 * Assembles the project of a view: the plan layers (each geometry family its own layer), the
 * scenario's facilities when the view has one, and the view's results (service areas, gaps) on top.
 * Layers the view has switched off are in the project but unchecked; the population grid, heavy to
 * fetch, is unchecked unless the view shows it.
 */
@Component
public class QgisProjectService {

  /** The view's analysis, or null parameters when it has none (no coverage tab). */
  public record Analysis(
      String standard, CoverageMethod method, PopulationYear year, FacilitySet set) {}

  private final CollectionRegistry registry;
  private final AreaPlans plans;

  public QgisProjectService(CollectionRegistry registry, AreaPlans plans) {
    this.registry = registry;
    this.plans = plans;
  }

  /**
   * @param analysis the view's standard, method, year and facility set, or null for none
   * @param scenario the view's scenario id, or null
   * @param bbox the view's extent (CRS84), or null for the zone's
   * @param shown the map layers the view shows (ids as in {@code /api/layers} or the map's own
   *     sub-layer ids {@code facilities-kindergarten}), or null for the default set
   * @param zh whether names and labels are Chinese
   * @param wfs whether layers go through WFS instead of OGC API – Features
   * @param baseUrl absolute URL of the application
   * @throws cn.chegu.viewer.ogc.OgcException 404 when the scenario or a result does not exist
   */
  public QgisView view(
      Analysis analysis,
      String scenario,
      Envelope bbox,
      List<String> shown,
      boolean zh,
      boolean wfs,
      String baseUrl) {
    int year = analysis == null ? 2020 : analysis.year().year();
    List<ProjectLayer> layers = new ArrayList<>();
    if (analysis != null) {
      String s = analysis.standard();
      String m = analysis.method().code();
      String set = analysis.set().code();
      layers.add(
          layer(registry.get("gaps-" + s + "-" + m + "-" + year + "-" + set), true, year, zh));
      layers.add(layer(registry.get("service-areas-" + s + "-" + m + "-" + set), true, year, zh));
    }
    if (scenario != null) {
      layers.add(layer(registry.get("scenario-" + scenario + "-facilities"), true, year, zh));
    }
    List<OgcCollection> plan = new ArrayList<>();
    Envelope zone = null;
    for (OgcCollection c : registry.all()) {
      if (c.id().startsWith("gaps-")
          || c.id().startsWith("service-areas-")
          || c.id().startsWith("scenario-")) {
        continue;
      }
      plan.add(0, c); // the map draws the first collection at the bottom: QGIS lists top first
      if (c.id().equals("zone")) {
        zone = c.extent();
      }
    }
    for (OgcCollection c : plan) {
      layers.add(layer(c, visible(c.id(), shown), year, zh));
    }
    Envelope extent = bbox != null ? bbox : zone != null ? zone : new Envelope(-180, 180, -90, 90);
    Plan.Text planTitle = plans.current().title();
    String title = zh ? planTitle.zh() + " · 当前视图" : planTitle.en() + " · current view";
    return new QgisView(title, extent, baseUrl, wfs, layers);
  }

  private static ProjectLayer layer(OgcCollection c, boolean visible, int year, boolean zh) {
    String name = zh && c.titleZh() != null ? c.titleZh() : c.title();
    return new ProjectLayer(
        c.id(),
        name,
        c.geometryType(),
        visible,
        QgisStyles.of(c.id(), c.geometryType(), year, zh),
        QgisStyles.labelField(c.id(), zh));
  }

  /**
   * The layer ids of a collection's layer: {@code transport-points} belongs to {@code transport}.
   */
  private static boolean visible(String collectionId, List<String> shown) {
    String layer = collectionId.replaceFirst("-(points|lines|areas)$", "");
    if (shown == null) {
      return !Set.of("population").contains(layer);
    }
    for (String s : shown) {
      if (s.equals(layer) || s.equals(collectionId) || s.startsWith(layer + "-")) {
        return true;
      }
    }
    return false;
  }
}
