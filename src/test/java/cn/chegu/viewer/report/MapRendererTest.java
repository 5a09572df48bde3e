package cn.chegu.viewer.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chegu.viewer.report.MapRenderer.Shape;
import cn.chegu.viewer.report.MapRenderer.Style;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKTReader;

/**
 * A 100 m square in the left half of a 200 × 100 m extent, filled red: the left half of the image
 * is red and the right half keeps the background.
 */
class MapRendererTest {

  @Test
  void drawsWhereTheMetresAre() throws Exception {
    MapRenderer r = new MapRenderer(206, 106, new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    byte[] png =
        r.png(
            new Envelope(0, 200, 0, 100),
            List.of(
                new Shape(
                    new WKTReader().read("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))"),
                    Style.area(Color.RED, null, 0))),
            List.of(),
            List.of());
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(img.getWidth()).isEqualTo(206);
    assertThat(new Color(img.getRGB(50, 50))).isEqualTo(Color.RED);
    assertThat(new Color(img.getRGB(150, 50))).isNotEqualTo(Color.RED);
  }

  @Test
  void aMissingFontIsRefusedWithItsPathAndPackage() {
    CjkFont font = new CjkFont("/nonexistent/font.ttc");
    assertThat(font.available()).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(font::pdf)
        .isInstanceOf(ReportFontMissingException.class)
        .hasMessageContaining("/nonexistent/font.ttc")
        .hasMessageContaining("fonts-noto-cjk");
  }
}
