package cn.chegu.viewer.facility;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which facilities (and roads) an answer counts, by their {@code status}: what exists today, what
 * is committed (existing plus under construction), or the whole plan (plus planned). Every
 * coverage, gap, service-area, point, siting and access answer names the set it used; the default
 * is {@link #EXISTING}, so a headline share never counts a facility that has not been built.
 */
public enum FacilitySet {
  EXISTING("existing", Set.of("existing")),
  COMMITTED("committed", Set.of("existing", "under_construction")),
  PLAN("plan", Set.of("existing", "under_construction", "planned"));

  private final String code;
  private final Set<String> statuses;

  FacilitySet(String code, Set<String> statuses) {
    this.code = code;
    this.statuses = statuses;
  }

  /** The API word: existing, committed or plan. */
  public String code() {
    return code;
  }

  /** The feature statuses this set includes. */
  public Set<String> statuses() {
    return statuses;
  }

  /** Whether a feature of this status belongs to the set; a missing status counts as existing. */
  public boolean includes(String status) {
    return statuses.contains(status == null || status.isBlank() ? "existing" : status);
  }

  /** Parses the API word; throws {@link IllegalArgumentException} naming the allowed ones. */
  public static FacilitySet of(String code) {
    String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(s -> s.code.equals(c))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "facilities must be one of "
                        + Arrays.stream(values())
                            .map(FacilitySet::code)
                            .collect(Collectors.joining(", "))
                        + ", got '"
                        + code
                        + "'"));
  }
}
