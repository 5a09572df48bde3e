package cn.chegu.viewer.sampledata;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Every parameter of the modelled parts of the sample, read from one file, {@code
 * gis-data/model-parameters.json}: the population model, the local road grid, the modelled
 * community facilities and the modelled timetable. The hand-digitised shapes are not parameters:
 * they are the layer files themselves ({@link ModelInputs}). Sources of the numbers: {@code
 * gis-data/README.md}.
 */
record SampleParameters(
    String about, Population population, Roads roads, Facilities facilities, Timetable timetable) {

  /** The file name, in the data directory. */
  static final String FILE = "model-parameters.json";

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  /** Reads {@code dir/model-parameters.json}; unknown keys are an error (a typo is not ignored). */
  static SampleParameters read(Path dir) {
    try {
      SampleParameters p = JSON.readValue(dir.resolve(FILE).toFile(), SampleParameters.class);
      p.population().check();
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(dir.resolve(FILE) + ": " + e.getMessage(), e);
    }
  }

  /**
   * The population model.
   *
   * @param cellM side of a cell, metres (UTM 50N grid)
   * @param seed seed of the model's random stream
   * @param townRadiusM radius of an old town around a rural sub-district seat, metres
   * @param total2020 the 2020 census total the sub-district figures must add up to
   * @param total2025 the plan's 2025 target the sub-district figures must add up to
   * @param hannan old Hannan district: its 2020 census total and sub-districts
   * @param subdistricts per sub-district (by {@code name_zh}): 2020 and 2025 residents, rural
   * @param pools share of the 2020 residents in compounds and villages (rest: remainder)
   * @param growthExisting factor by which 2020 residents grow until 2025 (capped)
   * @param remainderIndustrial weight of manufacturing-park cells in the remainder
   * @param industrialParks names ({@code parks} layer) of the manufacturing parks
   * @param compound residential compound patches
   * @param village village patches
   */
  record Population(
      double cellM,
      long seed,
      double townRadiusM,
      long total2020,
      long total2025,
      Hannan hannan,
      LinkedHashMap<String, Subdistrict> subdistricts,
      Pools pools,
      double growthExisting,
      double remainderIndustrial,
      List<String> industrialParks,
      Compounds.Kind compound,
      Compounds.Kind village) {

    void check() {
      long s20 = subdistricts.values().stream().mapToLong(Subdistrict::residents2020).sum();
      long s25 = subdistricts.values().stream().mapToLong(Subdistrict::residents2025).sum();
      long h20 =
          hannan.subdistricts().stream().mapToLong(n -> subdistricts.get(n).residents2020()).sum();
      if (s20 != total2020 || s25 != total2025 || h20 != hannan.residents2020()) {
        throw new IllegalArgumentException(
            "population: sub-district residents add up to "
                + s20
                + " (2020), "
                + s25
                + " (2025), old Hannan "
                + h20
                + "; the stated totals are "
                + total2020
                + ", "
                + total2025
                + ", "
                + hannan.residents2020());
      }
    }
  }

  record Hannan(long residents2020, List<String> subdistricts) {}

  record Subdistrict(long residents2020, long residents2025, boolean rural) {}

  record Pools(Pool urban, Pool rural) {}

  record Pool(double compounds, double villages) {}

  /**
   * The modelled local road grid (the named roads are data: the {@code transport} layer).
   *
   * @param gridM street grid spacing inside the built-up areas and old towns, metres
   * @param secondaryEvery every n-th grid line is a secondary road
   * @param onewayPeriod north–south lines {@code k mod onewayPeriod} in {@code onewayPair} are a
   *     one-way pair (the second runs the other way)
   * @param ruralGridM rural grid spacing, metres
   * @param ruralWiggleM lateral wiggle of a rural road (uniform ± half), metres
   * @param ruralStepM vertex spacing along a rural road, metres
   * @param ruralClearanceM the rural grid stays this far out of the core and clusters, metres
   * @param seed seed of the wiggles
   */
  record Roads(
      double gridM,
      int secondaryEvery,
      int secondaryKmh,
      int localKmh,
      int onewayPeriod,
      List<Integer> onewayPair,
      double ruralGridM,
      double ruralWiggleM,
      double ruralStepM,
      int ruralKmh,
      double ruralClearanceM,
      long seed,
      int namedAccuracyM,
      int modelledAccuracyM) {}

  /**
   * The modelled community facilities.
   *
   * @param seed seed of the k-means starts
   * @param seatRadiusM radius of a township seat cluster, metres
   * @param seatTypes the types every rural township seat gets one of
   * @param types one entry per type, in output order ({@code high_school}: one per {@code max}
   *     built-up residents of the whole zone)
   */
  record Facilities(
      long seed,
      double seatRadiusM,
      List<String> seatTypes,
      int accuracyM,
      List<FacilityModel> types) {}

  /**
   * A modelled facility type: code, labels, GB 50180-2018 service population (min, max residents
   * per facility), capacity per resident (or, negative, a fixed capacity), capacity unit, clause.
   */
  record FacilityModel(
      String code,
      String zh,
      String en,
      int min,
      int max,
      double perResident,
      String unit,
      String planRef) {}

  /** The modelled timetable (run speeds, dwells, headways) of the sample GTFS feed. */
  record Timetable(
      double metroKmh,
      double tramKmh,
      int metroDwellS,
      int tramDwellS,
      double tramStopSpacingM,
      List<Band> metroBands,
      int tramHeadwayMin,
      String tramFirst,
      String tramLast) {}

  /** A headway band: start and end (H:MM), headway in minutes. */
  record Band(String start, String end, int headwayMin) {}
}
