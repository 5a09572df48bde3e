package cn.chegu.viewer.analysis;

import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.facility.FacilitySet;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A set of new sites evaluated against the fixed facilities of a set: the one state the siting
 * panel draws after every drag, add or remove.
 *
 * @param standardMinutes the standard's time, the band of {@code serviceArea}
 * @param totalResidents residents of the year
 * @param coveredBefore residents the fixed facilities cover
 * @param newlyCovered residents the sites add
 * @param sites in the order given, each with its marginal gain over the sites before it
 * @param byArea per sub-district, before and after
 * @param serviceArea the sites' service area at the standard's time (metres), null when not drawn
 * @param gaps the gaps left (metres), most residents first, null when not drawn
 */
public record Evaluation(
    String standard,
    double standardMinutes,
    CoverageMethod method,
    PopulationYear year,
    FacilitySet facilities,
    long totalResidents,
    long coveredBefore,
    long newlyCovered,
    List<Site> sites,
    List<Area> byArea,
    Geometry serviceArea,
    List<GapLeft> gaps) {

  /** One site: WGS84, its marginal gain and what it would cover alone (of the uncovered). */
  public record Site(double lon, double lat, long newlyCovered, long coversAlone) {}

  /** One sub-district before and after. */
  public record Area(String area, long residents, long coveredBefore, long coveredAfter) {

    public double shareBefore() {
      return residents == 0 ? 0 : (double) coveredBefore / residents;
    }

    public double shareAfter() {
      return residents == 0 ? 0 : (double) coveredAfter / residents;
    }
  }

  /**
   * Residents still uncovered in one sub-district: its populated uncovered cells, as they are (no
   * union, so it costs nothing to build).
   */
  public record GapLeft(int rank, String area, long residents, int cells, Geometry geometry) {}

  public Evaluation {
    sites = List.copyOf(sites);
    byArea = List.copyOf(byArea);
    gaps = gaps == null ? null : List.copyOf(gaps);
  }

  public double shareBefore() {
    return totalResidents == 0 ? 0 : (double) coveredBefore / totalResidents;
  }

  public double shareAfter() {
    return totalResidents == 0 ? 0 : (double) (coveredBefore + newlyCovered) / totalResidents;
  }
}
