package cn.chegu.viewer.siting;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;

/**
 * Candidate sites in metric coordinates: given points, or points (e.g. road-graph nodes) inside gap
 * polygons, thinned so no two candidates are closer than a minimum spacing. Thinning keeps points
 * in input order (put the preferred ones first) and uses a grid hash, so it is O(n) on average.
 */
public final class CandidateGenerator {

  /** A candidate: its position and its index in the input list. */
  public record Candidate(int source, double x, double y) {
    public Coordinate coordinate() {
      return new Coordinate(x, y);
    }
  }

  private CandidateGenerator() {}

  /** All given points (e.g. a user's), thinned to {@code minSpacingMeters} (0 = keep all). */
  public static List<Candidate> fromPoints(List<Coordinate> points, double minSpacingMeters) {
    return thin(points, null, minSpacingMeters);
  }

  /**
   * Points inside (or on the boundary of) {@code gaps} (Polygon or MultiPolygon, same metric CRS),
   * thinned to {@code minSpacingMeters}.
   */
  public static List<Candidate> insideGaps(
      List<Coordinate> points, Geometry gaps, double minSpacingMeters) {
    return thin(points, new IndexedPointInAreaLocator(gaps), minSpacingMeters);
  }

  private static List<Candidate> thin(
      List<Coordinate> points, IndexedPointInAreaLocator inside, double minSpacingMeters) {
    if (!(minSpacingMeters >= 0)) {
      throw new IllegalArgumentException("minSpacingMeters must be >= 0: " + minSpacingMeters);
    }
    Coordinate[] all = points.toArray(new Coordinate[0]);
    GridIndex grid = minSpacingMeters > 0 ? new GridIndex(minSpacingMeters) : null;
    List<Candidate> out = new ArrayList<>();
    for (int p = 0; p < all.length; p++) {
      Coordinate c = all[p];
      if (inside != null && inside.locate(c) == Location.EXTERIOR) {
        continue;
      }
      if (grid != null) {
        if (hasCloser(grid, c, minSpacingMeters, all)) {
          continue;
        }
        grid.add(p, c.x, c.y);
      }
      out.add(new Candidate(p, c.x, c.y));
    }
    return List.copyOf(out);
  }

  private static boolean hasCloser(GridIndex grid, Coordinate c, double spacing, Coordinate[] all) {
    for (int q : grid.within(c.x, c.y, spacing, all)) {
      if (all[q].distance(c) < spacing) {
        return true;
      }
    }
    return false;
  }
}
