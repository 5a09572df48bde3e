package cn.chegu.viewer.network;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * The hand-checkable test town, 1 km blocks, every road 60 km/h (1 km = 60 s by car):
 *
 * <pre>
 *   y=1000  a ------ b ------ c        one line a-b-c (must be split at b)
 *           |        |        |
 *           |        |        |
 *   y=0     d ------ e ------ f        one line d-e-f (must be split at e)
 *          x=0     x=1000   x=2000
 * </pre>
 *
 * Seven edges, six nodes. Walking (4 km/h) takes 900 s per km.
 */
final class GridFixture {

  static final GeometryFactory F = new GeometryFactory();
  static final Coordinate A = new Coordinate(0, 1000);
  static final Coordinate B = new Coordinate(1000, 1000);
  static final Coordinate C = new Coordinate(2000, 1000);
  static final Coordinate D = new Coordinate(0, 0);
  static final Coordinate E = new Coordinate(1000, 0);
  static final Coordinate FF = new Coordinate(2000, 0);

  private GridFixture() {}

  static LineString wkt(String wkt) {
    try {
      return (LineString) new WKTReader(F).read(wkt);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static RoadSegment road(String wkt, boolean oneway) {
    return new RoadSegment(wkt(wkt), RoadClass.TRUNK, 60, oneway);
  }

  /** The grid; {@code cToBOneway} makes b–c one-way, drivable only from c to b. */
  static List<RoadSegment> grid(boolean cToBOneway) {
    List<RoadSegment> roads = new ArrayList<>();
    if (cToBOneway) {
      roads.add(road("LINESTRING (0 1000, 1000 1000)", false));
      roads.add(road("LINESTRING (2000 1000, 1000 1000)", true));
    } else {
      roads.add(road("LINESTRING (0 1000, 1000 1000, 2000 1000)", false));
    }
    roads.add(road("LINESTRING (0 0, 1000 0, 2000 0)", false));
    roads.add(road("LINESTRING (0 1000, 0 0)", false));
    roads.add(road("LINESTRING (1000 1000, 1000 0)", false));
    roads.add(road("LINESTRING (2000 1000, 2000 0)", false));
    return roads;
  }

  static RoadGraph graph(boolean cToBOneway) {
    return new RoadGraphBuilder(0.5).build(grid(cToBOneway));
  }

  /** Node id of the node at {@code c}. */
  static int node(RoadGraph g, Coordinate c) {
    for (int i = 0; i < g.nodeCount(); i++) {
      if (g.node(i).distance(c) < 1e-6) {
        return i;
      }
    }
    throw new AssertionError("no node at " + c);
  }
}
