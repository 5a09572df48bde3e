package cn.chegu.viewer.web;

import cn.chegu.viewer.access.AccessResult;
import cn.chegu.viewer.access.AccessResult.FacilityLoad;
import cn.chegu.viewer.access.DecayBands;
import cn.chegu.viewer.analysis.AccessAnswer;
import cn.chegu.viewer.analysis.Timings;
import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.facility.ServiceStandard;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;

/** The JSON answer of {@code GET /api/access}: numbers plus every rule that moved them. */
final class AccessView {

  private AccessView() {}

  /** One cell: access = capacity per 1,000 residents. */
  record Cell(String id, long residents, double access) {}

  /** One sub-district: residents-weighted access per 1,000 residents. */
  record Area(String area, long residents, double access) {}

  /** One facility and its load. */
  record Facility(
      String id,
      String name,
      double lon,
      double lat,
      double capacity,
      boolean capacityModelled,
      String capacitySource,
      int cellsInCatchment,
      double demand,
      double apportionedResidents,
      double need,
      double load,
      boolean overloaded) {}

  static Map<String, Object> of(AccessAnswer a, Timings timings) {
    AccessResult r = a.result();
    ServiceStandard c = a.catchment();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", a.type().code());
    out.put("year", a.year().year());
    // "facilities" is the list of facilities below (as the shape has it); the set is named
    // here and in facilitiesUsed
    out.put("facilitySet", a.set().code());
    out.put("capacityUnit", a.type().unit());
    out.put("method", "E2SFCA (Luo & Qi 2009) on the road network; access = capacity per 1,000");
    out.put(
        "catchment",
        Map.of(
            "standard", c.code(),
            "mode", c.mode().name().toLowerCase(),
            "minutes", c.minutes(),
            "dispatchDelayMinutes", c.dispatchDelay().toMillis() / 60_000.0,
            "sources", c.sources()));
    out.put("decay", decay(a.decay()));
    out.put(
        "norm",
        Map.of(
            "perThousand",
            a.type().normPerThousand(),
            "source",
            a.type().normSource(),
            "load",
            "each resident in reach is split among the facilities that reach them in proportion"
                + " to capacity × decay weight (Huff model, Luo J. 2014, Transactions in GIS"
                + " 18(3):436-448), so overlapping catchments count nobody twice:"
                + " apportionedResidents; need = apportionedResidents × norm / 1,000;"
                + " load = need / capacity; overloaded when load > 1. demand is E2SFCA's"
                + " distance-weighted residents of the catchment (step 1), which does count them"
                + " in every catchment"));
    out.put(
        "capacityRule",
        Map.of(
            "fromData", "the facility's capacity and capacity_source properties",
            "whenMissing", a.type().fallbackCapacity(),
            "whenMissingSource", a.type().fallbackSource()));
    Map<String, Object> totals = new LinkedHashMap<>();
    totals.put("residents", r.totalResidents());
    totals.put("residentsInReach", r.residentsInReach());
    totals.put("capacity", r.facilities().stream().mapToDouble(f -> f.facility().capacity()).sum());
    totals.put("capacityInReach", round(r.capacityInReach(), 3));
    totals.put("capacityAllocated", round(r.capacityAllocated(), 3));
    totals.put("invariantResidual", r.invariantResidual());
    totals.put("overloaded", r.overloadedCount());
    out.put("totals", totals);
    out.put(
        "facilitiesUsed",
        Map.of(
            "set",
            a.set().code(),
            "total",
            r.facilities().size(),
            "modelled",
            r.facilities().stream().filter(f -> f.facility().capacityModelled()).count()));
    out.put(
        "cells",
        r.cells().stream()
            .map(x -> new Cell(x.id(), x.residents(), round(x.accessPerThousand(), 4)))
            .toList());
    out.put(
        "byArea",
        r.byArea().stream()
            .map(x -> new Area(x.area(), x.residents(), round(x.accessPerThousand(), 3)))
            .toList());
    out.put("quantiles", r.quantiles());
    out.put("facilities", r.facilities().stream().map(AccessView::facility).toList());
    out.put("computeMillis", r.computeMillis());
    out.put("timings", timings.toMap());
    return out;
  }

  private static Map<String, Object> decay(DecayBands d) {
    return Map.of(
        "bands",
        d.bands().stream()
            .map(
                b ->
                    Map.of(
                        "fromMinutes", round(b.fromMinutes(), 3),
                        "toMinutes", round(b.toMinutes(), 3),
                        "weight", b.weight()))
            .toList(),
        "source",
        d.source());
  }

  private static Facility facility(FacilityLoad f) {
    var p = f.facility();
    Coordinate ll = AreaScope.current().projection().toLonLat(p.point().getX(), p.point().getY());
    return new Facility(
        p.id(),
        p.name(),
        round(ll.x, 6),
        round(ll.y, 6),
        p.capacity(),
        p.capacityModelled(),
        p.capacitySource(),
        f.cellsInCatchment(),
        round(f.demand(), 1),
        round(f.apportionedResidents(), 1),
        round(f.need(), 1),
        round(f.load(), 3),
        f.overloaded());
  }

  private static double round(double v, int digits) {
    double scale = Math.pow(10, digits);
    return Math.round(v * scale) / scale;
  }
}
