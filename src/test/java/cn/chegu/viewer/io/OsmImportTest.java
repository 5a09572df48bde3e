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
    return read("small.osm", target);
  }

  private SourceLayer read(String fixture, String target) throws Exception {
    Path file = Path.of(getClass().getResource("/fixtures/osm/" + fixture).toURI());
    Path copy = Files.copy(file, work.resolve(fixture));
    return new ImportFiles(SafeArchive.defaults())
        .read(copy, fixture, new ReadOptions(null, null, target), work);
  }

  private SourceLayer readText(String osmXml) throws Exception {
    Path file = Files.writeString(work.resolve("inline.osm"), osmXml);
    return new ImportFiles(SafeArchive.defaults())
        .read(file, "inline.osm", ReadOptions.DEFAULTS, work);
  }

  @Test
  void everyHighwayWayOfTheHandDrawnFileIsImportedOrCounted() throws Exception {
    // ways 10-14 are roads, 16 is highway=proposed, 15 a building (no highway: not counted)
    OsmWays ways = read("roads").osmWays();
    assertThat(ways.highwayWays()).isEqualTo(6);
    assertThat(ways.imported()).isEqualTo(5);
    assertThat(ways.skipped()).containsExactly(Map.entry("highway=proposed", 1));
  }

  /**
   * A real extract (moscow-cut.osm, ODbL, see fixtures/osm/LICENSE.md): the ways carrying {@code
   * highway} are counted here with a DOM parser, independently of the reader, and every one of them
   * is imported or skipped with a reason.
   */
  @Test
  void everyHighwayWayOfARealExtractIsImportedOrCounted() throws Exception {
    Path file = Path.of(getClass().getResource("/fixtures/osm/moscow-cut.osm").toURI());
    org.w3c.dom.Document dom =
        javax.xml.parsers.DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(file.toFile());
    java.util.Set<String> nodes = new java.util.HashSet<>();
    org.w3c.dom.NodeList nodeList = dom.getElementsByTagName("node");
    for (int i = 0; i < nodeList.getLength(); i++) {
      nodes.add(((org.w3c.dom.Element) nodeList.item(i)).getAttribute("id"));
    }
    int highwayWays = 0;
    int construction = 0;
    int cut = 0;
    org.w3c.dom.NodeList wayList = dom.getElementsByTagName("way");
    for (int i = 0; i < wayList.getLength(); i++) {
      org.w3c.dom.Element way = (org.w3c.dom.Element) wayList.item(i);
      String highway = null;
      org.w3c.dom.NodeList tags = way.getElementsByTagName("tag");
      for (int t = 0; t < tags.getLength(); t++) {
        org.w3c.dom.Element tag = (org.w3c.dom.Element) tags.item(t);
        if (tag.getAttribute("k").equals("highway")) {
          highway = tag.getAttribute("v");
        }
      }
      if (highway == null) {
        continue;
      }
      highwayWays++;
      construction += highway.equals("construction") ? 1 : 0;
      int present = 0;
      org.w3c.dom.NodeList refs = way.getElementsByTagName("nd");
      for (int r = 0; r < refs.getLength(); r++) {
        present += nodes.contains(((org.w3c.dom.Element) refs.item(r)).getAttribute("ref")) ? 1 : 0;
      }
      cut += present < 2 && OsmRoads.HIGHWAYS.containsKey(highway) ? 1 : 0;
    }

    SourceLayer layer = read("moscow-cut.osm", "roads");
    OsmWays ways = layer.osmWays();

    assertThat(highwayWays).isGreaterThan(50);
    assertThat(ways.highwayWays()).isEqualTo(highwayWays);
    assertThat(ways.imported()).isEqualTo(layer.features().size());
    assertThat(ways.imported() + ways.skipped().values().stream().mapToInt(i -> i).sum())
        .isEqualTo(highwayWays);
    assertThat(construction).isEqualTo(1); // grep -c 'v="construction"' moscow-cut.osm
    assertThat(ways.skipped())
        .containsEntry("highway=construction", construction)
        .containsEntry(OsmWays.CUT_BY_EXTRACT, cut);
    assertThat(layer.warnings()).anyMatch(w -> w.contains("highway=construction"));
  }

  /** The access tags the routing uses, on a file small enough to read at a glance. */
  @Test
  void accessTagsDecideWhoMayUseARoad() throws Exception {
    String xml =
        """
        <osm version="0.6">
          <node id="1" lat="30.40" lon="114.10"/><node id="2" lat="30.40" lon="114.11"/>
          <way id="1"><nd ref="1"/><nd ref="2"/><tag k="highway" v="trunk"/></way>
          <way id="2"><nd ref="1"/><nd ref="2"/><tag k="highway" v="trunk_link"/></way>
          <way id="3"><nd ref="1"/><nd ref="2"/><tag k="highway" v="steps"/></way>
          <way id="4"><nd ref="1"/><nd ref="2"/><tag k="highway" v="residential"/>
            <tag k="access" v="private"/></way>
          <way id="5"><nd ref="1"/><nd ref="2"/><tag k="highway" v="residential"/>
            <tag k="access" v="no"/><tag k="foot" v="yes"/></way>
          <way id="6"><nd ref="1"/><nd ref="2"/><tag k="highway" v="primary"/>
            <tag k="foot" v="no"/></way>
          <way id="7"><nd ref="1"/><nd ref="2"/><tag k="highway" v="service"/>
            <tag k="motor_vehicle" v="no"/></way>
          <way id="8"><nd ref="1"/><nd ref="2"/><tag k="highway" v="platform"/></way>
        </osm>
        """;
    SourceLayer layer = readText(xml);
    Map<String, Map<String, Object>> p =
        layer.features().stream()
            .collect(Collectors.toMap(SourceFeature::id, SourceFeature::properties));
    assertThat(p.get("osm-way-1")).containsEntry("foot", false).containsEntry("motor", true);
    assertThat(p.get("osm-way-2")).containsEntry("foot", false).containsEntry("motor", true);
    assertThat(p.get("osm-way-3")).containsEntry("foot", true).containsEntry("motor", false);
    assertThat(p.get("osm-way-4")).containsEntry("foot", false).containsEntry("motor", false);
    assertThat(p.get("osm-way-5")).containsEntry("foot", true).containsEntry("motor", false);
    assertThat(p.get("osm-way-6")).containsEntry("foot", false).containsEntry("motor", true);
    assertThat(p.get("osm-way-7")).containsEntry("foot", true).containsEntry("motor", false);
    assertThat(layer.osmWays().skipped()).containsExactly(Map.entry("highway=platform", 1));

    // the routing follows them: the foot=no primary alone carries no walker, a car drives it
    SourceFeature primary =
        layer.features().stream().filter(f -> f.id().equals("osm-way-6")).findFirst().get();
    RoadGraph graph =
        new RoadGraphBuilder(1.0)
            .build(FeatureConversions.roadSegments(primary.geometry(), primary.properties()));
    Coordinate a = MetricProjection.UTM_50N.toMetric(114.10, 30.40);
    Coordinate b = MetricProjection.UTM_50N.toMetric(114.11, 30.40);
    assertThat(
            ShortestPathTree.grow(graph, TravelMode.walk(4), List.of(a), Duration.ZERO, null)
                .reach(b)
                .reachable())
        .isFalse();
    assertThat(
            ShortestPathTree.grow(graph, TravelMode.drive(), List.of(a), Duration.ZERO, null)
                .reach(b)
                .reachable())
        .isTrue();
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
