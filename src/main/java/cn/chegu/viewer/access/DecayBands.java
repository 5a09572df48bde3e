package cn.chegu.viewer.access;

import java.util.List;
import java.util.Objects;

/**
 * A stepped distance-decay function W(t) over the catchment time: band {@code b} covers times in
 * {@code (bands[b-1].toMinutes, bands[b].toMinutes]} (the first from 0 inclusive) and weighs its
 * residents by {@code bands[b].weight}; W = 0 beyond the last band.
 *
 * @param bands ascending, contiguous from 0, weights in (0, 1]
 * @param source where the weights and bands come from
 * @param sourceZh the same in Chinese
 */
public record DecayBands(List<Band> bands, String source, String sourceZh) {

  /** Bands whose source is given in one language only (it stands for both). */
  public DecayBands(List<Band> bands, String source) {
    this(bands, source, source);
  }

  /**
   * Luo &amp; Qi's (2009) weights for three equal travel-time zones of the catchment — 1.00, 0.68
   * and 0.22, read off a Gaussian curve at the zones (0–10, 10–20, 20–30 min of their 30-minute
   * catchment).
   */
  public static final double[] LUO_QI_WEIGHTS = {1.00, 0.68, 0.22};

  /** One band: up to {@code toMinutes} (inclusive), weight {@code weight}. */
  public record Band(double fromMinutes, double toMinutes, double weight) {}

  public DecayBands {
    bands = List.copyOf(bands);
    Objects.requireNonNull(source, "source");
    if (bands.isEmpty()) {
      throw new IllegalArgumentException("at least one decay band is required");
    }
    double from = 0;
    for (Band b : bands) {
      if (b.fromMinutes() != from || !(b.toMinutes() > b.fromMinutes())) {
        throw new IllegalArgumentException("decay bands must be ascending and contiguous from 0");
      }
      if (!(b.weight() > 0 && b.weight() <= 1)) {
        throw new IllegalArgumentException("decay weights must lie in (0, 1], was " + b.weight());
      }
      from = b.toMinutes();
    }
  }

  /** Luo &amp; Qi's weights over three equal thirds of a catchment of {@code minutes}. */
  public static DecayBands luoQi(double minutes) {
    double third = minutes / 3;
    return new DecayBands(
        List.of(
            new Band(0, third, LUO_QI_WEIGHTS[0]),
            new Band(third, 2 * third, LUO_QI_WEIGHTS[1]),
            new Band(2 * third, minutes, LUO_QI_WEIGHTS[2])),
        "Luo & Qi 2009 (E2SFCA, Health & Place 15(4):1100-1107): weights 1.00 / 0.68 / 0.22 of"
            + " their three 10-minute zones of a 30-minute catchment (Gaussian, stepped), applied"
            + " here to thirds of this type's catchment time",
        "Luo & Qi 2009（E2SFCA，Health & Place 15(4):1100-1107）：其30分钟集水区三个10分钟区段的权重"
            + " 1.00 / 0.68 / 0.22（高斯函数，分段取值），此处用于本类设施集水时间的三等分");
  }

  /** The catchment time t<sub>max</sub>, minutes. */
  public double catchmentMinutes() {
    return bands.get(bands.size() - 1).toMinutes();
  }

  /** W(t) for a travel time in minutes; 0 beyond the catchment (or for infinite times). */
  public double weight(double minutes) {
    for (Band b : bands) {
      if (minutes <= b.toMinutes()) {
        return b.weight();
      }
    }
    return 0;
  }
}
