package cn.chegu.viewer.transit;

/** GTFS times ({@code H:MM:SS}, hours may exceed 23) as seconds after midnight, and back. */
public final class ServiceTime {

  private ServiceTime() {}

  /**
   * Parses {@code H:MM:SS} or {@code HH:MM} (the API's window bounds).
   *
   * @throws IllegalArgumentException naming the expected form
   */
  public static int parse(String text) {
    String[] p = text.trim().split(":");
    if (p.length < 2 || p.length > 3) {
      throw new IllegalArgumentException("'" + text + "' is not a time H:MM:SS");
    }
    try {
      int h = Integer.parseInt(p[0]);
      int m = Integer.parseInt(p[1]);
      int s = p.length == 3 ? Integer.parseInt(p[2]) : 0;
      if (h < 0 || h > 47 || m < 0 || m > 59 || s < 0 || s > 59) {
        throw new IllegalArgumentException("'" + text + "' is not a time H:MM:SS (H ≤ 47)");
      }
      return h * 3600 + m * 60 + s;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a time H:MM:SS");
    }
  }

  /** Seconds after midnight as {@code HH:MM:SS}. */
  public static String format(int seconds) {
    return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
  }
}
