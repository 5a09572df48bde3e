package cn.chegu.viewer.analysis;

import cn.chegu.viewer.facility.Facility;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.facility.ServiceStandard;
import java.util.ArrayList;
import java.util.List;

/**
 * Which facilities an answer counted: those of the standard's types in the chosen set.
 *
 * @param total facilities counted
 * @param modelled of which the source says {@code modelled} (position or attributes not surveyed)
 * @param notes what a reader must know about them, e.g. that the set holds no facility of a type
 */
public record FacilitiesUsed(int total, int modelled, List<String> notes) {

  public FacilitiesUsed {
    notes = List.copyOf(notes);
  }

  /**
   * Counts the facilities of {@code standard}'s types among {@code counted} (already the set's,
   * plus any a scenario added); {@code set} names the set in the notes.
   */
  public static FacilitiesUsed of(
      ServiceStandard standard, FacilitySet set, List<Facility> counted) {
    int total = 0;
    int modelled = 0;
    List<String> missing = new ArrayList<>();
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
      }
    }
    List<String> notes = new ArrayList<>();
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
    } else if (!missing.isEmpty()) {
      notes.add(
          "no " + set.code() + " facility of type " + String.join(", ", missing) + " in the data");
    }
    if (modelled > 0) {
      notes.add(
          modelled
              + " of "
              + total
              + " facilities are modelled (positions placed by the sample generator, not"
              + " surveyed)");
    }
    return new FacilitiesUsed(total, modelled, notes);
  }
}
