package cn.chegu.viewer.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The run-based {@link RasterOutline} draws exactly what the former cell-by-cell version ({@link
 * DenseRasterOutline}, kept here as the reference) drew: the same rings, vertex for vertex, in the
 * same order, on seeded random masks of blobs, lace and noise (saddles, enclosed blocks of every
 * size, nested rings, rings touching the margin).
 */
class RasterOutlineSameAnswerTest {

  private static final GeometryFactory F = new GeometryFactory();

  @Test
  void runsDrawWhatCellsDrew() {
    Random rnd = new Random(20261130);
    int compared = 0;
    int withHoles = 0;
    for (int trial = 0; trial < 400; trial++) {
      int w = 3 + rnd.nextInt(60);
      int h = 3 + rnd.nextInt(60);
      boolean[] in = mask(rnd, w, h);
      int maxHole = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(40);
      double simplify = rnd.nextBoolean() ? 0 : 0.5 + rnd.nextInt(3) * 2.5;
      double ox = rnd.nextInt(1000) * 0.37;
      double oy = rnd.nextInt(1000) * 1.13;
      Geometry dense =
          new DenseRasterOutline(w, h, ox, oy, 5).outline(in.clone(), maxHole, simplify, F);
      Geometry runs = new RasterOutline(w, h, ox, oy, 5).outline(in.clone(), maxHole, simplify, F);
      assertThat(runs.equalsExact(dense))
          .as("trial %d (%d×%d, holes ≤ %d, simplify %.1f)", trial, w, h, maxHole, simplify)
          .isTrue();
      compared++;
      withHoles += holes(dense) > 0 ? 1 : 0;
    }
    assertThat(compared).isEqualTo(400);
    assertThat(withHoles).as("masks that keep holes").isGreaterThan(50);
  }

  /** Random blobs (discs) or noise of a random density; the border row and column stay empty. */
  private static boolean[] mask(Random rnd, int w, int h) {
    boolean[] in = new boolean[w * h];
    if (rnd.nextBoolean()) {
      double p = 0.2 + 0.6 * rnd.nextDouble();
      for (int y = 1; y < h - 1; y++) {
        for (int x = 1; x < w - 1; x++) {
          in[y * w + x] = rnd.nextDouble() < p;
        }
      }
      return in;
    }
    int blobs = 1 + rnd.nextInt(12);
    for (int b = 0; b < blobs; b++) {
      double cx = rnd.nextDouble() * w;
      double cy = rnd.nextDouble() * h;
      double r = 1 + rnd.nextDouble() * Math.min(w, h) / 3;
      boolean set = b == 0 || rnd.nextInt(3) > 0; // some blobs cut holes
      for (int y = 1; y < h - 1; y++) {
        for (int x = 1; x < w - 1; x++) {
          double dx = x + 0.5 - cx;
          double dy = y + 0.5 - cy;
          if (dx * dx + dy * dy <= r * r) {
            in[y * w + x] = set;
          }
        }
      }
    }
    return in;
  }

  private static int holes(Geometry g) {
    int n = 0;
    for (int i = 0; i < g.getNumGeometries(); i++) {
      n += ((org.locationtech.jts.geom.Polygon) g.getGeometryN(i)).getNumInteriorRing();
    }
    return n;
  }
}
