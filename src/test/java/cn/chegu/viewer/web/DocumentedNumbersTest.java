package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chegu.viewer.analysis.CoverageService;
import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.store.FeatureStore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The numbers typed in README.md and gis-data/README.md are the ones the app serves on the sample:
 * feature counts, road-graph edges, coverage shares. On a mismatch the message shows the corrected
 * text; {@code -Ddocs.rewrite=true} writes it (the generator). Every pattern must match at least
 * once, so rewording a document cannot turn a check into one that compares the text with itself.
 */
@SampleApiTest
class DocumentedNumbersTest {

  /**
   * README.md: "158 facilities by type" and the bench header "sample (5,685 edges, 9,606 cells)".
   */
  static final Pattern FACILITIES = Pattern.compile("(\\d[\\d,]*) facilities by type");

  static final Pattern SAMPLE =
      Pattern.compile("sample \\((\\d[\\d,]*) edges, (\\d[\\d,]*) cells\\)");
  static final String CODES =
      "life15|health15|emergency12|culture12|park10|kindergarten5|primary10|middle15";

  /** gis-data/README.md: {@code | health15 | 60.5 % | 71.2 % |}. */
  static final Pattern TABLE_ROW =
      Pattern.compile(
          "^\\| (" + CODES + ")\\b([^|]*)\\| ([\\d.]+) % \\| ([\\d.]+) % \\|", Pattern.MULTILINE);

  /** {@code health15 with the 2025 residents: 41.2 % network, 53.8 % Euclidean}. */
  static final Pattern HEALTH_2025 =
      Pattern.compile(
          "health15 with the 2025 residents: ([\\d.]+) % network, ([\\d.]+) % Euclidean");

  @Autowired FeatureStore store;
  @Autowired CoverageService coverage;

  @Test
  void readmeCountsAreTheServedCounts() throws Exception {
    check(
        Path.of("README.md"),
        text -> {
          String t =
              replace(
                  FACILITIES,
                  text,
                  m -> String.format("%,d facilities by type", served("facilities")));
          return replace(
              SAMPLE,
              t,
              m ->
                  String.format("sample (%,d edges, %,d cells)", served("edges"), served("cells")));
        });
  }

  @Test
  void coverageSharesInTheDataReadmeAreTheServedShares() throws Exception {
    check(
        Path.of("gis-data", "README.md"),
        text -> {
          String t =
              replace(
                  TABLE_ROW,
                  text,
                  m ->
                      "| "
                          + m.group(1)
                          + m.group(2)
                          + "| "
                          + share(m.group(1), CoverageMethod.NETWORK, PopulationYear.Y2020)
                          + " % | "
                          + share(m.group(1), CoverageMethod.EUCLIDEAN, PopulationYear.Y2020)
                          + " % |");
          return health2025(t);
        });
  }

  private String health2025(String text) {
    return replace(
        HEALTH_2025,
        text,
        m ->
            "health15 with the 2025 residents: "
                + share("health15", CoverageMethod.NETWORK, PopulationYear.Y2025)
                + " % network, "
                + share("health15", CoverageMethod.EUCLIDEAN, PopulationYear.Y2025)
                + " % Euclidean");
  }

  private long served(String noun) {
    return switch (noun) {
      case "facilities" -> store.allFeatures("facilities").size();
      case "cells" -> store.allFeatures("population").size();
      default -> coverage.data().graph(FacilitySet.PLAN).edgeCount(); // every road, as the bench
    };
  }

  /** Per cent with one decimal, as the API's 4-decimal share prints in Python or a spreadsheet. */
  private String share(String code, CoverageMethod method, PopulationYear year) {
    double s = Math.round(coverage.coverage(code, method, year).share() * 10_000) / 10_000.0;
    return new BigDecimal(s * 100).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** Replaces every match of {@code p}; fails when there is none (a check on nothing). */
  static String replace(Pattern p, String text, Function<Matcher, String> by) {
    Matcher m = p.matcher(text);
    StringBuilder out = new StringBuilder();
    int matches = 0;
    while (m.find()) {
      matches++;
      m.appendReplacement(out, Matcher.quoteReplacement(by.apply(m)));
    }
    assertThat(matches).as("matches of " + p.pattern()).isPositive();
    m.appendTail(out);
    return out.toString();
  }

  private static void check(Path file, Function<String, String> regenerate) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String expected = regenerate.apply(text);
    if (Boolean.getBoolean("docs.rewrite") && !expected.equals(text)) {
      Files.writeString(file, expected, StandardCharsets.UTF_8);
      return;
    }
    assertThat(text)
        .as(file + " disagrees with the served numbers; rerun this test with -Ddocs.rewrite=true")
        .isEqualTo(expected);
  }
}
