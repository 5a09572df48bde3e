package cn.chegu.viewer.web;

import cn.chegu.viewer.access.AccessResult;
import cn.chegu.viewer.access.AccessResult.FacilityLoad;
import cn.chegu.viewer.access.DecayBands;
import cn.chegu.viewer.analysis.AccessAnswer;
import cn.chegu.viewer.analysis.OutsideBoundary;
import cn.chegu.viewer.analysis.Timings;
import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.facility.ServiceStandard;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;

/**
 * The JSON answer of {@code GET /api/access}: numbers plus every rule that moved them. {@code
 * facilities} is the list of facilities with their load; the set counted is {@code facilitySet}
 * (and {@code facilitiesUsed.set}).
 */
record AccessView(
    String type,
    int year,
    String facilitySet,
    String capacityUnit,
    String method,
    String methodZh,
    Catchment catchment,
    Decay decay,
    Norm norm,
    CapacityRule capacityRule,
    Totals totals,
    FacilitiesUsed facilitiesUsed,
    List<Cell> cells,
    List<Area> byArea,
    AccessResult.Quantiles quantiles,
    List<Facility> facilities,
    List<String> notes,
    List<String> notesZh,
    long computeMillis,
    Timings.Summary timings) {

  /** The catchment's standard: travel mode and time (with its dispatch delay) and their sources. */
  record Catchment(
      String standard,
      String mode,
      double minutes,
      double dispatchDelayMinutes,
      Map<String, String> sources) {}

  /** Distance decay: weight per travel-time band, and its source. */
  record Decay(List<DecayBand> bands, String source, String sourceZh) {}

  /** One band of the decay. */
  record DecayBand(double fromMinutes, double toMinutes, double weight) {}

  /** The norm a facility's load is measured against, and how residents are apportioned. */
  record Norm(double perThousand, String source, String load) {}

  /** Where capacities come from, and the one assumed when the data has none. */
  record CapacityRule(
      String fromData, double whenMissing, String whenMissingSource, String whenMissingSourceZh) {}

  /**
   * Totals; {@code invariantResidual} = (Σ allocated − Σ capacity in reach) / Σ capacity in reach,
   * 0 up to rounding.
   */
  record Totals(
      long residents,
      long residentsInReach,
      double capacity,
      double capacityInReach,
      double capacityAllocated,
      double invariantResidual,
      long overloaded) {}

  /**
   * The facilities counted.
   *
   * @param set the facility set
   * @param total facilities of the type in the set
   * @param capacitiesModelled of which the capacity is modelled or assumed, not reported
   */
  record FacilitiesUsed(String set, int total, long capacitiesModelled) {}

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
      String capacitySourceZh,
      int cellsInCatchment,
      double demand,
      double apportionedResidents,
      double need,
      double load,
      boolean overloaded) {}

  /**
   * @param catchmentSources the sources of the catchment standard's numbers for the area (its
   *     plan's clauses over the national sources)
   * @param outside residents outside the boundary, left out of every number here (notes in English
   *     and Chinese)
   */
  static AccessView of(
      AccessAnswer a,
      java.util.Map<String, String> catchmentSources,
      OutsideBoundary.Notes outside,
      Timings timings) {
    AccessResult r = a.result();
    ServiceStandard c = a.catchment();
    return new AccessView(
        a.type().code(),
        a.year().year(),
        a.set().code(),
        a.type().unit(),
        "E2SFCA (Luo & Qi 2009) on the road network; access = capacity per 1,000",
        "两步移动搜索法增强型（E2SFCA，Luo & Qi 2009），基于路网；可达容量 = 每千人拥有的容量",
        new Catchment(
            c.code(),
            c.mode().name().toLowerCase(),
            c.minutes(),
            c.dispatchDelay().toMillis() / 60_000.0,
            catchmentSources),
        decay(a.decay()),
        new Norm(
            a.type().normPerThousand(),
            a.type().normSource(),
            "each resident in reach is split among the facilities that reach them in proportion"
                + " to capacity × decay weight (Huff model, Luo J. 2014, Transactions in GIS"
                + " 18(3):436-448), so overlapping catchments count nobody twice:"
                + " apportionedResidents; need = apportionedResidents × norm / 1,000;"
                + " load = need / capacity; overloaded when load > 1. demand is E2SFCA's"
                + " distance-weighted residents of the catchment (step 1), which does count them"
                + " in every catchment"),
        new CapacityRule(
            "the facility's capacity and capacity_source (capacity_source_zh) properties",
            a.type().fallbackCapacity(),
            a.type().fallbackSource(),
            a.type().fallbackSourceZh()),
        new Totals(
            r.totalResidents(),
            r.residentsInReach(),
            r.facilities().stream().mapToDouble(f -> f.facility().capacity()).sum(),
            round(r.capacityInReach(), 3),
            round(r.capacityAllocated(), 3),
            r.invariantResidual(),
            r.overloadedCount()),
        new FacilitiesUsed(
            a.set().code(),
            r.facilities().size(),
            r.facilities().stream().filter(f -> f.facility().capacityModelled()).count()),
        r.cells().stream()
            .map(x -> new Cell(x.id(), x.residents(), round(x.accessPerThousand(), 4)))
            .toList(),
        r.byArea().stream()
            .map(x -> new Area(x.area(), x.residents(), round(x.accessPerThousand(), 3)))
            .toList(),
        r.quantiles(),
        r.facilities().stream().map(AccessView::facility).toList(),
        outside.notes(),
        outside.notesZh(),
        r.computeMillis(),
        timings.summary());
  }

  private static Decay decay(DecayBands d) {
    return new Decay(
        d.bands().stream()
            .map(b -> new DecayBand(round(b.fromMinutes(), 3), round(b.toMinutes(), 3), b.weight()))
            .toList(),
        d.source(),
        d.sourceZh());
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
        p.capacitySourceZh(),
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
