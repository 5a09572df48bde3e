package cn.chegu.viewer.analysis;

import java.util.Arrays;

/** Which modelled population a coverage counts. */
public enum PopulationYear {
  Y2020(2020, "residents"),
  Y2025(2025, "residents_2025");

  private final int year;
  private final String property;

  PopulationYear(int year, String property) {
    this.year = year;
    this.property = property;
  }

  public int year() {
    return year;
  }

  /** The property of the population layer that holds this year's residents. */
  public String property() {
    return property;
  }

  /** Parses 2020 or 2025; throws {@link IllegalArgumentException} naming the allowed years. */
  public static PopulationYear of(int year) {
    return Arrays.stream(values())
        .filter(y -> y.year == year)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("year must be 2020 or 2025, got " + year));
  }
}
