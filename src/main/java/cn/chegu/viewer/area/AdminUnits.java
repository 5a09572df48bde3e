package cn.chegu.viewer.area;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The admin units of an area (街道, 乡镇 or any unit its {@code subdistricts} layer holds), for the one
 * spatial join every derived "which unit?" uses: the unit whose polygon covers a point (a cell's or
 * facility's interior point). Where units overlap, the first in the given order wins, so the answer
 * never depends on the index. Any CRS, as long as units and points share it.
 */
public final class AdminUnits {

  /** One unit: its name (the layer's {@code name_zh}, else its id) and polygon. */
  public record Unit(String name, Geometry geometry) {}

  private record Indexed(int order, String name, PreparedGeometry geometry) {}

  private static final GeometryFactory FACTORY = new GeometryFactory();

  private final STRtree index = new STRtree();
  private final int size;

  private AdminUnits(List<Unit> units) {
    int i = 0;
    for (Unit u : units) {
      if (u.geometry().getDimension() == 2) {
        index.insert(
            u.geometry().getEnvelopeInternal(),
            new Indexed(i++, u.name(), PreparedGeometryFactory.prepare(u.geometry())));
      }
    }
    size = i;
    index.build();
  }

  /** The units (lines and points among them are ignored: they hold no area). */
  public static AdminUnits of(List<Unit> units) {
    return new AdminUnits(units);
  }

  /** Whether there is no unit to join with. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** The name of the unit covering {@code p}, or null when it lies in none. */
  public String at(Coordinate p) {
    if (size == 0) {
      return null;
    }
    Point point = FACTORY.createPoint(p);
    List<Indexed> hits = new ArrayList<>();
    for (Object o : index.query(point.getEnvelopeInternal())) {
      Indexed u = (Indexed) o;
      if (u.geometry().covers(point)) {
        hits.add(u);
      }
    }
    return hits.stream()
        .min((a, b) -> Integer.compare(a.order(), b.order()))
        .map(Indexed::name)
        .orElse(null);
  }
}
