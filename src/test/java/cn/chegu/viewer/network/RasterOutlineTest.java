package cn.chegu.viewer.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;

/**
 * Cells to polygons on ASCII masks ({@code #} inside, {@code .} outside; the top text row is the
 * highest y), cells of 10 m from the origin, no simplification: outline vertices are the midpoints
 * of cell sides where the boundary turns.
 */
class RasterOutlineTest {

  private static final GeometryFactory F = new GeometryFactory();

  private static Geometry outline(int maxHoleCells, String... rows) {
    int h = rows.length;
    int w = rows[0].length();
    boolean[] in = new boolean[w * h];
    for (int r = 0; r < h; r++) {
      for (int x = 0; x < w; x++) {
        in[(h - 1 - r) * w + x] = rows[r].charAt(x) == '#';
      }
    }
    return new RasterOutline(w, h, 0, 0, 10).outline(in, maxHoleCells, 0, F);
  }

  private static Geometry wkt(String text) throws Exception {
    return new WKTReader(F).read(text);
  }

  /** Two cells side by side: the midpoints of the outer sides, corners cut by half a cell. */
  @Test
  void aBarOfCellsIsAnOctagonThroughSideMidpoints() throws Exception {
    Geometry g = outline(0, "....", ".##.", "....");

    assertThat(g.isValid()).isTrue();
    assertThat(
            g.norm()
                .equalsExact(
                    wkt("POLYGON ((15 10, 25 10, 30 15, 25 20, 15 20, 10 15, 15 10))").norm()))
        .as(g.toText())
        .isTrue();
  }

  /** A ring of cells around one outside cell: the enclosed block is filled, no hole. */
  @Test
  void anEnclosedBlockIsFilled() {
    Geometry g = outline(1, ".....", ".###.", ".#.#.", ".###.", ".....");

    assertThat(g).isInstanceOf(Polygon.class);
    assertThat(((Polygon) g).getNumInteriorRing()).isZero();
    assertThat(g.covers(F.createPoint(new org.locationtech.jts.geom.Coordinate(25, 25)))).isTrue();
  }

  /** The same ring with holes of at most 0 cells allowed keeps its hole, as a valid polygon. */
  @Test
  void aBlockLargerThanTheLimitStaysAHole() {
    Geometry g = outline(0, ".....", ".###.", ".#.#.", ".###.", ".....");

    assertThat(g.isValid()).isTrue();
    assertThat(((Polygon) g).getNumInteriorRing()).isEqualTo(1);
    assertThat(g.covers(F.createPoint(new org.locationtech.jts.geom.Coordinate(25, 25)))).isFalse();
  }

  /** An opening to the outside keeps the bay open even when holes may be filled. */
  @Test
  void aBlockOpenToTheOutsideIsNotFilled() {
    Geometry g = outline(100, ".....", ".###.", ".#.#.", ".#.#.", ".....");

    assertThat(((Polygon) g).getNumInteriorRing()).isZero();
    assertThat(g.covers(F.createPoint(new org.locationtech.jts.geom.Coordinate(25, 25)))).isFalse();
  }

  /** Cells meeting only at a corner are joined by one more cell, so no ring touches itself. */
  @Test
  void diagonalNeighboursAreJoinedIntoOneValidPolygon() {
    Geometry g = outline(0, "....", ".#..", "..#.", "....");

    assertThat(g.isValid()).isTrue();
    assertThat(g.getNumGeometries()).isEqualTo(1);
  }

  /** Two separate groups give a multipolygon of two. */
  @Test
  void separateGroupsAreSeparatePolygons() {
    Geometry g = outline(0, ".......", ".##.##.", ".......");

    assertThat(g.isValid()).isTrue();
    assertThat(g.getNumGeometries()).isEqualTo(2);
  }
}
