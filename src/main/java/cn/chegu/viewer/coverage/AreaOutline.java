package cn.chegu.viewer.coverage;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a network service area is drawn.
 *
 * <ul>
 *   <li>{@link #MAP}: the fast outline for the map ({@link
 *       cn.chegu.viewer.network.ServiceAreaOutline}): the network buffer on a grid of {@code
 *       tolerance} metres, blocks reached all round filled, simplified by half a cell.
 *   <li>{@link #EXACT}: the network buffer itself ({@link cn.chegu.viewer.network.ServiceAreaOp}),
 *       for exports and measurements.
 * </ul>
 *
 * Straight-line circles are drawn the same way by both.
 */
public enum AreaOutline {
  MAP,
  EXACT;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code map} / {@code exact}; the exception message lists the allowed values. */
  public static AreaOutline fromCode(String code) {
    for (AreaOutline o : values()) {
      if (o.code().equals(code)) {
        return o;
      }
    }
    throw new IllegalArgumentException(
        "unknown outline '"
            + code
            + "'; allowed: "
            + Arrays.stream(values()).map(AreaOutline::code).toList());
  }
}
