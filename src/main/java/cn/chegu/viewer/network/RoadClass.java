package cn.chegu.viewer.network;

import java.util.Arrays;
import java.util.Locale;

/**
 * Functional road class with a default design speed in km/h, used when a road carries no speed of
 * its own. Defaults follow the CJJ 37-2012 urban road design speeds (expressway 60–100, trunk 40–60
 * "主干路", secondary 30–50 "次干路", local 20–40 "支路"), taking a typical value of each range.
 */
public enum RoadClass {
  EXPRESSWAY(80, "高速公路"),
  TRUNK(60, "快速路/干线"),
  PRIMARY(50, "主干路"),
  SECONDARY(40, "次干路"),
  LOCAL(30, "支路"),
  RURAL(30, "乡村道路");

  private final double defaultSpeedKmh;
  private final String nameZh;

  RoadClass(double defaultSpeedKmh, String nameZh) {
    this.defaultSpeedKmh = defaultSpeedKmh;
    this.nameZh = nameZh;
  }

  /** The class's Chinese name, as the map legend shows it. */
  public String nameZh() {
    return nameZh;
  }

  public double defaultSpeedKmh() {
    return defaultSpeedKmh;
  }

  /** The data value, e.g. {@code primary}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a data value; throws {@link IllegalArgumentException} naming the allowed values. */
  public static RoadClass fromCode(String code) {
    for (RoadClass c : values()) {
      if (c.code().equals(code)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "unknown road class '"
            + code
            + "'; allowed: "
            + Arrays.stream(values()).map(RoadClass::code).toList());
  }
}
