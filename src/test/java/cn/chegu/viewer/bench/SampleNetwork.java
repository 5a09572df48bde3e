package cn.chegu.viewer.bench;

import cn.chegu.viewer.analysis.FeatureConversions;
import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.coverage.ServicePoint;
import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.io.GeoJsonFeature;
import cn.chegu.viewer.io.GeoJsonLayerReader;
import cn.chegu.viewer.io.MetricProjection;
import cn.chegu.viewer.network.RoadSegment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Point;

/**
 * The real sample ({@code gis-data/roads, facilities, population}), projected to UTM 50N metres the
 * way {@code analysis.AnalysisDataLoader} does, with 2020 residents.
 */
record SampleNetwork(
    List<RoadSegment> roads, List<ServicePoint> facilities, List<DemandCell> cells) {

  static SampleNetwork load(Path gisData) throws IOException {
    MetricProjection projection = MetricProjection.UTM_50N;
    List<RoadSegment> roads = new ArrayList<>();
    for (GeoJsonFeature f : read(gisData, "roads")) {
      roads.addAll(FeatureConversions.roadSegments(f.geometry(), f.properties()));
    }
    List<ServicePoint> facilities = new ArrayList<>();
    for (GeoJsonFeature f : read(gisData, "facilities")) {
      Object name = f.properties().get("name_zh");
      facilities.add(
          new ServicePoint(
              f.id(),
              FacilityType.fromCode(String.valueOf(f.properties().get("type"))),
              name == null ? "" : name.toString(),
              (Point) projection.toMetric(f.geometry())));
    }
    List<DemandCell> cells = new ArrayList<>();
    for (GeoJsonFeature f : read(gisData, "population")) {
      cells.add(
          FeatureConversions.demandCell(
              f.id(), f.geometry(), f.properties(), PopulationYear.Y2020));
    }
    return new SampleNetwork(roads, facilities, cells);
  }

  private static List<GeoJsonFeature> read(Path dir, String layer) throws IOException {
    String file = layer + ".geojson";
    return new GeoJsonLayerReader().read(file, Files.readAllBytes(dir.resolve(file)));
  }
}
