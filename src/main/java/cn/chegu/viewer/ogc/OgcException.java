package cn.chegu.viewer.ogc;

/**
 * A request the OGC service answers with an exception document {@code {code, description}} and an
 * HTTP status (OGC API – Features Part 1, §7.5.1).
 */
public final class OgcException extends RuntimeException {

  private final int status;
  private final String code;

  private OgcException(int status, String code, String description) {
    super(description);
    this.status = status;
    this.code = code;
  }

  /** 400: a parameter the service cannot use (unknown, malformed or out of range). */
  public static OgcException invalidParameter(String parameter, String message) {
    return new OgcException(400, "InvalidParameterValue", parameter + ": " + message);
  }

  /** 404: no such collection or feature. */
  public static OgcException notFound(String message) {
    return new OgcException(404, "NotFound", message);
  }

  /** 406: the client accepts no format the service writes. */
  public static OgcException notAcceptable(String message) {
    return new OgcException(406, "NotAcceptable", message);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String description() {
    return getMessage();
  }
}
