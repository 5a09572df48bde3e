package cn.chegu.viewer.io;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Moves geometries between WGS84 longitude/latitude (EPSG:4326, how everything is stored and
 * served) and the metric CRS an analysis runs in: one per planning area (the UTM zone of its
 * centroid, {@code area.AreaCrs}). For the 车谷 sample that is UTM zone 50N (EPSG:32650), whose
 * central meridian 117°E lies about 3° east of the zone, so scale error stays below 0.04 % there.
 *
 * <p>Instances are immutable and thread-safe: each call creates its own proj4j transform, which
 * proj4j does not guarantee to be thread-safe.
 */
public final class MetricProjection {

  /** EPSG code of the metric CRS of the 车谷 sample (the default area). */
  public static final int METRIC_EPSG = 32650;

  private static final CRSFactory CRS_FACTORY = new CRSFactory();
  private static final CoordinateReferenceSystem WGS84 = CRS_FACTORY.createFromName("EPSG:4326");
  private static final CoordinateTransformFactory TRANSFORMS = new CoordinateTransformFactory();
  private static final Map<Integer, MetricProjection> BY_EPSG = new ConcurrentHashMap<>();

  /** The projection of the 车谷 sample, UTM 50N (EPSG:32650). */
  public static final MetricProjection UTM_50N = of(METRIC_EPSG);

  private final int epsg;
  private final CoordinateReferenceSystem metric;

  private MetricProjection(int epsg) {
    this.epsg = epsg;
    this.metric = CRS_FACTORY.createFromName("EPSG:" + epsg);
    if (metric.getProjection() instanceof org.locationtech.proj4j.proj.LongLatProjection) {
      throw new IllegalArgumentException("EPSG:" + epsg + " is not a projected (metric) CRS");
    }
  }

  /**
   * The projection to the metric CRS {@code EPSG:epsg} (one shared instance per code).
   *
   * @throws IllegalArgumentException when proj4j does not know the code or it is not in metres
   */
  public static MetricProjection of(int epsg) {
    return BY_EPSG.computeIfAbsent(epsg, MetricProjection::new);
  }

  /** EPSG code of the metric CRS. */
  public int epsg() {
    return epsg;
  }

  /** A copy of {@code lonLat} (EPSG:4326, x = longitude) in metres. */
  public Geometry toMetric(Geometry lonLat) {
    return transform(lonLat, TRANSFORMS.createTransform(WGS84, metric), epsg);
  }

  /** A copy of {@code metric} (metres) in longitude/latitude (EPSG:4326). */
  public Geometry toLonLat(Geometry metric) {
    return transform(metric, TRANSFORMS.createTransform(this.metric, WGS84), 4326);
  }

  /** One longitude/latitude position in metres: {@code [x, y]}. */
  public Coordinate toMetric(double lon, double lat) {
    ProjCoordinate out = new ProjCoordinate();
    TRANSFORMS.createTransform(WGS84, metric).transform(new ProjCoordinate(lon, lat), out);
    return new Coordinate(out.x, out.y);
  }

  /** One metric position in longitude/latitude: {@code [lon, lat]}. */
  public Coordinate toLonLat(double x, double y) {
    ProjCoordinate out = new ProjCoordinate();
    TRANSFORMS.createTransform(metric, WGS84).transform(new ProjCoordinate(x, y), out);
    return new Coordinate(out.x, out.y);
  }

  private static Geometry transform(Geometry source, CoordinateTransform transform, int srid) {
    Geometry copy = source.copy();
    ProjCoordinate in = new ProjCoordinate();
    ProjCoordinate out = new ProjCoordinate();
    copy.apply(
        new CoordinateSequenceFilter() {
          @Override
          public void filter(CoordinateSequence seq, int i) {
            in.x = seq.getX(i);
            in.y = seq.getY(i);
            transform.transform(in, out);
            seq.setOrdinate(i, 0, out.x);
            seq.setOrdinate(i, 1, out.y);
          }

          @Override
          public boolean isDone() {
            return false;
          }

          @Override
          public boolean isGeometryChanged() {
            return true;
          }
        });
    copy.setSRID(srid);
    return copy;
  }
}
