package cn.chegu.viewer.analysis;

import cn.chegu.viewer.coverage.AreaOutline;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.coverage.CoverageModel;
import cn.chegu.viewer.coverage.CoverageOp;
import cn.chegu.viewer.coverage.CoverageResult;
import cn.chegu.viewer.coverage.Gap;
import cn.chegu.viewer.coverage.GapOp;
import cn.chegu.viewer.coverage.PointCoverage;
import cn.chegu.viewer.coverage.ServiceAreas;
import cn.chegu.viewer.coverage.ServicePoint;
import cn.chegu.viewer.facility.Facility;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.io.MetricProjection;
import cn.chegu.viewer.network.ServiceArea;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.stereotype.Service;

/**
 * Coverage of the baseline (cached per standard, method and year) and of any other set of
 * facilities (a scenario; computed on demand). The analysis snapshot is read from the store once,
 * on first use; {@link #refresh()} drops it and every cached result.
 */
@Service
public class CoverageService {

  /** Walk offset of network-buffer service areas: the last few metres off the street. */
  public static final double SERVICE_AREA_OFFSET_METERS = 60;

  /** Radius drawn around point-shaped demand cells in gap polygons (half a 250 m cell). */
  static final double POINT_CELL_RADIUS_METERS = 125;

  /** Grid cell of map outlines when the request names none (≈ one screen pixel at zoom 13). */
  public static final double MAP_TOLERANCE_METERS = 20;

  /** Distinct (standard, method, bands, outline) service-area answers kept at most. */
  static final int MAX_CACHED_SERVICE_AREAS = 64;

  private final AnalysisDataLoader loader;
  private final StandardCatalog standards;
  private volatile AnalysisData data;
  private final Map<String, CoverageModel> models = new ConcurrentHashMap<>();
  private final Map<String, CoverageResult> results = new ConcurrentHashMap<>();
  private final Map<String, List<ServiceArea>> serviceAreas = new ConcurrentHashMap<>();

  public CoverageService(AnalysisDataLoader loader, StandardCatalog standards) {
    this.loader = loader;
    this.standards = standards;
  }

  /** The analysis snapshot, loaded on first use. */
  public AnalysisData data() {
    AnalysisData d = data;
    if (d == null) {
      synchronized (this) {
        if (data == null) {
          data = loader.load();
        }
        d = data;
      }
    }
    return d;
  }

  /** Drops the snapshot and all cached results (after the store's data changed). */
  public synchronized void refresh() {
    data = null;
    models.clear();
    results.clear();
    serviceAreas.clear();
  }

  public StandardCatalog standards() {
    return standards;
  }

  /** Baseline coverage. */
  public CoverageResult coverage(String code, CoverageMethod method, PopulationYear year) {
    ServiceStandard standard = standards.get(code);
    return results.computeIfAbsent(
        code + "/" + method + "/" + year,
        k -> CoverageOp.compute(model(standard, method), data().cells().get(year)));
  }

  /** Coverage with other facilities (WGS84), e.g. those of a scenario. Not cached. */
  public CoverageResult coverage(
      String code, CoverageMethod method, PopulationYear year, List<Facility> facilities) {
    ServiceStandard standard = standards.get(code);
    List<ServicePoint> points = loader.servicePoints(facilities);
    return CoverageOp.compute(data().graph(), points, data().cells().get(year), standard, method);
  }

  /** Gaps of the baseline coverage, rank 1 (most residents) first, in metres. */
  public List<Gap> gaps(String code, CoverageMethod method, PopulationYear year) {
    return new GapOp(POINT_CELL_RADIUS_METERS)
        .compute(coverage(code, method, year), data().cells().get(year));
  }

  /**
   * Service areas of the baseline in the given bands, in metres, drawn as {@code outline} asks
   * ({@code toleranceMeters}: the grid cell of a map outline); cached, since an exact driving
   * network buffer costs ~0.1 s to build (see the bench) and the map asks for the same bands
   * repeatedly.
   */
  public List<ServiceArea> serviceAreas(
      String code,
      CoverageMethod method,
      List<Duration> bands,
      AreaOutline outline,
      double toleranceMeters) {
    ServiceStandard standard = standards.get(code);
    AnalysisData d = data();
    if (serviceAreas.size() >= MAX_CACHED_SERVICE_AREAS) {
      serviceAreas.clear(); // arbitrary bands must not grow the cache without bound
    }
    return serviceAreas.computeIfAbsent(
        code + "/" + method + "/" + bands + "/" + outline + "/" + toleranceMeters,
        k ->
            ServiceAreas.compute(
                d.graph(),
                d.facilities(),
                standard,
                method,
                bands,
                SERVICE_AREA_OFFSET_METERS,
                outline,
                toleranceMeters));
  }

  /**
   * The bands the map asks for by default (as {@code web/js/standards.js} does): thirds of the
   * standard's time (15 → 5, 10, 15), halves up to 10 minutes, one band up to 5.
   */
  public static List<Duration> defaultBands(ServiceStandard s) {
    double m = s.minutes();
    List<Double> minutes =
        m <= 5
            ? List.of(m)
            : m <= 10
                ? List.of(m / 2, m)
                : List.of((double) Math.round(m / 3), (double) Math.round(2 * m / 3), m);
    return minutes.stream().map(x -> Duration.ofMillis(Math.round(x * 60_000))).toList();
  }

  /** How a WGS84 point is served by the baseline. */
  public PointCoverage at(double lon, double lat, String code, CoverageMethod method) {
    ServiceStandard standard = standards.get(code);
    Coordinate p = MetricProjection.UTM_50N.toMetric(lon, lat);
    if (!data().zoneWithMargin().contains(new GeometryFactory().createPoint(p))) {
      throw new OutsideZoneException(
          "the point "
              + lon
              + ","
              + lat
              + " lies outside the zone (more than "
              + (int) AnalysisDataLoader.ZONE_MARGIN_METERS
              + " m beyond its edge)");
    }
    return model(standard, method).at(p);
  }

  private CoverageModel model(ServiceStandard standard, CoverageMethod method) {
    AnalysisData d = data();
    return models.computeIfAbsent(
        standard.code() + "/" + method,
        k -> new CoverageModel(d.graph(), d.facilities(), standard, method));
  }
}
