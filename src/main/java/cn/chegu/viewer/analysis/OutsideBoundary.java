package cn.chegu.viewer.analysis;

import java.util.Locale;
import java.util.Map;

/**
 * Population cells whose interior point lies outside the area's boundary (its {@code zone} layer,
 * exactly, without the margin point queries allow): they are left out of the analysis snapshot, so
 * no coverage, gap, siting or access denominator counts them, and every answer on that population
 * says how many were left out.
 *
 * @param cells cells left out (the same cells every year)
 * @param residents residents in them, per population year
 */
public record OutsideBoundary(int cells, Map<PopulationYear, Long> residents) {

  public OutsideBoundary {
    residents = Map.copyOf(residents);
  }

  /** The note in English and Chinese for {@code year}, or null when no cell was left out. */
  public String[] note(PopulationYear year) {
    if (cells == 0) {
      return null;
    }
    long n = residents.getOrDefault(year, 0L);
    return new String[] {
      String.format(
          Locale.ROOT,
          "%,d residents in %,d cells lie outside the boundary and are not counted",
          n,
          cells),
      String.format(Locale.ROOT, "边界外 %,d 个网格中的 %,d 名居民不计入", cells, n)
    };
  }
}
