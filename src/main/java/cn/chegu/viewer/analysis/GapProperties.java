package cn.chegu.viewer.analysis;

import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.coverage.Gap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;

/** The properties of one gap feature as the API shows them (WGS84 positions). */
public final class GapProperties {

  private GapProperties() {}

  /** The API's properties of a gap (the REST answer and the OGC collection share them). */
  public static Map<String, Object> of(Gap g, CoverageMethod method) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("rank", g.rank());
    p.put("residents", g.residents());
    p.put("cells", g.cellCount());
    p.put("areaKm2", Math.round(g.areaM2() / 100.0) / 10_000.0);
    p.put("areas", g.areas());
    p.put("area", g.areas().isEmpty() ? "" : g.areas().get(0));
    p.put("centroid", lonLat(g.centroid()));
    Map<String, String> nearest = null;
    if (g.nearestFacility() != null) {
      nearest = new LinkedHashMap<>();
      nearest.put("id", g.nearestFacility().id());
      nearest.put("name", g.nearestFacility().name());
      nearest.put("type", g.nearestFacility().type().code());
    }
    p.put("nearestFacility", nearest);
    p.put(
        "minutesToNearest",
        Double.isFinite(g.minutesToNearest())
            ? Math.round(g.minutesToNearest() * 10) / 10.0
            : null);
    p.put("bestSite", g.bestSite() == null ? null : lonLat(g.bestSite()));
    p.put("bestSiteResidents", g.bestSiteResidents());
    p.put("source", "modelled population; " + method.code() + " coverage");
    return p;
  }

  private static double[] lonLat(Coordinate metric) {
    Coordinate ll = AreaScope.current().projection().toLonLat(metric.x, metric.y);
    return new double[] {Math.round(ll.x * 1e6) / 1e6, Math.round(ll.y * 1e6) / 1e6};
  }
}
