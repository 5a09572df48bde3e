package cn.chegu.viewer.coverage;

import java.util.Arrays;
import java.util.Locale;

/** Straight-line circles or road-network travel time. */
public enum CoverageMethod {
  EUCLIDEAN,
  NETWORK;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code euclidean} / {@code network}; the exception message lists the allowed values. */
  public static CoverageMethod fromCode(String code) {
    for (CoverageMethod m : values()) {
      if (m.code().equals(code)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "unknown method '"
            + code
            + "'; allowed: "
            + Arrays.stream(values()).map(CoverageMethod::code).toList());
  }
}
