package cn.chegu.viewer.bench;

import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.coverage.CoverageOp;
import cn.chegu.viewer.coverage.CoverageResult;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.facility.ServiceStandards;
import cn.chegu.viewer.network.RoadGraph;
import cn.chegu.viewer.network.RoadGraphBuilder;
import cn.chegu.viewer.network.ServiceAreaOp;
import cn.chegu.viewer.network.ShortestPathTree;
import cn.chegu.viewer.network.SyntheticNetwork;
import cn.chegu.viewer.network.TravelMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Coordinate;

/**
 * Bench command: graph build, one 10-minute isochrone (walk and drive, from the most central node)
 * and one full coverage recompute per standard, on a synthetic town of ≈ 5,000 edges (the sample's
 * size) and on towns 10× and 100× larger; medians of repeated runs after warm-up. Optionally the
 * same driving distances by pgRouting.
 *
 * <pre>
 * mvn -B -o -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.chegu.viewer.bench.NetworkBench [-Dexec.args="1,10,100"]
 * </pre>
 *
 * System properties: {@code bench.pg.url} (default {@code
 * jdbc:postgresql://127.0.0.1:55433/bench}), {@code bench.pg.user} ({@code postgres}); set {@code
 * bench.pg.url=none} to skip pgRouting.
 */
public final class NetworkBench {

  private static final double SPACING = 300;
  private static final Duration ISO = Duration.ofMinutes(10);

  private NetworkBench() {}

  public static void main(String[] args) throws Exception {
    int[] scales =
        args.length > 0
            ? Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
            : new int[] {1, 10, 100};
    String url = System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:55433/bench");
    PgRoutingRunner pg =
        "none".equals(url)
            ? null
            : PgRoutingRunner.connect(url, System.getProperty("bench.pg.user", "postgres"));
    if (pg != null) {
      System.out.println("pgRouting " + pg.version() + " at " + url);
    } else if ("none".equals(url)) {
      System.out.println("pgRouting: not available (skipped)");
    }
    Map<String, List<Double>> table = new LinkedHashMap<>();
    List<String> header = new ArrayList<>();
    for (int scale : scales) {
      int side = (int) Math.round(Math.sqrt(scale * 2500.0));
      int facilitiesPerType = 20 * scale;
      SyntheticNetwork town = SyntheticNetwork.generate(side, side, SPACING, facilitiesPerType, 42);
      int runs = scale >= 100 ? 3 : scale >= 10 ? 5 : 15;
      int warmups = scale >= 100 ? 1 : scale >= 10 ? 3 : 10;
      RoadGraph g = new RoadGraphBuilder(0.5).build(town.roads());
      header.add(
          String.format(
              Locale.ROOT,
              "%d× (%,d edges, %,d cells)",
              scale,
              g.edgeCount(),
              town.cells().size()));
      System.out.printf(
          Locale.ROOT,
          "scale %d: %d nodes, %d edges, %d components, %d cells, %d facilities%n",
          scale,
          g.nodeCount(),
          g.edgeCount(),
          g.componentCount(),
          town.cells().size(),
          town.facilities().size());

      put(
          table,
          "graph build (noding + CSR)",
          median(warmups, runs, () -> new RoadGraphBuilder(0.5).build(town.roads())));
      int centre = centralNode(g, town.size());
      Coordinate c = g.node(centre);
      ServiceAreaOp areas = new ServiceAreaOp(50);
      for (TravelMode mode : List.of(TravelMode.walk(4), TravelMode.drive())) {
        String m = mode.kind().name().toLowerCase(Locale.ROOT);
        put(
            table,
            "tree, 10 min " + m,
            median(
                warmups,
                runs,
                () -> ShortestPathTree.grow(g, mode, List.of(c), Duration.ZERO, ISO)));
        put(
            table,
            "isochrone polygon, 10 min " + m,
            median(
                warmups,
                runs,
                () ->
                    areas.compute(
                        ShortestPathTree.grow(g, mode, List.of(c), Duration.ZERO, ISO), ISO)));
        if (pg != null) {
          String name = "edges_" + m + "_" + scale;
          pg.load(name, g, mode);
          put(
              table,
              "pgr_drivingDistance, 10 min " + m,
              median(
                  1,
                  runs,
                  () -> {
                    try {
                      return pg.drivingDistance(name, centre, ISO.toSeconds());
                    } catch (java.sql.SQLException e) {
                      throw new IllegalStateException(e);
                    }
                  }));
        }
      }
      for (ServiceStandard s : ServiceStandards.defaults()) {
        for (CoverageMethod method : CoverageMethod.values()) {
          CoverageResult[] last = new CoverageResult[1];
          double ms =
              median(
                  warmups,
                  runs,
                  () ->
                      last[0] = CoverageOp.compute(g, town.facilities(), town.cells(), s, method));
          put(table, "coverage " + s.code() + " " + method.code(), ms);
          System.out.printf(
              Locale.ROOT, "  %-14s %-9s share %.3f%n", s.code(), method.code(), last[0].share());
        }
      }
    }
    print(header, table, scales, pg != null);
    if (pg != null) {
      pg.close();
    }
  }

  private static void put(Map<String, List<Double>> table, String row, double ms) {
    table.computeIfAbsent(row, k -> new ArrayList<>()).add(ms);
  }

  private static double median(int warmups, int runs, Supplier<?> work) {
    for (int i = 0; i < warmups; i++) {
      work.get();
    }
    double[] t = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      work.get();
      t[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(t);
    return t[runs / 2];
  }

  private static int centralNode(RoadGraph g, double size) {
    Coordinate mid = new Coordinate(size / 2, size / 2);
    int best = 0;
    for (int i = 1; i < g.nodeCount(); i++) {
      if (g.node(i).distance(mid) < g.node(best).distance(mid)) {
        best = i;
      }
    }
    return best;
  }

  private static void print(
      List<String> header, Map<String, List<Double>> table, int[] scales, boolean pg) {
    StringBuilder sb = new StringBuilder("\n| median ms | ");
    sb.append(String.join(" | ", header));
    for (int i = 1; i < scales.length; i++) {
      sb.append(" | growth ").append(scales[i]).append('×');
    }
    sb.append(" |\n|---|").append("---:|".repeat(header.size() + scales.length - 1)).append('\n');
    for (var row : table.entrySet()) {
      List<Double> v = row.getValue();
      sb.append("| ").append(row.getKey());
      for (double ms : v) {
        sb.append(String.format(Locale.ROOT, " | %.2f", ms));
      }
      for (int i = 1; i < v.size(); i++) {
        sb.append(String.format(Locale.ROOT, " | %.1f×", v.get(i) / v.get(0)));
      }
      sb.append(" |\n");
    }
    if (scales.length > 1) {
      sb.append("| n·log n reference |").append(" |".repeat(header.size()));
      for (int i = 1; i < scales.length; i++) {
        double n = 5000;
        double r = scales[i] * Math.log(n * scales[i]) / Math.log(n);
        sb.append(String.format(Locale.ROOT, " %.1f× |", r));
      }
      sb.append('\n');
    }
    if (pg) {
      for (String m : List.of("walk", "drive")) {
        List<Double> ours = table.get("tree, 10 min " + m);
        List<Double> poly = table.get("isochrone polygon, 10 min " + m);
        List<Double> theirs = table.get("pgr_drivingDistance, 10 min " + m);
        sb.append("| pgRouting / our tree, ").append(m);
        for (int i = 0; i < theirs.size(); i++) {
          sb.append(String.format(Locale.ROOT, " | %.0f×", theirs.get(i) / ours.get(i)));
        }
        sb.append(" |\n| pgRouting / our tree + polygon, ").append(m);
        for (int i = 0; i < theirs.size(); i++) {
          sb.append(String.format(Locale.ROOT, " | %.1f×", theirs.get(i) / poly.get(i)));
        }
        sb.append(" |\n");
      }
    } else {
      sb.append("\npgRouting: not available\n");
    }
    System.out.println(sb);
  }
}
