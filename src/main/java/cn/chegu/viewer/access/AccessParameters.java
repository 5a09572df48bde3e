package cn.chegu.viewer.access;

import cn.chegu.viewer.network.TravelMode;
import java.time.Duration;
import java.util.Objects;

/**
 * How an access computation travels and weighs.
 *
 * @param mode the travel mode of the catchment (the type's service standard's mode)
 * @param dispatchDelay added to every facility before travel (zero except for ambulances)
 * @param decay distance-decay bands; their last edge is the catchment time
 * @param normPerThousand capacity a standard expects per 1,000 residents (for {@code load})
 */
public record AccessParameters(
    TravelMode mode, Duration dispatchDelay, DecayBands decay, double normPerThousand) {

  public AccessParameters {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(decay, "decay");
    dispatchDelay = dispatchDelay == null ? Duration.ZERO : dispatchDelay;
    if (!(normPerThousand > 0) || Double.isInfinite(normPerThousand)) {
      throw new IllegalArgumentException(
          "normPerThousand must be positive, was " + normPerThousand);
    }
  }

  /** The catchment time as a search limit. */
  public Duration catchment() {
    return Duration.ofMillis(Math.round(decay.catchmentMinutes() * 60_000));
  }
}
