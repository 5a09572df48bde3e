package cn.chegu.viewer.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Draws metric JTS geometries with Java2D into a PNG: polygons filled and outlined, lines stroked,
 * points as dots, then labels (skipping any that would overlap one already drawn) and a legend.
 * North is up; one metre is the same length in x and y. No tiles, no network.
 */
public final class MapRenderer {

  /** How a shape is drawn; {@code fill} or {@code stroke} may be null; points use {@code size}. */
  public record Style(Color fill, Color stroke, float width, float size) {
    public static Style area(Color fill, Color stroke, float width) {
      return new Style(fill, stroke, width, 0);
    }

    public static Style line(Color stroke, float width) {
      return new Style(null, stroke, width, 0);
    }

    public static Style dot(Color fill, Color stroke, float size) {
      return new Style(fill, stroke, 1, size);
    }
  }

  /** A geometry (metres) and its style. */
  public record Shape(Geometry geometry, Style style) {}

  /** A text at a metric position. */
  public record Label(Coordinate at, String text, boolean bold) {}

  /** One legend line: the style's swatch and its text. */
  public record LegendItem(Style style, String text) {}

  private final int width;
  private final int height;
  private final Font font;

  public MapRenderer(int width, int height, Font font) {
    this.width = width;
    this.height = height;
    this.font = font;
  }

  public byte[] png(
      Envelope extent, List<Shape> shapes, List<Label> labels, List<LegendItem> legend) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(new Color(0xf4f1ea));
      g.fillRect(0, 0, width, height);
      AffineTransform toPixels = transform(extent);
      for (Shape s : shapes) {
        draw(g, s.geometry(), s.style(), toPixels);
      }
      drawLabels(g, labels, toPixels);
      drawLegend(g, legend);
      drawScaleBar(g, toPixels.getScaleX());
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Fits the extent (with a 3 % margin) into the image, same scale on both axes, y flipped. */
  AffineTransform transform(Envelope extent) {
    Envelope e = new Envelope(extent);
    e.expandBy(extent.getWidth() * 0.03, extent.getHeight() * 0.03);
    double scale = Math.min(width / e.getWidth(), height / e.getHeight());
    double dx = (width - e.getWidth() * scale) / 2;
    double dy = (height - e.getHeight() * scale) / 2;
    AffineTransform t = new AffineTransform();
    t.translate(dx, height - dy);
    t.scale(scale, -scale);
    t.translate(-e.getMinX(), -e.getMinY());
    return t;
  }

  private void draw(Graphics2D g, Geometry geometry, Style style, AffineTransform t) {
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      Geometry part = geometry.getGeometryN(i);
      if (part instanceof Point p) {
        double[] xy = {p.getX(), p.getY()};
        t.transform(xy, 0, xy, 0, 1);
        Ellipse2D dot =
            new Ellipse2D.Double(
                xy[0] - style.size() / 2, xy[1] - style.size() / 2, style.size(), style.size());
        fillAndStroke(g, dot, style);
      } else if (part instanceof Polygon polygon) {
        Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        ring(path, polygon.getExteriorRing().getCoordinates(), t, true);
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
          ring(path, polygon.getInteriorRingN(h).getCoordinates(), t, true);
        }
        fillAndStroke(g, path, style);
      } else if (part instanceof LineString line) {
        Path2D path = new Path2D.Double();
        ring(path, line.getCoordinates(), t, false);
        fillAndStroke(g, path, Style.line(style.stroke(), style.width()));
      } else if (part.getNumGeometries() > 1 || part != geometry) {
        draw(g, part, style, t);
      }
    }
  }

  private static void ring(Path2D path, Coordinate[] cs, AffineTransform t, boolean close) {
    double[] xy = new double[2];
    for (int i = 0; i < cs.length; i++) {
      xy[0] = cs[i].x;
      xy[1] = cs[i].y;
      t.transform(xy, 0, xy, 0, 1);
      if (i == 0) {
        path.moveTo(xy[0], xy[1]);
      } else {
        path.lineTo(xy[0], xy[1]);
      }
    }
    if (close) {
      path.closePath();
    }
  }

  private static void fillAndStroke(Graphics2D g, java.awt.Shape shape, Style style) {
    if (style.fill() != null) {
      g.setColor(style.fill());
      g.fill(shape);
    }
    if (style.stroke() != null) {
      g.setColor(style.stroke());
      g.setStroke(new BasicStroke(style.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(shape);
    }
  }

  private void drawLabels(Graphics2D g, List<Label> labels, AffineTransform t) {
    List<java.awt.Rectangle> taken = new ArrayList<>();
    for (Label label : labels) {
      g.setFont(font.deriveFont(label.bold() ? Font.BOLD : Font.PLAIN, label.bold() ? 15f : 12f));
      FontMetrics m = g.getFontMetrics();
      double[] xy = {label.at().x, label.at().y};
      t.transform(xy, 0, xy, 0, 1);
      int w = m.stringWidth(label.text());
      int x = (int) xy[0] - w / 2;
      int y = (int) xy[1] + m.getAscent() / 2;
      java.awt.Rectangle box =
          new java.awt.Rectangle(x - 2, y - m.getAscent(), w + 4, m.getHeight());
      if (taken.stream().anyMatch(box::intersects)) {
        continue; // never two labels on top of each other
      }
      taken.add(box);
      g.setColor(new Color(255, 255, 255, 200));
      g.fill(box);
      g.setColor(new Color(0x222222));
      g.drawString(label.text(), x, y);
    }
  }

  private void drawLegend(Graphics2D g, List<LegendItem> legend) {
    if (legend.isEmpty()) {
      return;
    }
    g.setFont(font.deriveFont(Font.PLAIN, 12f));
    FontMetrics m = g.getFontMetrics();
    int lineH = Math.max(18, m.getHeight() + 2);
    int boxW = 24 + legend.stream().mapToInt(i -> m.stringWidth(i.text())).max().orElse(0) + 16;
    int boxH = legend.size() * lineH + 10;
    int x0 = 10;
    int y0 = height - boxH - 10;
    g.setColor(new Color(255, 255, 255, 225));
    g.fillRect(x0, y0, boxW, boxH);
    g.setColor(new Color(0x888888));
    g.setStroke(new BasicStroke(1));
    g.drawRect(x0, y0, boxW, boxH);
    int y = y0 + 5;
    for (LegendItem item : legend) {
      Style s = item.style();
      java.awt.Shape swatch =
          s.size() > 0
              ? new Ellipse2D.Double(x0 + 10, y + lineH / 2.0 - 5, 10, 10)
              : s.fill() == null
                  ? new java.awt.geom.Line2D.Double(
                      x0 + 6, y + lineH / 2.0, x0 + 24, y + lineH / 2.0)
                  : new java.awt.Rectangle(x0 + 6, y + 3, 18, lineH - 6);
      fillAndStroke(
          g, swatch, s.fill() == null ? Style.line(s.stroke(), Math.max(2, s.width())) : s);
      g.setColor(new Color(0x222222));
      g.drawString(item.text(), x0 + 30, y + lineH / 2 + m.getAscent() / 2 - 2);
      y += lineH;
    }
  }

  /** A 5 km (or 1/2/10 km) bar in the lower right, from the transform's metres per pixel. */
  private void drawScaleBar(Graphics2D g, double pixelsPerMeter) {
    int km = 5;
    for (int candidate : new int[] {1, 2, 5, 10, 20}) {
      if (candidate * 1000 * pixelsPerMeter <= width / 5.0) {
        km = candidate;
      }
    }
    int len = (int) Math.round(km * 1000 * pixelsPerMeter);
    int x = width - len - 20;
    int y = height - 20;
    g.setColor(Color.WHITE);
    g.fillRect(x - 6, y - 20, len + 12, 26);
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(3));
    g.drawLine(x, y, x + len, y);
    g.setFont(font.deriveFont(Font.PLAIN, 12f));
    g.drawString(km + " km", x + len / 2 - 12, y - 6);
  }
}
