package cn.chegu.viewer.analysis;

/** A site or candidate where no facility can stand: in water or outside the zone (422). */
public class UnsuitableSiteException extends RuntimeException {

  private final int index;

  public UnsuitableSiteException(String message, int index) {
    super(message);
    this.index = index;
  }

  /** Which of the given points (0-based). */
  public int index() {
    return index;
  }
}
