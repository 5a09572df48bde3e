package cn.chegu.viewer.wfs;

/**
 * A request answered with an {@code ows:ExceptionReport} (OWS Common 1.1 §8, WFS 2.0 §7.5) and a
 * 4xx status: the request was wrong, nothing was read or written.
 */
public final class WfsException extends RuntimeException {

  private final String code;
  private final String locator;
  private final int status;

  private WfsException(int status, String code, String locator, String message) {
    super(message);
    this.status = status;
    this.code = code;
    this.locator = locator;
  }

  /** A parameter whose value the service cannot use. */
  public static WfsException invalid(String parameter, String message) {
    return new WfsException(400, "InvalidParameterValue", parameter, message);
  }

  /** A required parameter is absent. */
  public static WfsException missing(String parameter) {
    return new WfsException(
        400, "MissingParameterValue", parameter, "the parameter " + parameter + " is required");
  }

  /** A request (operation) this service does not implement, e.g. Transaction. */
  public static WfsException operationNotSupported(String operation, String message) {
    return new WfsException(400, "OperationNotSupported", operation, message);
  }

  /** An optional part of WFS this service does not implement, e.g. FILTER. */
  public static WfsException optionNotSupported(String parameter, String message) {
    return new WfsException(400, "OptionNotSupported", parameter, message);
  }

  /** A version the service does not speak. */
  public static WfsException version(String given) {
    return new WfsException(
        400, "VersionNegotiationFailed", "version", "only 2.0.0 is supported, not " + given);
  }

  /** OWS exception code, e.g. {@code InvalidParameterValue}. */
  public String code() {
    return code;
  }

  /** The parameter or operation at fault. */
  public String locator() {
    return locator;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }
}
