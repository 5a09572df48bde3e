package cn.chegu.viewer.io;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Date;

/** Attribute values from the readers brought to String, Long, Double, Boolean or null. */
final class Values {

  private Values() {}

  static Object normalise(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Integer
        || v instanceof Short
        || v instanceof Byte
        || v instanceof BigInteger) {
      return ((Number) v).longValue();
    }
    if (v instanceof Float f) {
      return f.doubleValue();
    }
    if (v instanceof BigDecimal d) {
      return d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0
          ? (Object) d.longValue()
          : (Object) d.doubleValue();
    }
    if (v instanceof Long || v instanceof Double || v instanceof Boolean || v instanceof String) {
      return v;
    }
    if (v instanceof Date || v instanceof java.time.temporal.Temporal) {
      return v.toString();
    }
    return v.toString();
  }
}
