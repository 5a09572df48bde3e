package cn.chegu.viewer.bench;

import cn.chegu.viewer.analysis.CoverageService;
import cn.chegu.viewer.coverage.AreaOutline;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.coverage.CoverageModel;
import cn.chegu.viewer.coverage.CoverageOp;
import cn.chegu.viewer.coverage.CoverageResult;
import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.coverage.ServiceAreas;
import cn.chegu.viewer.coverage.ServicePoint;
import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.facility.ServiceStandards;
import cn.chegu.viewer.network.EdgeLocation;
import cn.chegu.viewer.network.RoadGraph;
import cn.chegu.viewer.network.RoadGraphBuilder;
import cn.chegu.viewer.network.RoadSegment;
import cn.chegu.viewer.network.ServiceArea;
import cn.chegu.viewer.network.ServiceAreaOp;
import cn.chegu.viewer.network.ShortestPathTree;
import cn.chegu.viewer.network.SyntheticNetwork;
import cn.chegu.viewer.network.TravelMode;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Bench command: medians, in ms, of graph build, one 10-minute walk isochrone (community health
 * centre, 4 km/h) and one 12-minute ambulance isochrone (emergency facility, standard {@code
 * emergency12}: 3 min dispatch + 9 min at posted speeds), each as search tree alone and tree +
 * network-buffer polygon (50 m offset), and one full coverage recompute (network method) per
 * default standard (all 8). Columns:
 *
 * <ul>
 *   <li><b>1× sample</b>: the REAL sample, {@code gis-data/roads, facilities, population} (2020
 *       residents), projected to UTM 50N and noded at 1 m like the application; sources are the
 *       facilities of the type nearest the network's centre.
 *   <li><b>1× / 10× / 100× synthetic</b>: {@link SyntheticNetwork} grids with the sample's edge
 *       count × scale (and its facilities per type × scale); the growth ratios are taken between
 *       these (same generator), against {@code n·log n} of their edge counts.
 * </ul>
 *
 * <p>Service areas of {@code emergency12}: the map outline at every scale; the exact buffer and
 * pgRouting's service areas up to 10× (at 10× the exact buffer runs once, without warm-up: about a
 * minute). Coverage recomputes are medians after a warm-up run, so demand cells are already located
 * (the locator caches them per graph and road classes, as in the application).
 *
 * <p>Where PostgreSQL + pgRouting answers, the graph is loaded as an edge table with the same costs
 * and {@code pgr_drivingDistance} is timed from the graph node nearest each source with the same
 * time budget (limit − dispatch delay − connector walk); rows "pgRouting / ours" give the ratios.
 * Run from the project root:
 *
 * <pre>
 * mvn -B -o -q test-compile &amp;&amp; mvn -B -o -q org.codehaus.mojo:exec-maven-plugin:3.5.1:java \
 *     -Dexec.classpathScope=test -Dexec.mainClass=cn.chegu.viewer.bench.NetworkBench \
 *     -Dexec.args=1,10,100
 * </pre>
 *
 * (add {@code -Dbench.pg.url=none} to skip pgRouting, or point it at another database)
 *
 * <p>System properties: {@code bench.pg.url} (default {@code
 * jdbc:postgresql://127.0.0.1:55433/bench}, {@code none} skips pgRouting), {@code bench.pg.user}
 * ({@code postgres}), {@code bench.data} (default {@code gis-data}).
 */
public final class NetworkBench {

  private static final Duration WALK_ISO = Duration.ofMinutes(10);
  private static final double OFFSET_METERS = 50;
  private static final double SYNTHETIC_SPACING = 300;

  /**
   * The exact buffer and pgRouting's service areas (a minute per exact run at 10×, so timed once
   * there, without warm-up) are timed up to this scale; the map outline at every scale.
   */
  private static final int SERVICE_AREA_MAX_SCALE = 10;

  private static final long WARMUP_NANOS = 1_500_000_000L;

  private NetworkBench() {}

  /** One column: a network with its facilities and cells. */
  private record Town(
      String label,
      int scale,
      List<RoadSegment> roads,
      double tolerance,
      List<ServicePoint> fac,
      List<DemandCell> cells) {}

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
    System.out.println(pg != null ? "pgRouting " + pg.version() + " at " + url : "no pgRouting");
    SampleNetwork sample =
        SampleNetwork.load(Path.of(System.getProperty("bench.data", "gis-data")));
    int sampleEdges = new RoadGraphBuilder(1.0).build(sample.roads()).edgeCount();
    int perType = Math.max(1, sample.facilities().size() / FacilityType.values().length);
    List<Town> towns = new ArrayList<>();
    towns.add(new Town("1× sample", 1, sample.roads(), 1.0, sample.facilities(), sample.cells()));
    for (int scale : scales) {
      int side = (int) Math.round(Math.sqrt(scale * sampleEdges / 2.0));
      SyntheticNetwork s =
          SyntheticNetwork.generate(side, side, SYNTHETIC_SPACING, perType * scale, 42);
      towns.add(new Town(scale + "× synthetic", scale, s.roads(), 0.5, s.facilities(), s.cells()));
    }
    Map<String, double[]> table = new LinkedHashMap<>();
    List<String> header = new ArrayList<>();
    List<Integer> edges = new ArrayList<>();
    for (int col = 0; col < towns.size(); col++) {
      Town t = towns.get(col);
      int runs = t.scale() >= 100 ? 3 : t.scale() >= 10 ? 5 : 11;
      int warmups = t.scale() >= 100 ? 1 : t.scale() >= 10 ? 2 : 5;
      resetPeakHeap();
      RoadGraph g = new RoadGraphBuilder(t.tolerance()).build(t.roads());
      edges.add(g.edgeCount());
      header.add(
          String.format(
              Locale.ROOT,
              "%s (%,d edges, %,d cells)",
              t.label(),
              g.edgeCount(),
              t.cells().size()));
      System.out.printf(
          Locale.ROOT,
          "%s: %d nodes, %d edges, %d components, %d cells, %d facilities, load %s%n",
          t.label(),
          g.nodeCount(),
          g.edgeCount(),
          g.componentCount(),
          t.cells().size(),
          t.fac().size(),
          load());
      int cols = towns.size();
      put(
          table,
          cols,
          col,
          "graph build (noding + CSR)",
          median(warmups, runs, () -> new RoadGraphBuilder(t.tolerance()).build(t.roads())));
      ServiceStandard ems = ServiceStandards.byCode("emergency12");
      isochrone(
          table,
          cols,
          col,
          "walk 10 min",
          g,
          pg,
          t,
          warmups,
          runs,
          TravelMode.walk(4),
          nearestToCentre(g, t.fac(), FacilityType.COMMUNITY_HEALTH_CENTER),
          Duration.ZERO,
          WALK_ISO);
      isochrone(
          table,
          cols,
          col,
          "ambulance 12 min",
          g,
          pg,
          t,
          warmups,
          runs,
          CoverageModel.travelMode(ems),
          busiest(g, t.fac(), ems, CoverageModel.travelMode(ems)),
          ems.dispatchDelay(),
          ems.time());
      serviceAreas(table, cols, col, g, pg, t, warmups, runs, ems);
      double all8 = 0;
      for (ServiceStandard s : ServiceStandards.defaults()) {
        CoverageResult[] last = new CoverageResult[1];
        double ms =
            median(
                warmups,
                runs,
                () ->
                    last[0] = CoverageOp.compute(g, t.fac(), t.cells(), s, CoverageMethod.NETWORK));
        put(table, cols, col, "coverage recompute " + s.code() + " (network)", ms);
        all8 += ms;
        System.out.printf(Locale.ROOT, "  %-14s share %.3f%n", s.code(), last[0].share());
      }
      put(table, cols, col, "all 8 standards recomputed (sum of the medians)", all8);
      put(table, cols, col, "peak heap used during the column, MB (not ms)", peakHeapMb());
    }
    System.out.println(
        "\nload average after the runs: "
            + load()
            + "; max heap (-Xmx) "
            + Runtime.getRuntime().maxMemory() / 1_000_000
            + " MB");
    System.out.println(format(header, table, towns, edges));
    if (pg != null) {
      pg.close();
    }
    if (!"none".equals(System.getProperty("bench.api"))) {
      System.out.println(ApiBench.run());
    }
  }

  /**
   * Service areas of {@code emergency12} in its default bands (4, 8, 12 min) from all its
   * facilities: our map outline and exact network buffer (each including the tree), and pgRouting
   * ({@code pgr_drivingDistance} from the graph node nearest each facility, budget = band −
   * dispatch delay, then {@code ST_Union(ST_Buffer(edge, offset))} of the reached tree edges).
   */
  private static void serviceAreas(
      Map<String, double[]> table,
      int cols,
      int col,
      RoadGraph g,
      PgRoutingRunner pg,
      Town t,
      int warmups,
      int runs,
      ServiceStandard ems)
      throws SQLException {
    List<Duration> bands = CoverageService.defaultBands(ems);
    double offset = CoverageService.SERVICE_AREA_OFFSET_METERS;
    Supplier<List<ServiceArea>> map =
        () ->
            ServiceAreas.compute(
                g,
                t.fac(),
                ems,
                CoverageMethod.NETWORK,
                bands,
                offset,
                AreaOutline.MAP,
                CoverageService.MAP_TOLERANCE_METERS);
    Supplier<List<ServiceArea>> exact =
        () ->
            ServiceAreas.compute(
                g, t.fac(), ems, CoverageMethod.NETWORK, bands, offset, AreaOutline.EXACT, 0);
    String name = "service areas emergency12, 3 bands, ";
    put(table, cols, col, name + "map outline (tree + polygons)", median(warmups, runs, map));
    List<ServiceArea> m = map.get();
    if (t.scale() > SERVICE_AREA_MAX_SCALE && col > 0) {
      System.out.printf(
          Locale.ROOT,
          "  service areas emergency12: map outline only at %d× (12-min: %d holes / %d vertices)%n",
          t.scale(),
          holes(m.get(m.size() - 1).area()),
          m.get(m.size() - 1).area().getNumPoints());
      return;
    }
    List<ServiceArea> x;
    if (t.scale() >= SERVICE_AREA_MAX_SCALE && col > 0) {
      long start = System.nanoTime();
      x = exact.get();
      put(
          table,
          cols,
          col,
          name + "exact buffer (tree + polygons)",
          (System.nanoTime() - start) / 1e6);
      System.out.printf(
          Locale.ROOT, "  exact buffer at %d×: one run, no warm-up (not a median)%n", t.scale());
    } else {
      put(table, cols, col, name + "exact buffer (tree + polygons)", median(warmups, runs, exact));
      x = exact.get();
    }
    System.out.printf(
        Locale.ROOT,
        "  service areas emergency12 %s min: %d facilities; %s-min polygon holes / vertices: map %d / %d,"
            + " exact %d / %d; map area / exact area %.3f%n",
        bands.stream().map(b -> String.valueOf(b.toMinutes())).toList(),
        t.fac().stream().filter(f -> ems.types().contains(f.type())).count(),
        bands.get(bands.size() - 1).toMinutes(),
        holes(m.get(m.size() - 1).area()),
        m.get(m.size() - 1).area().getNumPoints(),
        holes(x.get(x.size() - 1).area()),
        x.get(x.size() - 1).area().getNumPoints(),
        m.get(m.size() - 1).area().getArea() / x.get(x.size() - 1).area().getArea());
    if (pg == null) {
      return;
    }
    TravelMode mode = CoverageModel.travelMode(ems);
    String tableName = "sa_edges_" + col;
    pg.load(tableName, g, mode, true);
    int[] nodes =
        t.fac().stream()
            .filter(f -> ems.types().contains(f.type()))
            .mapToInt(
                f -> {
                  EdgeLocation loc = g.locator().locate(f.point().getCoordinate());
                  return loc.fraction() < 0.5 ? g.edgeFrom(loc.edge()) : g.edgeTo(loc.edge());
                })
            .toArray();
    double[] budgets =
        bands.stream()
            .mapToDouble(b -> (b.toMillis() - ems.dispatchDelay().toMillis()) / 1000.0)
            .toArray();
    put(
        table,
        cols,
        col,
        name + "pgr_drivingDistance + ST_Union(ST_Buffer)",
        median(
            1,
            t.scale() >= SERVICE_AREA_MAX_SCALE ? Math.min(runs, 3) : runs,
            () -> {
              try {
                return pg.serviceAreas(tableName, nodes, budgets, offset);
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            }));
  }

  private static int holes(Geometry g) {
    int n = 0;
    for (int i = 0; i < g.getNumGeometries(); i++) {
      if (g.getGeometryN(i) instanceof Polygon p) {
        n += p.getNumInteriorRing();
      }
    }
    return n;
  }

  /** Heap in use, sampled every 5 ms on a daemon thread; its maximum since the last reset. */
  private static final java.util.concurrent.atomic.AtomicLong PEAK_HEAP =
      new java.util.concurrent.atomic.AtomicLong();

  static {
    Thread sampler =
        new Thread(
            () -> {
              java.lang.management.MemoryMXBean heap = ManagementFactory.getMemoryMXBean();
              while (true) {
                PEAK_HEAP.accumulateAndGet(heap.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(5);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  private static void resetPeakHeap() {
    System.gc();
    PEAK_HEAP.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
  }

  /**
   * The most heap in use at any sample since the last reset (all heap areas at the same instant,
   * garbage not yet collected included; never above -Xmx).
   */
  private static double peakHeapMb() {
    return PEAK_HEAP.get() / 1e6;
  }

  private static void isochrone(
      Map<String, double[]> table,
      int cols,
      int col,
      String name,
      RoadGraph g,
      PgRoutingRunner pg,
      Town t,
      int warmups,
      int runs,
      TravelMode mode,
      Coordinate source,
      Duration delay,
      Duration limit)
      throws SQLException {
    ServiceAreaOp op = new ServiceAreaOp(OFFSET_METERS);
    Supplier<ShortestPathTree> tree =
        () -> ShortestPathTree.grow(g, mode, List.of(source), delay, limit);
    put(table, cols, col, "tree, " + name, median(warmups, runs, tree));
    put(
        table,
        cols,
        col,
        "tree + polygon, " + name,
        median(warmups, runs, () -> op.compute(tree.get(), limit)));
    if (pg == null) {
      return;
    }
    ShortestPathTree once = tree.get();
    int reached = 0;
    for (int i = 0; i < g.nodeCount(); i++) {
      reached += once.secondsAt(i) <= limit.toSeconds() ? 1 : 0;
    }
    EdgeLocation loc = once.sourceAttachment(0).edges().get(0);
    int node = loc.fraction() < 0.5 ? g.edgeFrom(loc.edge()) : g.edgeTo(loc.edge());
    double budget = limit.toMillis() / 1000.0 - once.sourceStartSeconds(0);
    String tableName = "edges_" + mode.kind().name().toLowerCase(Locale.ROOT) + "_" + col;
    pg.load(tableName, g, mode, false);
    System.out.printf(
        Locale.ROOT,
        "  %s from %s: connector %.0f m, %d nodes reached; pgRouting from node %d: %d rows%n",
        name,
        source,
        loc.connectorMeters(),
        reached,
        node,
        pg.drivingDistance(tableName, node, budget));
    put(
        table,
        cols,
        col,
        "pgr_drivingDistance, " + name,
        median(
            1,
            runs,
            () -> {
              try {
                return pg.drivingDistance(tableName, node, budget);
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            }));
  }

  /**
   * The facility of {@code type} nearest the centre of the network's extent among those within 100
   * m of a road (a long connector, walked, would eat the budget), else the nearest of all.
   */
  private static Coordinate nearestToCentre(
      RoadGraph g, List<ServicePoint> fac, FacilityType type) {
    Envelope env = new Envelope();
    for (int i = 0; i < g.nodeCount(); i++) {
      env.expandToInclude(g.node(i));
    }
    Coordinate mid = env.centre();
    List<Coordinate> all =
        fac.stream()
            .filter(f -> f.type() == type)
            .map(f -> f.point().getCoordinate())
            .sorted(Comparator.comparingDouble(c -> c.distance(mid)))
            .toList();
    if (all.isEmpty()) {
      throw new IllegalStateException("no facility of type " + type);
    }
    return all.stream()
        .filter(c -> g.locator().locate(c).connectorMeters() <= 100)
        .findFirst()
        .orElse(all.get(0));
  }

  /**
   * Of the facilities of each type of {@code s} nearest the centre (one per type), the one whose
   * tree reaches most nodes: a sample station by a river reaches 29 nodes in 12 min, not a typical
   * service area.
   */
  private static Coordinate busiest(
      RoadGraph g, List<ServicePoint> fac, ServiceStandard s, TravelMode mode) {
    Coordinate best = null;
    int bestReached = -1;
    for (FacilityType type : s.types()) {
      if (fac.stream().noneMatch(f -> f.type() == type)) {
        continue;
      }
      Coordinate c = nearestToCentre(g, fac, type);
      ShortestPathTree t = ShortestPathTree.grow(g, mode, List.of(c), s.dispatchDelay(), s.time());
      int reached = 0;
      for (int i = 0; i < g.nodeCount(); i++) {
        reached += t.secondsAt(i) <= s.time().toSeconds() ? 1 : 0;
      }
      if (reached > bestReached) {
        bestReached = reached;
        best = c;
      }
    }
    return best;
  }

  private static void put(Map<String, double[]> table, int cols, int col, String row, double ms) {
    double[] v = table.computeIfAbsent(row, k -> filled(cols));
    v[col] = ms;
  }

  private static double[] filled(int n) {
    double[] v = new double[n];
    Arrays.fill(v, Double.NaN);
    return v;
  }

  private static double median(int warmups, int runs, Supplier<?> work) {
    // JIT warm-up: at least `warmups` runs and at least WARMUP_NANOS of work
    long until = System.nanoTime() + WARMUP_NANOS;
    for (int i = 0; i < warmups || System.nanoTime() < until; i++) {
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

  private static String load() {
    return String.format(
        Locale.ROOT,
        "%.2f",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static String format(
      List<String> header, Map<String, double[]> table, List<Town> towns, List<Integer> edges) {
    // growth: synthetic columns vs the first synthetic column (index 1)
    List<Integer> grown = new ArrayList<>();
    for (int c = 2; c < towns.size(); c++) {
      grown.add(c);
    }
    StringBuilder sb = new StringBuilder("| median ms | ").append(String.join(" | ", header));
    for (int c : grown) {
      sb.append(" | growth ")
          .append(towns.get(c).label())
          .append(" / ")
          .append(towns.get(1).label());
    }
    sb.append(" |\n|---|").append("---:|".repeat(header.size() + grown.size())).append('\n');
    for (var row : table.entrySet()) {
      double[] v = row.getValue();
      sb.append("| ").append(row.getKey());
      for (double ms : v) {
        sb.append(Double.isNaN(ms) ? " | –" : String.format(Locale.ROOT, " | %.2f", ms));
      }
      for (int c : grown) {
        double r = v[c] / v[1];
        sb.append(Double.isNaN(r) ? " | –" : String.format(Locale.ROOT, " | %.1f×", r));
      }
      sb.append(" |\n");
    }
    if (!grown.isEmpty()) {
      sb.append("| n·log n reference (edges) |").append(" |".repeat(header.size()));
      double n1 = edges.get(1);
      for (int c : grown) {
        double n = edges.get(c);
        sb.append(String.format(Locale.ROOT, " %.1f× |", n * Math.log(n) / (n1 * Math.log(n1))));
      }
      sb.append('\n');
    }
    String sa = "service areas emergency12, 3 bands, ";
    double[] theirsSa = table.get(sa + "pgr_drivingDistance + ST_Union(ST_Buffer)");
    if (theirsSa != null) {
      for (String ours : List.of("map outline", "exact buffer")) {
        double[] v = table.get(sa + ours + " (tree + polygons)");
        sb.append("| pgRouting service areas / our ").append(ours);
        for (int c = 0; c < v.length; c++) {
          double r = theirsSa[c] / v[c];
          sb.append(Double.isNaN(r) ? " | –" : String.format(Locale.ROOT, " | %.1f×", r));
        }
        sb.append(" |").append(" |".repeat(grown.size())).append('\n');
      }
    }
    for (String iso : List.of("walk 10 min", "ambulance 12 min")) {
      double[] theirs = table.get("pgr_drivingDistance, " + iso);
      if (theirs == null) {
        continue;
      }
      for (String ours : List.of("tree, ", "tree + polygon, ")) {
        double[] v = table.get(ours + iso);
        sb.append("| pgRouting / our ").append(ours).append(iso);
        for (int c = 0; c < v.length; c++) {
          sb.append(String.format(Locale.ROOT, " | %.1f×", theirs[c] / v[c]));
        }
        sb.append(" |").append(" |".repeat(grown.size())).append('\n');
      }
    }
    return sb.toString();
  }
}
