package cn.chegu.viewer.access;

import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.facility.ServiceStandard;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The facility types whose capacity access is measured, each with its catchment (a service
 * standard: mode and time), its capacity unit, the norm per 1,000 residents that defines {@code
 * load}, and the capacity assumed when the data hold none — every number with its source.
 *
 * <p>Community health centres, kindergartens and schools use the walking circles of GB 50180-2018
 * already in the catalogue (health15, kindergarten5, primary10, middle15), so their catchments are
 * exactly the coverage standards. Hospitals have no walking circle: their catchment is Luo &amp;
 * Qi's own, a 30-minute drive.
 */
public enum AccessType {
  HOSPITAL(
      FacilityType.HOSPITAL,
      "beds",
      null,
      4.8,
      "国办发〔2015〕14号 全国医疗卫生服务体系规划纲要（2015—2020年）: 2020 target 6 beds per 1,000"
          + " residents, of which hospitals 4.8",
      100,
      "assumed: the smallest second-level general hospital, 100 beds (医疗机构基本标准（试行）,"
          + " 卫医发〔1994〕30号: 二级综合医院 100–499 beds)",
      "假定：最小的二级综合医院，100 床（医疗机构基本标准（试行），卫医发〔1994〕30号：二级综合医院 100–499 床）"),
  COMMUNITY_HEALTH_CENTER(
      FacilityType.COMMUNITY_HEALTH_CENTER,
      "beds",
      "health15",
      1.2,
      "国办发〔2015〕14号 全国医疗卫生服务体系规划纲要（2015—2020年）: of the 6 beds per 1,000"
          + " residents, primary-care institutions (基层医疗卫生机构) 1.2",
      30,
      "assumed: 30 beds, the sample generator's figure for a community health centre",
      "假定：30 床，样例生成器为社区卫生服务中心取的数值"),
  KINDERGARTEN(
      FacilityType.KINDERGARTEN,
      "places",
      "kindergarten5",
      30,
      "the ratio the sample's kindergarten places were modelled with (0.03 per resident,"
          + " gis-data/README); an assumption — replace with the local 千人指标",
      360,
      "assumed: GB 50180-2018 Appendix B, at most 12 classes of 20–35 places; 12 × 30",
      "假定：GB 50180-2018 附录 B，最多 12 个班、每班 20–35 个学位；12 × 30"),
  PRIMARY_SCHOOL(
      FacilityType.PRIMARY_SCHOOL,
      "places",
      "primary10",
      80,
      "the ratio the sample's primary-school places were modelled with (0.08 per resident,"
          + " gis-data/README); an assumption — replace with the local 千人指标",
      1620,
      "assumed: GB 50180-2018 Appendix B, at most 36 classes; GB 50099-2011, 45 pupils per class;"
          + " 36 × 45",
      "假定：GB 50180-2018 附录 B，最多 36 个班；GB 50099-2011，每班 45 人；36 × 45"),
  MIDDLE_SCHOOL(
      FacilityType.MIDDLE_SCHOOL,
      "places",
      "middle15",
      40,
      "the ratio the sample's middle-school places were modelled with (0.04 per resident,"
          + " gis-data/README); an assumption — replace with the local 千人指标",
      1800,
      "assumed: GB 50180-2018 Appendix B, at most 36 classes; GB 50099-2011, 50 pupils per class;"
          + " 36 × 50",
      "假定：GB 50180-2018 附录 B，最多 36 个班；GB 50099-2011，每班 50 人；36 × 50");

  /** Luo &amp; Qi's (2009) catchment for primary care: a 30-minute drive. */
  static final int HOSPITAL_CATCHMENT_MINUTES = 30;

  private final FacilityType facilityType;
  private final String unit;
  private final String standardCode;
  private final double normPerThousand;
  private final String normSource;
  private final double fallbackCapacity;
  private final String fallbackSource;
  private final String fallbackSourceZh;

  AccessType(
      FacilityType facilityType,
      String unit,
      String standardCode,
      double normPerThousand,
      String normSource,
      double fallbackCapacity,
      String fallbackSource,
      String fallbackSourceZh) {
    this.facilityType = facilityType;
    this.unit = unit;
    this.standardCode = standardCode;
    this.normPerThousand = normPerThousand;
    this.normSource = normSource;
    this.fallbackCapacity = fallbackCapacity;
    this.fallbackSource = fallbackSource;
    this.fallbackSourceZh = fallbackSourceZh;
  }

  /** The API word, e.g. {@code primary_school}. */
  public String code() {
    return facilityType.code();
  }

  public FacilityType facilityType() {
    return facilityType;
  }

  /** Capacity unit: beds or places. */
  public String unit() {
    return unit;
  }

  public double normPerThousand() {
    return normPerThousand;
  }

  public String normSource() {
    return normSource;
  }

  /** Capacity assumed for a facility whose data give none (labelled modelled). */
  public double fallbackCapacity() {
    return fallbackCapacity;
  }

  public String fallbackSource() {
    return fallbackSource;
  }

  /** {@link #fallbackSource()} in Chinese, for the map's Chinese mode. */
  public String fallbackSourceZh() {
    return fallbackSourceZh;
  }

  /**
   * Code of the catalogue's walking standard that is this type's catchment (health15, …), or null
   * for hospitals (a 30-minute drive of their own).
   */
  public String standardCode() {
    return standardCode;
  }

  /**
   * The catchment's service standard: the catalogue's walking standard of this type, or for
   * hospitals a 30-minute drive (Luo &amp; Qi 2009).
   *
   * @param catalogue looks a standard up by code (with configured overrides applied)
   */
  public ServiceStandard catchment(Function<String, ServiceStandard> catalogue) {
    return standardCode == null ? hospitalCatchment() : catalogue.apply(standardCode);
  }

  /** Decay bands over the catchment time (Luo &amp; Qi's weights over its thirds). */
  public DecayBands decay(ServiceStandard catchment) {
    return DecayBands.luoQi(catchment.minutes());
  }

  private static ServiceStandard hospitalCatchment() {
    String luoQi = "Luo & Qi 2009 (E2SFCA): a 30-minute driving catchment";
    return new ServiceStandard(
        "hospital30",
        "30分钟医院可达圈",
        "30-minute hospital catchment",
        java.util.Set.of(FacilityType.HOSPITAL),
        ServiceStandard.Rule.ANY_TYPE,
        ServiceStandard.Mode.DRIVE,
        Duration.ofMinutes(HOSPITAL_CATCHMENT_MINUTES),
        40,
        1.0,
        Duration.ZERO,
        20_000,
        Map.of(
            "time",
            luoQi,
            "mode",
            luoQi + ", at posted class speeds",
            "speedKmh",
            "only converts the unused straight-line radius (40 km/h assumed)",
            "euclideanRadiusMeters",
            "40 km/h × 30 min (unused by access)"));
  }

  /** Parses the API word; throws {@link IllegalArgumentException} naming the allowed ones. */
  public static AccessType of(String code) {
    String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(t -> t.code().equals(c))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "type must be one of " + allowed() + ", got '" + code + "'"));
  }

  /** The allowed API words, comma-separated. */
  public static String allowed() {
    return Arrays.stream(values()).map(AccessType::code).collect(Collectors.joining(", "));
  }
}
