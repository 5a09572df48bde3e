package cn.chegu.viewer.analysis;

/** A well-formed request the analysis cannot answer as asked (the message says why). */
public class UnsuitableRequestException extends RuntimeException {
  public UnsuitableRequestException(String message) {
    super(message);
  }
}
