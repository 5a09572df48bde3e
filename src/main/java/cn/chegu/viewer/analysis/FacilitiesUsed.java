package cn.chegu.viewer.analysis;

import cn.chegu.viewer.facility.Facility;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.facility.ServiceStandard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which facilities an answer counted: those of the standard's types in the chosen set.
 *
 * @param total facilities counted
 * @param modelled of which the source says {@code modelled} (position or attributes not surveyed)
 * @param notes what a reader must know about them, e.g. that the set holds no facility of a type
 * @param notesZh the same notes in Chinese, one for one
 */
public record FacilitiesUsed(int total, int modelled, List<String> notes, List<String> notesZh) {

  public FacilitiesUsed {
    notes = List.copyOf(notes);
    notesZh = List.copyOf(notesZh);
    if (notes.size() != notesZh.size()) {
      throw new IllegalArgumentException("every note needs its Chinese text");
    }
  }

  /**
   * Counts the facilities of {@code standard}'s types among {@code counted} (already the set's,
   * plus any a scenario added); {@code set} names the set in the notes.
   */
  private static final Map<FacilitySet, String> SET_ZH =
      Map.of(
          FacilitySet.EXISTING, "现状",
          FacilitySet.COMMITTED, "现状及在建",
          FacilitySet.PLAN, "现状、在建及规划");

  public static FacilitiesUsed of(
      ServiceStandard standard, FacilitySet set, List<Facility> counted) {
    int total = 0;
    int modelled = 0;
    List<String> missing = new ArrayList<>();
    List<String> missingZh = new ArrayList<>();
    for (FacilityType t : standard.types().stream().sorted().toList()) {
      int n = 0;
      for (Facility f : counted) {
        if (f.type() == t) {
          n++;
          modelled += f.modelled() ? 1 : 0;
        }
      }
      total += n;
      if (n == 0) {
        missing.add(t.code());
        missingZh.add(t.nameZh());
      }
    }
    List<String> notes = new ArrayList<>();
    List<String> zh = new ArrayList<>();
    String setZh = SET_ZH.get(set);
    boolean none = total == 0;
    boolean everyTypeMissing =
        standard.rule() == ServiceStandard.Rule.EVERY_TYPE && !missing.isEmpty();
    if (none || everyTypeMissing) {
      notes.add(
          "no "
              + set.code()
              + " facility of type "
              + String.join(", ", missing)
              + ": share 0"
              + (none ? "" : " (every type is required)")
              + "; facilities of other statuses are not borrowed"
              + (set == FacilitySet.PLAN ? "" : " (facilities=plan counts planned ones)"));
      zh.add(
          setZh
              + "设施中没有"
              + String.join("、", missingZh)
              + "：覆盖率为 0"
              + (none ? "" : "（每类设施都须可达）")
              + "；不借用其他状态的设施"
              + (set == FacilitySet.PLAN ? "" : "（facilities=plan 计入规划设施）"));
    } else if (!missing.isEmpty()) {
      notes.add(
          "no " + set.code() + " facility of type " + String.join(", ", missing) + " in the data");
      zh.add("数据中没有" + setZh + "的" + String.join("、", missingZh));
    }
    if (modelled > 0) {
      notes.add(
          modelled
              + " of "
              + total
              + " facilities are modelled (positions placed by the sample generator, not"
              + " surveyed)");
      zh.add(total + " 处设施中有 " + modelled + " 处为模拟设施（位置由样例数据生成器放置，未经调查）");
    }
    return new FacilitiesUsed(total, modelled, notes, zh);
  }
}
