package cn.chegu.viewer.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers written as the map's panels write them (web/js/html.js and access-panel.js), so that a
 * figure on screen and the same figure in a report are the same characters. JavaScript's {@code
 * toFixed} rounds the exact binary value, a tie upwards: that is {@link RoundingMode#HALF_UP} on
 * {@code new BigDecimal(double)}.
 */
public final class Figures {

  private Figures() {}

  /** A share as the panels print it: per cent with one decimal and a "%" (Percent's rules). */
  public static String share(double share, long covered, long total) {
    return Percent.of(share, covered, total) + "%";
  }

  /** A share of two counts (the compare and scenario tables), 0 when the total is 0. */
  public static String share(long covered, long total) {
    double s = total == 0 ? 0 : (double) covered / total;
    return share(s, covered, total);
  }

  /**
   * Capacity per 1,000 residents as the Access panel prints it: no decimals from 100, one from 10,
   * two below.
   */
  public static String perThousand(double v) {
    int digits = v >= 100 ? 0 : v >= 10 ? 1 : 2;
    return new BigDecimal(v).setScale(digits, RoundingMode.HALF_UP).toPlainString();
  }

  /** A whole number with thousands separators ("12,345"), as html.js int() prints it. */
  public static String count(long n) {
    return String.format("%,d", n);
  }

  /** A signed whole number ("+1,234", "-56", "0"). */
  public static String signed(long n) {
    return (n > 0 ? "+" : "") + count(n);
  }

  /** A change of share in percentage points with one decimal, as the Compare table prints it. */
  public static String points(double pp) {
    String text = new BigDecimal(pp).setScale(1, RoundingMode.HALF_UP).toPlainString();
    return (pp > 0 ? "+" : "") + text + " pp";
  }
}
