package cn.chegu.viewer.analysis;

import cn.chegu.viewer.area.AdminUnits;
import cn.chegu.viewer.area.Area;
import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.coverage.ServicePoint;
import cn.chegu.viewer.facility.Facility;
import cn.chegu.viewer.facility.FacilityCatalog;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.io.MetricProjection;
import cn.chegu.viewer.network.RoadGraph;
import cn.chegu.viewer.network.RoadSegment;
import cn.chegu.viewer.store.FeatureStore;
import cn.chegu.viewer.store.StoredFeature;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Reads the store's layers into an {@link AnalysisData} snapshot (projected to metres). */
@Component
class AnalysisDataLoader {

  private static final Logger log = LoggerFactory.getLogger(AnalysisDataLoader.class);

  /** Roads closer than this are one junction (the sample is noded; real imports may not be). */
  static final double SNAP_TOLERANCE_METERS = 1.0;

  /** Points this far outside the zone are still answered (the zone edge is schematic). */
  static final double ZONE_MARGIN_METERS = 2_000;

  private final FeatureStore store;
  private final FacilityCatalog facilities;

  AnalysisDataLoader(FeatureStore store, FacilityCatalog facilities) {
    this.store = store;
    this.facilities = facilities;
  }

  /** The snapshot of the current area ({@link AreaScope}). */
  AnalysisData load() {
    long start = System.nanoTime();
    Area area = AreaScope.current();
    MetricProjection projection = area.projection();
    RoadNetworks roads = roads(store.allFeatures("roads"), projection);
    RoadGraph graph = roads.graph(FacilitySet.EXISTING);
    Geometry zone =
        projection.toMetric(
            new GeometryFactory()
                .buildGeometry(store.allFeatures("zone").stream().map(f -> f.geometry()).toList())
                .union());
    List<StoredFeature> population = store.allFeatures("population");
    Cells cells = cells(population, projection, zone, adminUnits(projection), area.name());
    List<Facility> baseline = facilities.all();
    AnalysisData data =
        new AnalysisData(
            area,
            projection,
            roads,
            baseline,
            servicePoints(baseline, projection),
            cells.inside(),
            zone,
            PreparedGeometryFactory.prepare(zone.buffer(ZONE_MARGIN_METERS)),
            PreparedGeometryFactory.prepare(water(projection)),
            cells.outside());
    log.info(
        "Analysis data of area {} ({}): existing roads {} nodes, {} edges, {} components; {} facilities, {} cells"
            + " in {} ms",
        area.id(),
        area.crs(),
        graph.nodeCount(),
        graph.edgeCount(),
        graph.componentCount(),
        baseline.size(),
        population.size(),
        (System.nanoTime() - start) / 1_000_000);
    return data;
  }

  /** Facilities (WGS84) as service points in metres of {@code projection}. */
  static List<ServicePoint> servicePoints(List<Facility> list, MetricProjection projection) {
    GeometryFactory factory = new GeometryFactory();
    List<ServicePoint> out = new ArrayList<>(list.size());
    for (Facility f : list) {
      Point p = factory.createPoint(projection.toMetric(f.lon(), f.lat()));
      out.add(new ServicePoint(f.id(), f.type(), f.nameZh() == null ? f.nameEn() : f.nameZh(), p));
    }
    return out;
  }

  /** Road features (WGS84) as the road graphs of every set, in metres of {@code projection}. */
  static RoadNetworks roads(List<StoredFeature> features, MetricProjection projection) {
    List<RoadSegment> out = new ArrayList<>();
    List<String> statuses = new ArrayList<>();
    for (StoredFeature f : features) {
      List<RoadSegment> parts =
          FeatureConversions.roadSegments(f.geometry(), f.properties(), projection);
      Object status = f.properties().get("status");
      for (RoadSegment part : parts) {
        out.add(part);
        statuses.add(status == null ? null : status.toString());
      }
    }
    return new RoadNetworks(out, statuses, SNAP_TOLERANCE_METERS);
  }

  /** The water polygons in metres (lines and points of the layer ignored). */
  private Geometry water(MetricProjection projection) {
    List<Geometry> polygons = new ArrayList<>();
    if (store.layer("water").isPresent()) {
      for (StoredFeature f : store.allFeatures("water")) {
        Geometry g = projection.toMetric(f.geometry());
        if (g.getDimension() == 2) {
          polygons.add(g);
        }
      }
    }
    return new GeometryFactory().buildGeometry(polygons);
  }

  /** The admin units ({@code subdistricts}) in metres; none when the area has no such layer. */
  AdminUnits adminUnits(MetricProjection projection) {
    List<AdminUnits.Unit> units = new ArrayList<>();
    for (StoredFeature f : store.allFeaturesIfAny("subdistricts")) {
      String name = f.nameZh() != null && !f.nameZh().isBlank() ? f.nameZh() : f.id();
      units.add(new AdminUnits.Unit(name, projection.toMetric(f.geometry())));
    }
    return AdminUnits.of(units);
  }

  /** The cells inside the zone per year, and what was left out. */
  record Cells(Map<PopulationYear, List<DemandCell>> inside, OutsideBoundary outside) {}

  /**
   * Population cells per year, derived from the layers as they are now: a cell whose interior point
   * lies outside the zone is left out (counted in {@link OutsideBoundary}); a cell without {@code
   * subdistrict} takes the admin unit around its interior point (spatial join), else the area's
   * name — never "" (one nameless row in every per-unit table).
   */
  static Cells cells(
      List<StoredFeature> population,
      MetricProjection projection,
      Geometry zone,
      AdminUnits units,
      String areaName) {
    PreparedGeometry boundary = zone.isEmpty() ? null : PreparedGeometryFactory.prepare(zone);
    GeometryFactory factory = new GeometryFactory();
    Map<PopulationYear, List<DemandCell>> inside = new EnumMap<>(PopulationYear.class);
    Map<PopulationYear, Long> outsideResidents = new EnumMap<>(PopulationYear.class);
    for (PopulationYear year : PopulationYear.values()) {
      inside.put(year, new ArrayList<>(population.size()));
      outsideResidents.put(year, 0L);
    }
    int outsideCells = 0;
    for (StoredFeature f : population) {
      Boolean out = null; // decided on the first year's cell: the geometry is the same every year
      for (PopulationYear year : PopulationYear.values()) {
        DemandCell c =
            FeatureConversions.demandCell(f.id(), f.geometry(), f.properties(), year, projection);
        if (out == null) {
          out = boundary != null && !boundary.covers(factory.createPoint(c.location()));
          outsideCells += out ? 1 : 0;
        }
        if (out) {
          outsideResidents.merge(year, c.residents(), Long::sum);
        } else if (c.area().isBlank()) {
          String unit = units.at(c.location());
          inside
              .get(year)
              .add(
                  new DemandCell(
                      c.id(), c.geometry(), c.residents(), unit != null ? unit : areaName));
        } else {
          inside.get(year).add(c);
        }
      }
    }
    return new Cells(inside, new OutsideBoundary(outsideCells, outsideResidents));
  }
}
