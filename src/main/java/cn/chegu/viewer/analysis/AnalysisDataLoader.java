package cn.chegu.viewer.analysis;

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
  private final MetricProjection projection = MetricProjection.UTM_50N;

  AnalysisDataLoader(FeatureStore store, FacilityCatalog facilities) {
    this.store = store;
    this.facilities = facilities;
  }

  AnalysisData load() {
    long start = System.nanoTime();
    RoadNetworks roads = roads();
    RoadGraph graph = roads.graph(FacilitySet.EXISTING);
    Map<PopulationYear, List<DemandCell>> cells = new EnumMap<>(PopulationYear.class);
    List<StoredFeature> population = store.allFeatures("population");
    for (PopulationYear year : PopulationYear.values()) {
      cells.put(year, cells(population, year));
    }
    Geometry zone = projection.toMetric(store.allFeatures("zone").get(0).geometry());
    List<Facility> baseline = facilities.all();
    AnalysisData data =
        new AnalysisData(
            roads,
            baseline,
            servicePoints(baseline),
            cells,
            zone,
            PreparedGeometryFactory.prepare(zone.buffer(ZONE_MARGIN_METERS)),
            PreparedGeometryFactory.prepare(water()));
    log.info(
        "Analysis data: existing roads {} nodes, {} edges, {} components; {} facilities, {} cells"
            + " in {} ms",
        graph.nodeCount(),
        graph.edgeCount(),
        graph.componentCount(),
        baseline.size(),
        population.size(),
        (System.nanoTime() - start) / 1_000_000);
    return data;
  }

  /** Facilities (WGS84) as service points in metres. */
  List<ServicePoint> servicePoints(List<Facility> list) {
    GeometryFactory factory = new GeometryFactory();
    List<ServicePoint> out = new ArrayList<>(list.size());
    for (Facility f : list) {
      Point p = factory.createPoint(projection.toMetric(f.lon(), f.lat()));
      out.add(new ServicePoint(f.id(), f.type(), f.nameZh() == null ? f.nameEn() : f.nameZh(), p));
    }
    return out;
  }

  private RoadNetworks roads() {
    List<RoadSegment> out = new ArrayList<>();
    List<String> statuses = new ArrayList<>();
    for (StoredFeature f : store.allFeatures("roads")) {
      List<RoadSegment> parts = FeatureConversions.roadSegments(f.geometry(), f.properties());
      Object status = f.properties().get("status");
      for (RoadSegment part : parts) {
        out.add(part);
        statuses.add(status == null ? null : status.toString());
      }
    }
    return new RoadNetworks(out, statuses, SNAP_TOLERANCE_METERS);
  }

  /** The water polygons in metres (lines and points of the layer ignored). */
  private Geometry water() {
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

  private List<DemandCell> cells(List<StoredFeature> population, PopulationYear year) {
    List<DemandCell> out = new ArrayList<>(population.size());
    for (StoredFeature f : population) {
      out.add(FeatureConversions.demandCell(f.id(), f.geometry(), f.properties(), year));
    }
    return out;
  }
}
