package cn.chegu.viewer.analysis;

import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.coverage.Gap;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;

/**
 * The properties of one gap feature as the API shows them (WGS84 positions); the REST answer and
 * the OGC collection share them. Null values are written (a gap with no facility in reach has
 * {@code nearestFacility: null}), so every gap has the same fields.
 *
 * @param rank 1 = most residents
 * @param residents residents of the gap's cells
 * @param cells populated cells in the gap
 * @param areaKm2 area of the gap polygon, km² (4 decimals)
 * @param areas sub-districts the gap touches, most residents first
 * @param area the first of {@code areas}, or empty
 * @param centroid [lon, lat] of the gap's residents-weighted centre
 * @param nearestFacility the facility of the standard's types nearest in travel time, or null
 * @param minutesToNearest travel time from the centroid to it, or null when unreachable
 * @param bestSite [lon, lat] of the one new site that covers most of the gap's residents, or null
 * @param bestSiteResidents residents that site would cover
 * @param source what the number rests on (modelled population; the method)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record GapProperties(
    int rank,
    long residents,
    int cells,
    double areaKm2,
    List<String> areas,
    String area,
    double[] centroid,
    FacilityRef nearestFacility,
    Double minutesToNearest,
    double[] bestSite,
    long bestSiteResidents,
    String source) {

  /** A facility named in an answer. */
  public record FacilityRef(String id, String name, String type) {}

  /** The API's properties of a gap. */
  public static GapProperties of(Gap g, CoverageMethod method) {
    FacilityRef nearest =
        g.nearestFacility() == null
            ? null
            : new FacilityRef(
                g.nearestFacility().id(),
                g.nearestFacility().name(),
                g.nearestFacility().type().code());
    return new GapProperties(
        g.rank(),
        g.residents(),
        g.cellCount(),
        Math.round(g.areaM2() / 100.0) / 10_000.0,
        g.areas(),
        g.areas().isEmpty() ? "" : g.areas().get(0),
        lonLat(g.centroid()),
        nearest,
        Double.isFinite(g.minutesToNearest()) ? Math.round(g.minutesToNearest() * 10) / 10.0 : null,
        g.bestSite() == null ? null : lonLat(g.bestSite()),
        g.bestSiteResidents(),
        "modelled population; " + method.code() + " coverage");
  }

  /** The same properties as a map in field order (for stored features: OGC items, exports). */
  public Map<String, Object> toMap() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("rank", rank);
    p.put("residents", residents);
    p.put("cells", cells);
    p.put("areaKm2", areaKm2);
    p.put("areas", areas);
    p.put("area", area);
    p.put("centroid", centroid);
    Map<String, String> nearest = null;
    if (nearestFacility != null) {
      nearest = new LinkedHashMap<>();
      nearest.put("id", nearestFacility.id());
      nearest.put("name", nearestFacility.name());
      nearest.put("type", nearestFacility.type());
    }
    p.put("nearestFacility", nearest);
    p.put("minutesToNearest", minutesToNearest);
    p.put("bestSite", bestSite);
    p.put("bestSiteResidents", bestSiteResidents);
    p.put("source", source);
    return p;
  }

  private static double[] lonLat(Coordinate metric) {
    Coordinate ll = AreaScope.current().projection().toLonLat(metric.x, metric.y);
    return new double[] {Math.round(ll.x * 1e6) / 1e6, Math.round(ll.y * 1e6) / 1e6};
  }
}
