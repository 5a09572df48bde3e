package cn.chegu.viewer.io;

import com.fasterxml.jackson.databind.JsonNode;

/** JSON values as attribute values: Long, Double, Boolean, String, null; objects/arrays as text. */
public final class JsonScalars {

  private JsonScalars() {}

  public static Object of(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isIntegralNumber()) {
      return v.asLong();
    }
    if (v.isNumber()) {
      return v.asDouble();
    }
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    if (v.isTextual()) {
      return v.asText();
    }
    return v.toString();
  }
}
