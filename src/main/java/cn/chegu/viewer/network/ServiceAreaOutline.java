package cn.chegu.viewer.network;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Service areas for the map: a fast outline of the network buffer of each band, with the blocks
 * that are reached all round filled in. Exports keep the exact buffer of {@link ServiceAreaOp}.
 *
 * <p>Method: one {@link ArrivalRaster} of cells of {@code cellMeters} holds, for every cell, the
 * earliest time at which its centre is within {@code offsetMeters} of a reached point (exact per
 * centre, all bands at once); a band is the cells with time ≤ its limit. {@link RasterOutline} then
 * fills enclosed outside regions up to {@code maxHoleSquareMeters} (a block whose boundary is
 * wholly within the band: without this a 12-minute drive is lace of ~2,000 block holes), and traces
 * the cells into polygons simplified at half a cell.
 *
 * <p>Faithfulness: away from filled blocks the outline differs from the exact buffer by at most
 * about one cell (the cell centre decides the cell; outlines run through side midpoints, then are
 * simplified by half a cell). It never reaches beyond the buffer by more than that, except across
 * filled blocks. A grid over a very large area grows its cells to stay within {@value #MAX_CELLS}
 * cells. Cost: linear in the cells of the reached extent plus the cells near reached roads.
 */
public final class ServiceAreaOutline {

  /** Upper bound of grid cells; a larger extent gets coarser cells. */
  static final int MAX_CELLS = 1_500_000;

  private final double offsetMeters;
  private final double cellMeters;
  private final double maxHoleSquareMeters;

  /**
   * @param offsetMeters walk offset around reached roads, as in {@link ServiceAreaOp}
   * @param cellMeters grid cell, i.e. the drawing tolerance (e.g. 20 m at city zoom)
   * @param maxHoleSquareMeters enclosed unreached regions up to this area are filled
   */
  public ServiceAreaOutline(double offsetMeters, double cellMeters, double maxHoleSquareMeters) {
    if (!(offsetMeters > 0) || Double.isInfinite(offsetMeters)) {
      throw new IllegalArgumentException("offsetMeters must be positive, was " + offsetMeters);
    }
    if (!(cellMeters > 0) || Double.isInfinite(cellMeters)) {
      throw new IllegalArgumentException("cellMeters must be positive, was " + cellMeters);
    }
    if (!(maxHoleSquareMeters >= 0)) {
      throw new IllegalArgumentException(
          "maxHoleSquareMeters must be ≥ 0, was " + maxHoleSquareMeters);
    }
    this.offsetMeters = offsetMeters;
    this.cellMeters = cellMeters;
    this.maxHoleSquareMeters = maxHoleSquareMeters;
  }

  /** One outline per band, for one tree. */
  public List<ServiceArea> compute(ShortestPathTree tree, List<Duration> bands) {
    return compute(List.of(tree), bands);
  }

  /**
   * One outline per band (in the given order) of the ground where <em>every</em> tree has arrived
   * within the band (one tree per required facility type); bands beyond a tree's search limit are
   * rejected.
   */
  public List<ServiceArea> compute(List<ShortestPathTree> trees, List<Duration> bands) {
    if (trees.isEmpty()) {
      throw new IllegalArgumentException("at least one tree is required");
    }
    GeometryFactory f = trees.get(0).graph().factory();
    if (bands.isEmpty()) {
      return List.of();
    }
    double maxSeconds = Collections.max(bands).toMillis() / 1000.0;
    for (ShortestPathTree t : trees) {
      if (maxSeconds > t.limitSeconds()) {
        throw new IllegalArgumentException(
            "band of " + maxSeconds + " s exceeds the tree's search limit of " + t.limitSeconds());
      }
    }
    ArrivalRaster raster = ArrivalRaster.of(trees, maxSeconds, offsetMeters, cellMeters, MAX_CELLS);
    List<ServiceArea> out = new ArrayList<>(bands.size());
    if (raster == null) {
      bands.forEach(b -> out.add(new ServiceArea(b, f.createPolygon())));
      return out;
    }
    float[] limits = new float[bands.size()];
    for (int k = 0; k < limits.length; k++) {
      limits[k] = (float) (bands.get(k).toMillis() / 1000.0);
    }
    int[][] boxes = windows(raster, limits);
    for (int k = 0; k < limits.length; k++) {
      out.add(new ServiceArea(bands.get(k), outline(raster, limits[k], boxes[k], f)));
    }
    return out;
  }

  /** Per band, in one pass: {minX, minY, maxX, maxY} of its cells (maxX = -1 when none). */
  private static int[][] windows(ArrivalRaster r, float[] limits) {
    int[][] box = new int[limits.length][];
    for (int k = 0; k < limits.length; k++) {
      box[k] = new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
    }
    float[] t = r.seconds;
    for (int y = 0; y < r.height; y++) {
      int base = y * r.width;
      for (int x = 0; x < r.width; x++) {
        float v = t[base + x];
        if (v == Float.POSITIVE_INFINITY) {
          continue;
        }
        for (int k = 0; k < limits.length; k++) {
          if (v <= limits[k]) {
            int[] b = box[k];
            b[0] = Math.min(b[0], x);
            b[1] = Math.min(b[1], y);
            b[2] = Math.max(b[2], x);
            b[3] = y;
          }
        }
      }
    }
    return box;
  }

  /**
   * The outline of one band, worked on the window of the grid that holds the band's cells (plus a
   * one-cell empty margin): inner bands cost only their own extent.
   */
  private Geometry outline(ArrivalRaster r, float limit, int[] box, GeometryFactory f) {
    int minX = box[0];
    int minY = box[1];
    int maxX = box[2];
    int maxY = box[3];
    float[] t = r.seconds;
    if (maxX < 0) {
      return f.createPolygon();
    }
    int x0 = minX - 1;
    int y0 = minY - 1;
    int w = maxX - minX + 3;
    int h = maxY - minY + 3;
    boolean[] inside = new boolean[w * h];
    for (int y = 1; y < h - 1; y++) {
      int src = (y0 + y) * r.width + x0;
      int dst = y * w;
      for (int x = 1; x < w - 1; x++) {
        inside[dst + x] = t[src + x] <= limit;
      }
    }
    double cellArea = r.cell * r.cell;
    int maxHoleCells = (int) Math.min(Integer.MAX_VALUE, maxHoleSquareMeters / cellArea);
    return new RasterOutline(w, h, r.originX + x0 * r.cell, r.originY + y0 * r.cell, r.cell)
        .outline(inside, maxHoleCells, r.cell / 2, f);
  }
}
