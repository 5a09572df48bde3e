package cn.chegu.viewer.analysis;

/** No service standard has the code asked for. */
public class UnknownStandardException extends RuntimeException {
  public UnknownStandardException(String message) {
    super(message);
  }
}
