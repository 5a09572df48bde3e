package cn.chegu.viewer.qgis;

/**
 * How a feature is drawn, in the web map's (Leaflet's) terms: colours as {@code #rrggbb}, widths
 * and sizes in screen pixels, a dash pattern as pixel lengths ("8 6"), opacities 0–1.
 *
 * @param kind marker, line or fill
 * @param stroke outline or line colour, or null for none
 * @param strokeWidth in pixels
 * @param strokeOpacity 0–1
 * @param dash dash pattern ("8 6"), or null for a solid line
 * @param fill fill colour, or null for none
 * @param fillOpacity 0–1
 * @param hatch whether the fill is a diagonal hatch over a pale tint (parks, gaps)
 * @param size marker diameter in pixels (markers only)
 */
public record Symbol(
    Kind kind,
    String stroke,
    double strokeWidth,
    double strokeOpacity,
    String dash,
    String fill,
    double fillOpacity,
    boolean hatch,
    double size) {

  /** QGIS's symbol types. */
  public enum Kind {
    MARKER("marker"),
    LINE("line"),
    FILL("fill");

    private final String qgis;

    Kind(String qgis) {
      this.qgis = qgis;
    }

    String qgis() {
      return qgis;
    }
  }

  /** A line. */
  public static Symbol line(String color, double width, double opacity, String dash) {
    return new Symbol(Kind.LINE, color, width, opacity, dash, null, 0, false, 0);
  }

  /** A polygon with a fill and an outline. */
  public static Symbol fill(
      String stroke, double width, String fill, double fillOpacity, String dash) {
    return new Symbol(Kind.FILL, stroke, width, 1, dash, fill, fillOpacity, false, 0);
  }

  /** A polygon drawn as its outline only. */
  public static Symbol outline(String stroke, double width, String dash) {
    return new Symbol(Kind.FILL, stroke, width, 1, dash, null, 0, false, 0);
  }

  /** A circle marker of Leaflet radius {@code radius} (pixels). */
  public static Symbol circle(
      double radius, String stroke, double width, String fill, double fillOpacity, String dash) {
    return new Symbol(Kind.MARKER, stroke, width, 1, dash, fill, fillOpacity, false, 2 * radius);
  }

  /** The same, drawn with a diagonal hatch over a pale tint of the fill colour. */
  public Symbol hatched() {
    return new Symbol(
        kind, stroke, strokeWidth, strokeOpacity, dash, fill, fillOpacity, true, size);
  }

  /** The same with the fill (or, without one, the stroke) at {@code opacity}. */
  public Symbol withFillOpacity(double opacity) {
    return new Symbol(kind, stroke, strokeWidth, strokeOpacity, dash, fill, opacity, hatch, size);
  }

  /** The same with a dash pattern. */
  public Symbol dashed(String pattern) {
    return new Symbol(
        kind, stroke, strokeWidth, strokeOpacity, pattern, fill, fillOpacity, hatch, size);
  }
}
