package cn.chegu.viewer.facility;

import java.util.Arrays;
import java.util.Locale;

/** Kinds of public facility the plan names; the lower-case name is the data and API value. */
public enum FacilityType {
  HOSPITAL("医院"),
  COMMUNITY_HEALTH_CENTER("社区卫生服务中心"),
  COMMUNITY_HEALTH_STATION("社区卫生服务站"),
  EMERGENCY_CENTER("120急救指挥调度中心"),
  EMERGENCY_SUBCENTER("急救分中心"),
  EMERGENCY_STATION("医疗急救站点"),
  KINDERGARTEN("幼儿园"),
  PRIMARY_SCHOOL("小学"),
  MIDDLE_SCHOOL("初中"),
  HIGH_SCHOOL("高中"),
  PARK("公园"),
  CULTURE("文化设施"),
  SPORTS("体育设施");

  private final String nameZh;

  FacilityType(String nameZh) {
    this.nameZh = nameZh;
  }

  /** The value used in data files and the API, e.g. {@code community_health_center}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String nameZh() {
    return nameZh;
  }

  /** Parses a data/API value; throws {@link IllegalArgumentException} naming the allowed values. */
  public static FacilityType fromCode(String code) {
    for (FacilityType t : values()) {
      if (t.code().equals(code)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown facility type '"
            + code
            + "'; allowed: "
            + Arrays.stream(values()).map(FacilityType::code).toList());
  }
}
