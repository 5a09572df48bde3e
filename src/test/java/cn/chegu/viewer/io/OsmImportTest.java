package cn.chegu.viewer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.chegu.viewer.analysis.FeatureConversions;
import cn.chegu.viewer.network.RoadGraph;
import cn.chegu.viewer.network.RoadGraphBuilder;
import cn.chegu.viewer.network.RoadSegment;
import cn.chegu.viewer.network.ShortestPathTree;
import cn.chegu.viewer.network.TravelMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

/** The hand-written extract in fixtures/osm/small.osm (drawn there) becomes roads that route. */
class OsmImportTest {

  @TempDir Path work;

  private SourceLayer read(String target) throws Exception {
    Path file = Path.of(getClass().getResource("/fixtures/osm/small.osm").toURI());
    Path copy = Files.copy(file, work.resolve("small.osm"));
    return new ImportFiles(SafeArchive.defaults())
        .read(copy, "small.osm", new ReadOptions(null, null, target), work);
  }

  @Test
  void highwaysBecomeRoadsWithClassSpeedOnewayAndAccess() throws Exception {
    Map<String, SourceFeature> roads =
        read("roads").features().stream().collect(Collectors.toMap(SourceFeature::id, f -> f));
    // the building and the proposed road are not roads
    assertThat(roads.keySet())
        .containsExactlyInAnyOrder(
            "osm-way-10", "osm-way-11", "osm-way-12", "osm-way-13", "osm-way-14");
    Map<String, Object> primary = roads.get("osm-way-10").properties();
    assertThat(primary).containsEntry("class", "primary").containsEntry("oneway", true);
    assertThat(primary).containsEntry("speed_kmh", 50.0).containsEntry("name_zh", "东风大道");
    assertThat(roads.get("osm-way-11").properties())
        .containsEntry("class", "local")
        .containsEntry("speed_kmh", 30.0)
        .containsEntry("oneway", false);
    assertThat(roads.get("osm-way-12").properties()) // motorways: one-way, no pedestrians
        .containsEntry("class", "expressway")
        .containsEntry("oneway", true)
        .containsEntry("foot", false);
    assertThat(roads.get("osm-way-13").properties())
        .containsEntry("motor", false)
        .containsEntry("foot", true);
    // oneway=-1: the line is reversed so that it runs the way traffic may go (node 8 → node 7)
    Coordinate first = roads.get("osm-way-14").geometry().getCoordinates()[0];
    assertThat(first.x).isEqualTo(114.102);
  }

  @Test
  void amenitiesBecomeFacilities() throws Exception {
    List<SourceFeature> facilities = read("facilities").features();
    assertThat(facilities).hasSize(1);
    assertThat(facilities.get(0).properties())
        .containsEntry("type", "community_health_station")
        .containsEntry("name_zh", "沌口诊所");
  }

  @Test
  void oneWayIsRespectedWhenDriving() throws Exception {
    List<RoadSegment> segments = new ArrayList<>();
    for (SourceFeature f : read("roads").features()) {
      segments.addAll(FeatureConversions.roadSegments(f.geometry(), f.properties()));
    }
    RoadGraph graph = new RoadGraphBuilder(1.0).build(segments);
    Coordinate a = MetricProjection.UTM_50N.toMetric(114.100, 30.400);
    Coordinate b = MetricProjection.UTM_50N.toMetric(114.110, 30.400);
    double ab = a.distance(b); // ≈ 961 m on the primary, at 50 km/h
    double abd = a.distance(MetricProjection.UTM_50N.toMetric(114.105, 30.405)) * 2; // via D
    ShortestPathTree fromA =
        ShortestPathTree.grow(graph, TravelMode.drive(), List.of(a), Duration.ZERO, null);
    ShortestPathTree fromB =
        ShortestPathTree.grow(graph, TravelMode.drive(), List.of(b), Duration.ZERO, null);
    assertThat(fromA.reach(b).seconds()).isCloseTo(ab / (50 / 3.6), within(1.0));
    // back from B the one-way primary is closed: the residential detour at 30 km/h
    assertThat(fromB.reach(a).seconds()).isCloseTo(abd / (30 / 3.6), within(2.0));
  }
}
