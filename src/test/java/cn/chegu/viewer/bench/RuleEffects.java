package cn.chegu.viewer.bench;

import cn.chegu.viewer.analysis.FeatureConversions;
import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.coverage.CoverageModel;
import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.facility.ServiceStandards;
import cn.chegu.viewer.io.MetricProjection;
import cn.chegu.viewer.network.EdgeLocation;
import cn.chegu.viewer.network.RoadClass;
import cn.chegu.viewer.network.RoadGraph;
import cn.chegu.viewer.network.RoadGraphBuilder;
import cn.chegu.viewer.network.RoadSegment;
import cn.chegu.viewer.network.ShortestPathTree;
import cn.chegu.viewer.network.TravelMode;
import cn.chegu.viewer.store.StoredFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;

/**
 * Which travel rule moved which share: the network share of every default standard on the real
 * sample (2020), switching the travel rules on one at a time — (0) the former rules: plan
 * facilities and roads, walkers on every road class, every access leg walked at 4 km/h, no snap
 * limit; (1) vehicles drive their access leg (20 km/h); (2) walkers off expressways (snapping and
 * travel); (3) snap limit 500 m (= today's rules, plan set); (4) existing facilities and roads. Run
 * from the project root:
 *
 * <pre>
 * mvn -B -o -q test-compile &amp;&amp; mvn -B -o -q org.codehaus.mojo:exec-maven-plugin:3.5.1:java \
 *     -Dexec.classpathScope=test -Dexec.mainClass=cn.chegu.viewer.bench.RuleEffects
 * </pre>
 */
public final class RuleEffects {

  private RuleEffects() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of("gis-data");
    List<RoadSegment> roads = new ArrayList<>();
    List<String> roadStatus = new ArrayList<>();
    for (StoredFeature f : read(dir, "roads")) {
      for (RoadSegment s : FeatureConversions.roadSegments(f.geometry(), f.properties())) {
        roads.add(s);
        roadStatus.add(String.valueOf(f.properties().get("status")));
      }
    }
    List<StoredFeature> facilities = read(dir, "facilities");
    List<DemandCell> cells = new ArrayList<>();
    for (StoredFeature f : read(dir, "population")) {
      cells.add(
          FeatureConversions.demandCell(
              f.id(), f.geometry(), f.properties(), PopulationYear.Y2020));
    }
    RoadGraph plan = graph(roads, roadStatus, FacilitySet.PLAN);
    RoadGraph existing = graph(roads, roadStatus, FacilitySet.EXISTING);
    System.out.println(
        "| standard | (0) former rules, plan | (1) vehicles drive access leg | (2) walkers off"
            + " expressways | (3) snap ≤ 500 m = today, plan | (4) today, existing |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (ServiceStandard s : ServiceStandards.defaults()) {
      TravelMode today = CoverageModel.travelMode(s);
      boolean walk = s.mode() == ServiceStandard.Mode.WALK;
      TravelMode former =
          new TravelMode(
              today.kind(),
              today.walkSpeedKmh(),
              today.speedFactor(),
              EnumSet.allOf(RoadClass.class),
              TravelMode.DEFAULT_WALK_SPEED_KMH * (walk ? today.walkSpeedKmh() / 4.0 : 1),
              1e9);
      TravelMode driven = walk ? former : former.withAccess(today.accessSpeedKmh(), 1e9);
      TravelMode offExpressways =
          new TravelMode(
              driven.kind(),
              driven.walkSpeedKmh(),
              driven.speedFactor(),
              today.roadClasses(),
              driven.accessSpeedKmh(),
              1e9);
      System.out.printf(
          Locale.ROOT,
          "| %s | %s | %s | %s | %s | %s |%n",
          s.code(),
          share(plan, former, s, facilities, FacilitySet.PLAN, cells),
          share(plan, driven, s, facilities, FacilitySet.PLAN, cells),
          share(plan, offExpressways, s, facilities, FacilitySet.PLAN, cells),
          share(plan, today, s, facilities, FacilitySet.PLAN, cells),
          share(existing, today, s, facilities, FacilitySet.EXISTING, cells));
    }
  }

  private static RoadGraph graph(List<RoadSegment> roads, List<String> status, FacilitySet set) {
    List<RoadSegment> in = new ArrayList<>();
    for (int i = 0; i < roads.size(); i++) {
      if (set.includes(status.get(i))) {
        in.add(roads.get(i));
      }
    }
    return new RoadGraphBuilder(1.0).build(in);
  }

  /** Network share with an explicit mode: covered when every required group is within time. */
  private static String share(
      RoadGraph g,
      TravelMode mode,
      ServiceStandard s,
      List<StoredFeature> facilities,
      FacilitySet set,
      List<DemandCell> cells) {
    List<List<Coordinate>> groups = new ArrayList<>();
    List<FacilityType> types = s.types().stream().sorted().toList();
    if (s.rule() == ServiceStandard.Rule.EVERY_TYPE) {
      types.forEach(t -> groups.add(points(facilities, set, List.of(t))));
    } else {
      groups.add(points(facilities, set, types));
    }
    List<ShortestPathTree> trees = new ArrayList<>();
    for (List<Coordinate> group : groups) {
      trees.add(ShortestPathTree.grow(g, mode, group, s.dispatchDelay(), s.time()));
    }
    double limit = s.time().toMillis() / 1000.0 + 1e-6;
    long total = 0;
    long covered = 0;
    for (DemandCell c : cells) {
      total += c.residents();
      EdgeLocation loc = g.locator(mode).locate(c.location());
      boolean ok = true;
      for (ShortestPathTree t : trees) {
        ok &= t.reach(loc).seconds() <= limit;
      }
      covered += ok ? c.residents() : 0;
    }
    return String.format(Locale.ROOT, "%.1f %%", 100.0 * covered / total);
  }

  private static List<Coordinate> points(
      List<StoredFeature> facilities, FacilitySet set, List<FacilityType> types) {
    List<Coordinate> out = new ArrayList<>();
    for (StoredFeature f : facilities) {
      FacilityType t = FacilityType.fromCode(String.valueOf(f.properties().get("type")));
      Object status = f.properties().get("status");
      if (types.contains(t) && set.includes(status == null ? null : status.toString())) {
        out.add(MetricProjection.UTM_50N.toMetric(f.geometry()).getInteriorPoint().getCoordinate());
      }
    }
    return out;
  }

  private static List<StoredFeature> read(Path dir, String layer) {
    return SampleLayers.read(dir).get(layer);
  }
}
