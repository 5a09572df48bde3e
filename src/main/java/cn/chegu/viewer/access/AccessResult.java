package cn.chegu.viewer.access;

import java.util.List;

/**
 * Access of one facility type for one population.
 *
 * @param cells per demand cell, in input order
 * @param byArea per area (sub-district), sorted by name; access is the residents-weighted mean
 * @param quantiles residents-weighted quantiles of cell access (every resident counts once, also
 *     those with no facility in reach, whose access is 0)
 * @param facilities per facility, in input order
 * @param totalResidents Σ P<sub>i</sub>
 * @param residentsInReach residents of cells inside at least one catchment
 * @param capacityInReach Σ S<sub>j</sub> over facilities whose catchment holds residents
 * @param capacityAllocated Σ A<sub>i</sub> P<sub>i</sub> (= capacityInReach by the invariant)
 * @param computeMillis wall time of the computation
 */
public record AccessResult(
    List<CellAccess> cells,
    List<AreaAccess> byArea,
    Quantiles quantiles,
    List<FacilityLoad> facilities,
    long totalResidents,
    long residentsInReach,
    double capacityInReach,
    double capacityAllocated,
    long computeMillis) {

  public AccessResult {
    cells = List.copyOf(cells);
    byArea = List.copyOf(byArea);
    facilities = List.copyOf(facilities);
  }

  /**
   * Relative residual of the invariant, (Σ A<sub>i</sub> P<sub>i</sub> − Σ S<sub>j</sub>) / Σ
   * S<sub>j</sub>; 0 when no capacity is in reach.
   */
  public double invariantResidual() {
    return capacityInReach == 0 ? 0 : (capacityAllocated - capacityInReach) / capacityInReach;
  }

  /** Facilities whose load exceeds 1. */
  public long overloadedCount() {
    return facilities.stream().filter(FacilityLoad::overloaded).count();
  }

  /**
   * Access of one cell.
   *
   * @param accessPerThousand 1,000 × A<sub>i</sub>: capacity per 1,000 residents
   */
  public record CellAccess(String id, String area, long residents, double accessPerThousand) {}

  /** Residents-weighted access of one area, per 1,000 residents. */
  public record AreaAccess(String area, long residents, double accessPerThousand) {}

  /** Residents-weighted quantiles of access per 1,000 residents. */
  public record Quantiles(double p10, double p25, double p50, double p75, double p90) {}

  /**
   * Load of one facility.
   *
   * @param facility the facility and its capacity
   * @param cellsInCatchment populated cells within its catchment
   * @param demand D<sub>j</sub>, distance-weighted residents of its catchment (E2SFCA step 1)
   * @param apportionedResidents D'<sub>j</sub>, its share of the residents in reach when each is
   *     split among the facilities in reach in proportion to S<sub>j</sub> W(t<sub>ij</sub>)
   * @param need D'<sub>j</sub> × norm / 1,000, in the capacity's unit
   * @param load need / capacity (0 for a capacity of 0, which attracts nobody)
   */
  public record FacilityLoad(
      SupplyPoint facility,
      int cellsInCatchment,
      double demand,
      double apportionedResidents,
      double need,
      double load) {

    /** Load above 1: the weighted catchment needs more than the facility has. */
    public boolean overloaded() {
      return load > 1;
    }
  }
}
