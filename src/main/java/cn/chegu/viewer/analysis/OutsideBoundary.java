package cn.chegu.viewer.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

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

  /**
   * The notes (English and Chinese lists) of an answer on the residents of {@code years}: none when
   * no cell was left out; one per year, prefixed with the year when the answer counts several (a
   * phased siting), since the residents left out differ by year.
   */
  public Notes notes(Collection<PopulationYear> years) {
    List<String> en = new ArrayList<>();
    List<String> zh = new ArrayList<>();
    TreeSet<PopulationYear> distinct = new TreeSet<>(years);
    for (PopulationYear year : distinct) {
      String[] n = note(year);
      if (n == null) {
        continue;
      }
      String prefix = distinct.size() > 1 ? year.year() + ": " : "";
      String prefixZh = distinct.size() > 1 ? year.year() + "年：" : "";
      en.add(prefix + n[0]);
      zh.add(prefixZh + n[1]);
    }
    return new Notes(en, zh);
  }

  /** Notes in both languages, index by index the same note. */
  public record Notes(List<String> notes, List<String> notesZh) {
    public Notes {
      notes = List.copyOf(notes);
      notesZh = List.copyOf(notesZh);
    }
  }
}
