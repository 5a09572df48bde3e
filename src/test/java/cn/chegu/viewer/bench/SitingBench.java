package cn.chegu.viewer.bench;

import cn.chegu.viewer.siting.CostMatrix;
import cn.chegu.viewer.siting.CoverageSets;
import cn.chegu.viewer.siting.DemandWeights;
import cn.chegu.viewer.siting.ExactSiting;
import cn.chegu.viewer.siting.LscpProblem;
import cn.chegu.viewer.siting.MclpProblem;
import cn.chegu.viewer.siting.SitingResult;
import cn.chegu.viewer.siting.SolveControl;
import java.time.Duration;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Coordinate;

/**
 * Siting bench on a seeded plane: a grid of 250 m population cells (≥ 20,000) with clustered
 * residents, 2,000 random candidates, 20 existing facilities, coverage radius chosen so a cell sees
 * about 15 candidates. In one run it solves MCLP k = 5, MCLP k = 20 and LSCP at a target share with
 * our portfolio ({@link ExactSiting}: greedy, reductions, submodular branch and bound, then the
 * MIP) and with each OR-Tools MIP backend alone (same reductions, no branch and bound), and prints
 * one table of medians.
 *
 * <pre>
 *   mvn -B -o -q test-compile exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=cn.chegu.viewer.bench.SitingBench \
 *       [-Dexec.args="seed cells candidates timeLimitSeconds lscpTarget runs"]
 * </pre>
 */
public final class SitingBench {

  private SitingBench() {}

  /** A run slower than this is not repeated. */
  static final long SLOW_MILLIS = 5_000;

  record Solver(String name, Supplier<ExactSiting> make) {}

  public static void main(String[] args) {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 2026;
    int side = (int) Math.ceil(Math.sqrt(args.length > 1 ? Integer.parseInt(args[1]) : 20_000));
    int candidates = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
    Duration limit = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 20);
    double target = args.length > 4 ? Double.parseDouble(args[4]) : 0.9;
    int runs = args.length > 5 ? Integer.parseInt(args[5]) : 3;
    Plane plane = plane(seed, side * side, candidates);
    CostMatrix matrix = plane.matrix();
    CoverageSets coverage = plane.coverage();
    BitSet already = plane.already();
    DemandWeights weights = plane.weights();
    Coordinate[] cells = plane.cells();

    System.out.printf(
        Locale.ROOT,
        "seed %d: %,d cells x %,d candidates, %,d pairs, %,d residents, time limit %d s, median of"
            + " %d runs after one warm-up run (a run over 5 s: once, no warm-up)%n%n",
        seed,
        cells.length,
        candidates,
        matrix.pairCount(),
        weights.totalResidents(),
        limit.toSeconds(),
        runs);
    List<Solver> solvers =
        List.of(
            new Solver("portfolio (B&B, then CBC / SCIP for LSCP)", ExactSiting::new),
            new Solver("SCIP alone", () -> new ExactSiting("SCIP", 1, false)),
            new Solver("CBC alone", () -> new ExactSiting("CBC", 1, false)));
    new ExactSiting()
        .solve(new MclpProblem(coverage, weights, already, 1), SolveControl.within(limit));
    String only = System.getProperty("bench.only", "");
    if (!only.isEmpty()) {
      solvers = solvers.stream().filter(s -> s.name().startsWith(only)).toList();
    }
    System.out.println("| instance | solver | status | objective | bound | median ms | runs ms |");
    System.out.println("|---|---|---|---:|---:|---:|---|");
    // solver-major: a backend that overstays its limit is abandoned and may run on for a while,
    // so the slowest (CBC) goes last and cannot slow the others down
    LscpProblem l = new LscpProblem(coverage, weights, already, target);
    for (Solver s : solvers) {
      for (int k : new int[] {5, 20}) {
        MclpProblem p = new MclpProblem(coverage, weights, already, k);
        line(
            "MCLP k=" + k,
            s.name(),
            runs,
            () -> s.make().get().solve(p, SolveControl.within(limit)));
      }
      line(
          "LSCP " + Math.round(target * 100) + " %",
          s.name(),
          runs,
          () -> s.make().get().solve(l, SolveControl.within(limit)));
    }
  }

  /** A synthetic instance: cells, their residents, the coverage sets and what 20 sites cover. */
  public record Plane(
      Coordinate[] cells,
      CostMatrix matrix,
      CoverageSets coverage,
      DemandWeights weights,
      BitSet already) {}

  /**
   * The bench's seeded plane: about {@code cellCount} cells of 250 m, {@code candidates} random
   * candidates, 20 existing facilities, radius so that a cell sees about 15 candidates.
   */
  public static Plane plane(long seed, int cellCount, int candidates) {
    int side = (int) Math.ceil(Math.sqrt(cellCount));
    double cellMeters = 250;
    double extent = side * cellMeters;
    Random rnd = new Random(seed);
    Coordinate[] cells = new Coordinate[side * side];
    for (int r = 0; r < side; r++) {
      for (int c = 0; c < side; c++) {
        cells[r * side + c] = new Coordinate((c + 0.5) * cellMeters, (r + 0.5) * cellMeters);
      }
    }
    long[] residents = clusteredResidents(cells, extent, rnd);
    Coordinate[] sites = randomPoints(candidates, extent, rnd);
    Coordinate[] existing = randomPoints(20, extent, rnd);
    double metersPerMinute = 80; // walking
    double radius = Math.sqrt(15 * extent * extent / (Math.PI * candidates));
    double minutes = radius / metersPerMinute;
    CostMatrix matrix = CostMatrix.euclidean(cells, sites, metersPerMinute, minutes);
    BitSet already =
        CoverageSets.alreadyCovered(
            CostMatrix.euclidean(cells, existing, metersPerMinute, minutes), minutes);
    return new Plane(
        cells, matrix, CoverageSets.within(matrix, minutes), DemandWeights.of(residents), already);
  }

  private static void line(String instance, String solver, int runs, Supplier<SitingResult> solve) {
    List<SitingResult> list = new java.util.ArrayList<>();
    list.add(solve.get());
    if (list.get(0).solveMillis() < SLOW_MILLIS) {
      // a fast instance: that first run was the warm-up (JIT), as in JMH; time the next ones
      list.clear();
      for (int i = 0; i < runs; i++) {
        list.add(solve.get());
      }
    }
    // runs that hit the time limit are not repeated: their time is the limit
    SitingResult[] r = list.toArray(new SitingResult[0]);
    runs = r.length;
    Arrays.sort(r, (a, b) -> Long.compare(a.solveMillis(), b.solveMillis()));
    SitingResult m = r[runs / 2];
    StringBuilder all = new StringBuilder();
    for (SitingResult x : r) {
      all.append(all.length() == 0 ? "" : ", ").append(x.solveMillis());
    }
    System.out.printf(
        Locale.ROOT,
        "| %s | %s | %s | %,.0f | %,.0f | %,d | %s |%n",
        instance,
        solver,
        m.status(),
        m.objective(),
        m.bound(),
        m.solveMillis(),
        all);
  }

  /** ~1,000,000 residents: 30 Gaussian clusters (sigma 0.4–2.5 km) over a thin background. */
  private static long[] clusteredResidents(Coordinate[] cells, double extent, Random rnd) {
    int clusters = 30;
    double[] cx = new double[clusters];
    double[] cy = new double[clusters];
    double[] sigma = new double[clusters];
    double[] peak = new double[clusters];
    for (int c = 0; c < clusters; c++) {
      cx[c] = rnd.nextDouble() * extent;
      cy[c] = rnd.nextDouble() * extent;
      sigma[c] = 400 + rnd.nextDouble() * 2100;
      peak[c] = 50 + rnd.nextDouble() * 950;
    }
    double[] raw = new double[cells.length];
    double sum = 0;
    for (int i = 0; i < cells.length; i++) {
      double v = rnd.nextDouble() < 0.3 ? 0 : rnd.nextDouble() * 8;
      for (int c = 0; c < clusters; c++) {
        double dx = cells[i].x - cx[c];
        double dy = cells[i].y - cy[c];
        v += peak[c] * Math.exp(-(dx * dx + dy * dy) / (2 * sigma[c] * sigma[c]));
      }
      raw[i] = v;
      sum += v;
    }
    long[] out = new long[cells.length];
    for (int i = 0; i < cells.length; i++) {
      out[i] = Math.round(raw[i] * 1_000_000 / sum);
    }
    return out;
  }

  private static Coordinate[] randomPoints(int n, double extent, Random rnd) {
    Coordinate[] p = new Coordinate[n];
    for (int j = 0; j < n; j++) {
      p[j] = new Coordinate(rnd.nextDouble() * extent, rnd.nextDouble() * extent);
    }
    return p;
  }
}
