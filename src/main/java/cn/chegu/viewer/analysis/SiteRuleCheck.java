package cn.chegu.viewer.analysis;

import cn.chegu.viewer.area.Area;
import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.siting.SiteRules;
import cn.chegu.viewer.store.FeatureStore;
import cn.chegu.viewer.store.StoredFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.springframework.stereotype.Component;

/**
 * The edge of {@link SiteRules}: builds the current area's rules from its {@code zone}, {@code
 * water} and {@code exclusion} layers (the last two when the area has them), once per data version,
 * and turns a refusal into {@link UnsuitableSiteException} (422, naming the rule, in English and
 * Chinese). Siting (candidates, given candidates, evaluated sites) and scenarios (added or moved
 * facilities) all ask here.
 */
@Component
public class SiteRuleCheck {

  /** The layer whose polygons no facility may stand in. */
  public static final String EXCLUSION_LAYER = "exclusion";

  private final CoverageService coverage;
  private final FeatureStore store;
  private final Map<String, Cached> cached = new ConcurrentHashMap<>();
  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  private record Cached(long version, SiteRules rules) {}

  public SiteRuleCheck(CoverageService coverage, FeatureStore store) {
    this.coverage = coverage;
    this.store = store;
  }

  /** The current area's rules without spacing (re-read after every data change). */
  public SiteRules rules() {
    Area area = AreaScope.current();
    long version = coverage.version();
    Cached c = cached.get(area.id());
    if (c == null || c.version() != version) {
      c = new Cached(version, build(area));
      cached.put(area.id(), c);
    }
    return c.rules();
  }

  /**
   * The current area's rules with a minimum spacing (metres, 0 = none) to the existing facilities
   * of {@code set}.
   */
  public SiteRules rules(double spacingMeters, FacilitySet set) {
    SiteRules base = rules();
    if (spacingMeters <= 0) {
      return base;
    }
    AnalysisData data = coverage.data();
    List<SiteRules.Existing> existing = new ArrayList<>();
    for (var p : data.facilities(set)) {
      existing.add(
          new SiteRules.Existing(p.type().code(), p.name(), p.point().getCoordinate().copy()));
    }
    return base.withSpacing(spacingMeters, existing);
  }

  /**
   * Refuses a WGS84 point where a facility of {@code type} (null: any) may not stand.
   *
   * @param what named in the message, e.g. "site 2"
   * @param index which of the given points (0-based), for the client
   * @return the point in metres
   * @throws UnsuitableSiteException naming the rule
   */
  public Coordinate require(
      SiteRules rules, String what, int index, double lon, double lat, FacilityType type) {
    Coordinate c = AreaScope.current().projection().toMetric(lon, lat);
    SiteRules.Refusal r = rules.refusal(c, type == null ? null : type.code());
    if (r != null) {
      throw new UnsuitableSiteException(
          what + " (" + lon + ", " + lat + ") " + r.message(),
          what + "（" + lon + ", " + lat + "）" + r.messageZh(),
          r.rule().code(),
          index);
    }
    return c;
  }

  /**
   * The rules from the store's layers alone ({@code zone}, {@code water}, {@code exclusion}), so
   * that a scenario edit is checked even where the analysis snapshot cannot be built.
   */
  private SiteRules build(Area area) {
    List<SiteRules.Exclusion> exclusions = new ArrayList<>();
    for (StoredFeature f : store.allFeaturesIfAny(EXCLUSION_LAYER)) {
      if (f.geometry() instanceof Polygonal) {
        exclusions.add(
            new SiteRules.Exclusion(
                name(f, "name_zh", "name"),
                name(f, "name_en", "name"),
                area.projection().toMetric(f.geometry())));
      }
    }
    return new SiteRules(
        area.projection().toMetric(union(store.allFeatures("zone"))),
        area.projection().toMetric(union(store.allFeaturesIfAny("water"))),
        exclusions);
  }

  /** The union of a layer's polygons (WGS84). */
  private static Geometry union(List<StoredFeature> features) {
    List<Geometry> polygons =
        features.stream().map(StoredFeature::geometry).filter(g -> g instanceof Polygonal).toList();
    return polygons.size() == 1 ? polygons.get(0) : GEOMETRY.buildGeometry(polygons).union();
  }

  private static String name(StoredFeature f, String key, String fallback) {
    Object v = f.properties().get(key);
    if (v == null) {
      v = f.properties().get(fallback);
    }
    return v == null ? f.id() : v.toString();
  }
}
