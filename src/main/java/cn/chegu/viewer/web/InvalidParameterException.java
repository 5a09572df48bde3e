package cn.chegu.viewer.web;

/** A request parameter the API cannot use; answered with 400 and this message. */
public final class InvalidParameterException extends RuntimeException {

  private final String parameter;

  public InvalidParameterException(String parameter, String message) {
    super(parameter + ": " + message);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
