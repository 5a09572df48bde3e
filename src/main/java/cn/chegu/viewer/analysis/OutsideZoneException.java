package cn.chegu.viewer.analysis;

/** A point given for analysis lies outside the zone. */
public class OutsideZoneException extends RuntimeException {
  public OutsideZoneException(String message) {
    super(message);
  }
}
