package cn.chegu.viewer.bench;

import cn.chegu.viewer.analysis.FeatureConversions;
import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.coverage.ServicePoint;
import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.io.MetricProjection;
import cn.chegu.viewer.network.RoadSegment;
import cn.chegu.viewer.store.StoredFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Point;

/**
 * The real sample ({@code gis-data/roads, facilities, population}), projected to UTM 50N metres the
 * way {@code analysis.AnalysisDataLoader} does, with 2020 residents.
 */
record SampleNetwork(
    List<RoadSegment> roads, List<ServicePoint> facilities, List<DemandCell> cells) {

  static SampleNetwork load(Path gisData) throws IOException {
    MetricProjection projection = MetricProjection.UTM_50N;
    Map<String, List<StoredFeature>> layers = SampleLayers.read(gisData);
    List<RoadSegment> roads = new ArrayList<>();
    for (StoredFeature f : layers.get("roads")) {
      roads.addAll(FeatureConversions.roadSegments(f.geometry(), f.properties()));
    }
    List<ServicePoint> facilities = new ArrayList<>();
    for (StoredFeature f : layers.get("facilities")) {
      Object name = f.properties().get("name_zh");
      facilities.add(
          new ServicePoint(
              f.id(),
              FacilityType.fromCode(String.valueOf(f.properties().get("type"))),
              name == null ? "" : name.toString(),
              (Point) projection.toMetric(f.geometry())));
    }
    List<DemandCell> cells = new ArrayList<>();
    for (StoredFeature f : layers.get("population")) {
      cells.add(
          FeatureConversions.demandCell(
              f.id(), f.geometry(), f.properties(), PopulationYear.Y2020));
    }
    return new SampleNetwork(roads, facilities, cells);
  }
}
