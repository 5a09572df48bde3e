package cn.chegu.viewer.sampledata;

import java.util.List;

/**
 * Every parameter of the modelled parts of the sample in one place: the population model, the
 * modelled community facilities and the modelled timetable. Change a value here and regenerate
 * (README, "Regenerate the sample"); the schematic shapes (boundaries, roads, water, layout) are
 * drawings, not parameters, and stay with their classes. Sources of the numbers: {@code
 * gis-data/README.md}.
 */
final class SampleParameters {

  private SampleParameters() {}

  // --- population (Population, Compounds) ---

  /** Side of a population cell, metres. */
  static final double CELL_M = 250;

  /** 2020 census total of the zone (census bulletin 2021). */
  static final int TOTAL_2020 = 481_338;

  /** 2020 census total of old Hannan district. */
  static final int HANNAN_2020 = 145_103;

  /** The plan's 2025 target population (§9.6, "百万人口"). */
  static final int TOTAL_2025 = 1_000_000;

  /** Seed of the population model's random stream. */
  static final long POPULATION_SEED = 481338L;

  /** Radius of an old town around a rural sub-district seat, metres. */
  static final double TOWN_RADIUS_M = 1_000;

  /**
   * 2020 residents per sub-district, in {@link Boundaries#SUBDISTRICTS} order (sum = 2020 total).
   */
  static final long[] TOTALS_2020 = {110_508, 171_694, 54_033, 81_730, 12_584, 35_409, 15_380};

  /** 2025 residents per sub-district, same order (sum = the 2025 target). */
  static final long[] TOTALS_2025 = {195_000, 370_000, 275_000, 95_000, 12_000, 40_000, 13_000};

  /**
   * 2025: the 2020 residents of a sub-district grow by this factor (capped at its 2025 total); the
   * rest of its growth goes to new compounds.
   */
  static final double GROWTH_EXISTING = 1.1;

  /** Weight of industrial-park cells in the thin remainder. */
  static final double REMAINDER_INDUSTRIAL = 0.1;

  /** Residential compounds: cells per compound, residents per km² range. */
  static final Compounds.Kind COMPOUND = new Compounds.Kind(2, 12, 1_500, 2_500);

  /** Villages: cells per village, residents per km² range. */
  static final Compounds.Kind VILLAGE = new Compounds.Kind(1, 4, 100, 400);

  // --- modelled community facilities (Facilities) ---

  /** Radius of a township seat cluster, metres. */
  static final double SEAT_RADIUS_M = 2_000;

  /** High schools: built-up residents per school (district level, no GB life circle). */
  static final int HIGH_SCHOOL_RESIDENTS = 90_000;

  /** Seed of the facility placement. */
  static final long FACILITY_SEED = 93L;

  /**
   * A modelled facility type: code, labels, GB 50180-2018 service population (min, max residents
   * per facility), capacity per resident (or, negative, a fixed capacity), capacity unit.
   */
  record FacilityModel(
      String code, String zh, String en, int min, int max, double perResident, String unit) {}

  static final List<FacilityModel> FACILITY_MODELS =
      List.of(
          new FacilityModel("kindergarten", "幼儿园", "Kindergarten", 5_000, 12_000, 0.03, "places"),
          new FacilityModel(
              "primary_school", "小学", "Primary school", 15_000, 25_000, 0.08, "places"),
          new FacilityModel(
              "community_health_station",
              "社区卫生服务站",
              "Community health station",
              15_000,
              25_000,
              0,
              null),
          new FacilityModel("park", "社区公园", "Community park", 15_000, 25_000, 0, null),
          new FacilityModel(
              "middle_school", "初中", "Middle school", 50_000, 100_000, 0.04, "places"),
          new FacilityModel(
              "community_health_center",
              "社区卫生服务中心",
              "Community health centre",
              50_000,
              100_000,
              -30,
              "beds"),
          new FacilityModel("culture", "文化站", "Cultural station", 50_000, 100_000, 0, null),
          new FacilityModel(
              "sports", "社区体育中心", "Community sports centre", 50_000, 100_000, 0, null),
          new FacilityModel(
              "high_school", "高中", "High school", 0, HIGH_SCHOOL_RESIDENTS, 0.03, "places"));

  // --- modelled timetable (SampleGtfs) ---

  /**
   * Metro running speed between stations (modelled; urban metros schedule ≈ 35 km/h with dwell).
   */
  static final double METRO_KMH = 40;

  /** Tram running speed (modelled; street-running trams schedule ≈ 20 km/h with dwell). */
  static final double TRAM_KMH = 25;

  /** Dwell at a metro station, seconds. */
  static final int METRO_DWELL_S = 30;

  /** Dwell at a tram stop, seconds. */
  static final int TRAM_DWELL_S = 20;

  /** Tram stops are placed along T1 at about this spacing (no stop positions were found). */
  static final double TRAM_STOP_SPACING_M = 1_200;

  /** Metro headway bands: start, end (H:MM), headway in minutes (modelled). */
  static final String[][] METRO_BANDS = {
    {"6:00", "7:00", "8"},
    {"7:00", "9:30", "5"},
    {"9:30", "17:00", "8"},
    {"17:00", "19:30", "5"},
    {"19:30", "23:00", "10"}
  };

  /** Tram headway all day, minutes. */
  static final int TRAM_HEADWAY_MIN = 10;

  /** First and last tram departures. */
  static final String TRAM_FIRST = "6:30";

  static final String TRAM_LAST = "22:00";
}
