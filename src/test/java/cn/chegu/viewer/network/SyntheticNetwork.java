package cn.chegu.viewer.network;

import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.coverage.ServicePoint;
import cn.chegu.viewer.facility.FacilityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Seeded synthetic data for property tests and the bench: a grid-like town of long straight-ish
 * streets that cross without shared vertices (so the noder has to split them), 250 m population
 * cells with random residents, and random facilities of every type.
 *
 * <p>Streets: {@code rows} east–west and {@code cols} north–south lines, {@code spacing} metres
 * apart, each vertex jittered by up to ±{@code spacing/10}. Every 10th street is a trunk road,
 * every 5th a primary, the rest local; every 7th local street is one-way. Edges after noding ≈
 * {@code rows·(cols−1) + cols·(rows−1)}.
 */
public record SyntheticNetwork(
    List<RoadSegment> roads, List<DemandCell> cells, List<ServicePoint> facilities, double size) {

  public static final GeometryFactory FACTORY = new GeometryFactory();

  public static SyntheticNetwork generate(
      int rows, int cols, double spacing, int facilitiesPerType, long seed) {
    Random rnd = new Random(seed);
    double jitter = spacing / 10;
    List<RoadSegment> roads = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      Coordinate[] pts = new Coordinate[cols];
      for (int c = 0; c < cols; c++) {
        pts[c] = new Coordinate(c * spacing, r * spacing + (rnd.nextDouble() * 2 - 1) * jitter);
      }
      roads.add(street(pts, r));
    }
    for (int c = 0; c < cols; c++) {
      Coordinate[] pts = new Coordinate[rows];
      for (int r = 0; r < rows; r++) {
        pts[r] = new Coordinate(c * spacing + (rnd.nextDouble() * 2 - 1) * jitter, r * spacing);
      }
      roads.add(street(pts, c + 3));
    }
    double width = (cols - 1) * spacing;
    double height = (rows - 1) * spacing;
    double cell = 250;
    List<DemandCell> cells = new ArrayList<>();
    String[] areas = {"north-west", "north-east", "south-west", "south-east"};
    for (double y = 0; y + cell <= height; y += cell) {
      for (double x = 0; x + cell <= width; x += cell) {
        Polygon square =
            FACTORY.createPolygon(
                new Coordinate[] {
                  new Coordinate(x, y),
                  new Coordinate(x + cell, y),
                  new Coordinate(x + cell, y + cell),
                  new Coordinate(x, y + cell),
                  new Coordinate(x, y)
                });
        String area = areas[(y < height / 2 ? 2 : 0) + (x < width / 2 ? 0 : 1)];
        cells.add(new DemandCell("cell-" + cells.size(), square, rnd.nextInt(400), area));
      }
    }
    List<ServicePoint> facilities = new ArrayList<>();
    for (FacilityType t : FacilityType.values()) {
      for (int i = 0; i < facilitiesPerType; i++) {
        facilities.add(
            new ServicePoint(
                t.code() + "-" + i,
                t,
                t.nameZh() + i,
                FACTORY.createPoint(
                    new Coordinate(rnd.nextDouble() * width, rnd.nextDouble() * height))));
      }
    }
    return new SyntheticNetwork(roads, cells, facilities, Math.max(width, height));
  }

  private static RoadSegment street(Coordinate[] pts, int index) {
    RoadClass cls =
        index % 10 == 0 ? RoadClass.TRUNK : index % 5 == 0 ? RoadClass.PRIMARY : RoadClass.LOCAL;
    boolean oneway = cls == RoadClass.LOCAL && index % 7 == 0;
    return new RoadSegment(FACTORY.createLineString(pts), cls, cls.defaultSpeedKmh(), oneway);
  }
}
