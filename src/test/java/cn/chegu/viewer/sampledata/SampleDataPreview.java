package cn.chegu.viewer.sampledata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Developer tool (not a test): draws gis-data/ into a PNG for a quick visual check. Run with {@code
 * java -cp target/classes:target/test-classes:<deps> ...SampleDataPreview out.png}.
 */
public final class SampleDataPreview {

  private static final double MIN_LON = 113.74;
  private static final double MAX_LON = 114.25;
  private static final double MIN_LAT = 30.17;
  private static final double MAX_LAT = 30.55;
  private static final int W = 1400;
  private static final int H = (int) (W * (MAX_LAT - MIN_LAT) / ((MAX_LON - MIN_LON) * 0.863));

  private SampleDataPreview() {}

  public static void main(String[] args) throws Exception {
    BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, W, H);
    draw(g, "population", null, null, true);
    draw(g, "water", new Color(150, 190, 240), new Color(80, 120, 200), false);
    draw(g, "subdistricts", null, Color.BLACK, false);
    draw(g, "parks", new Color(255, 200, 0, 60), new Color(200, 120, 0), false);
    draw(g, "roads", null, new Color(120, 120, 120), false);
    draw(g, "transport", null, new Color(220, 0, 0), false);
    draw(g, "facilities", new Color(0, 140, 0), null, false);
    ImageIO.write(img, "png", new File(args.length > 0 ? args[0] : "target/preview.png"));
  }

  private static void draw(Graphics2D g, String layer, Color fill, Color line, boolean pop)
      throws Exception {
    JsonNode fc = new ObjectMapper().readTree(Path.of("gis-data", layer + ".geojson").toFile());
    GeoJsonReader r = new GeoJsonReader(new GeometryFactory());
    for (JsonNode f : fc.get("features")) {
      Geometry geom = r.read(f.get("geometry").toString());
      Color fc2 = fill;
      if (pop) {
        double res = f.get("properties").get("residents").asDouble();
        int v = (int) Math.max(0, 255 - Math.min(255, res / 3));
        fc2 = new Color(255, v, v);
      }
      for (int i = 0; i < geom.getNumGeometries(); i++) {
        Geometry p = geom.getGeometryN(i);
        if (p.getDimension() == 0) {
          int[] xy = xy(p.getCoordinate());
          g.setColor(fc2);
          g.fillOval(xy[0] - 2, xy[1] - 2, 5, 5);
          continue;
        }
        Path2D path = new Path2D.Double();
        Coordinate[] cs =
            p instanceof Polygon poly
                ? poly.getExteriorRing().getCoordinates()
                : p.getCoordinates();
        for (int k = 0; k < cs.length; k++) {
          int[] xy = xy(cs[k]);
          if (k == 0) {
            path.moveTo(xy[0], xy[1]);
          } else {
            path.lineTo(xy[0], xy[1]);
          }
        }
        if (fc2 != null && p.getDimension() == 2) {
          g.setColor(fc2);
          g.fill(path);
        }
        if (line != null) {
          g.setColor(line);
          g.setStroke(new BasicStroke("transport".equals(layer) ? 2f : 1f));
          g.draw(path);
        }
      }
    }
  }

  private static int[] xy(Coordinate c) {
    return new int[] {
      (int) ((c.x - MIN_LON) / (MAX_LON - MIN_LON) * W),
      (int) ((MAX_LAT - c.y) / (MAX_LAT - MIN_LAT) * H)
    };
  }
}
