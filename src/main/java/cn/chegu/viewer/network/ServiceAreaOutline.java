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
 * cells. Cost: the cells near reached roads (stamping), one scan of the raster into runs per row
 * ({@link RowRuns}), then work per run: saddles, enclosed blocks and tracing never touch the cells
 * inside or outside a band one by one (a band spanning the zone costs its boundary).
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
    RowRuns[] cells = RowRuns.atMost(raster.seconds, raster.width, raster.height, limits);
    for (int k = 0; k < limits.length; k++) {
      out.add(new ServiceArea(bands.get(k), outline(raster, cells[k], f)));
    }
    return out;
  }

  /**
   * The outline of one band from its cells as runs per row, worked on the window of the grid that
   * holds them (plus a one-cell empty margin).
   */
  private Geometry outline(ArrivalRaster r, RowRuns all, GeometryFactory f) {
    int[] box = all.bounds();
    if (box == null) {
      return f.createPolygon();
    }
    int x0 = box[0] - 1;
    int y0 = box[1] - 1;
    int w = box[2] - box[0] + 3;
    int h = box[3] - box[1] + 3;
    double cellArea = r.cell * r.cell;
    int maxHoleCells = (int) Math.min(Integer.MAX_VALUE, maxHoleSquareMeters / cellArea);
    return new RasterOutline(w, h, r.originX + x0 * r.cell, r.originY + y0 * r.cell, r.cell)
        .outline(all.window(x0, y0, w, h), maxHoleCells, r.cell / 2, f);
  }
}
