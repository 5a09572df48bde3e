package cn.chegu.viewer.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Shares written as per cent with one decimal. The rounding is that of the exact binary value, half
 * to even (what Python's {@code f"{share*100:.1f}"} and most spreadsheets print for the same
 * double), except that a share short of all residents never reads 100.0: 99.95 % prints 99.9.
 */
public final class Percent {

  private Percent() {}

  public static String of(double share, long covered, long total) {
    BigDecimal p = new BigDecimal(share * 100).setScale(1, RoundingMode.HALF_EVEN);
    if (covered < total && p.compareTo(BigDecimal.valueOf(100)) >= 0) {
      return "99.9";
    }
    return p.toPlainString();
  }
}
