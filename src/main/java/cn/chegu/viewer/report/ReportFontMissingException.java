package cn.chegu.viewer.report;

/** The CJK font a report needs is not installed; answered 503 with the path it looked for. */
public class ReportFontMissingException extends RuntimeException {
  public ReportFontMissingException(String message) {
    super(message);
  }
}
