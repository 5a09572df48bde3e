package cn.chegu.viewer.bench;

import cn.chegu.viewer.siting.CostMatrix;
import cn.chegu.viewer.siting.CoverageSets;
import cn.chegu.viewer.siting.CpSatSiting;
import cn.chegu.viewer.siting.DemandWeights;
import cn.chegu.viewer.siting.GreedySiting;
import cn.chegu.viewer.siting.LscpProblem;
import cn.chegu.viewer.siting.MclpProblem;
import cn.chegu.viewer.siting.SitingResult;
import java.time.Duration;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Coordinate;

/**
 * MCLP bench on a seeded plane: a grid of 250 m population cells (≥ 20,000) with clustered
 * residents, ≥ 2,000 random candidates, a few existing facilities, coverage radius chosen so a cell
 * sees about 15 candidates, k = 5. Prints reduction sizes, exact time to proven optimality (median
 * of 3), and greedy's value, ratio and time.
 *
 * <pre>
 *   mvn -B -o -q test-compile exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=cn.chegu.viewer.bench.SitingBench [-Dexec.args="seed cells candidates k timeLimitSeconds"]
 * </pre>
 */
public final class SitingBench {

  private SitingBench() {}

  public static void main(String[] args) {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 2026;
    int side = (int) Math.ceil(Math.sqrt(args.length > 1 ? Integer.parseInt(args[1]) : 20_000));
    int candidates = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
    int k = args.length > 3 ? Integer.parseInt(args[3]) : 5;
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
    double limit = radius / metersPerMinute;

    long t0 = System.nanoTime();
    CostMatrix matrix = CostMatrix.euclidean(cells, sites, metersPerMinute, limit);
    CoverageSets coverage = CoverageSets.within(matrix, limit);
    BitSet already =
        CoverageSets.alreadyCovered(
            CostMatrix.euclidean(cells, existing, metersPerMinute, limit), limit);
    long buildMillis = (System.nanoTime() - t0) / 1_000_000;
    DemandWeights weights = DemandWeights.of(residents);
    MclpProblem problem = new MclpProblem(coverage, weights, already, k);

    if (args.length > 5) {
      lscp(coverage, weights, already, Double.parseDouble(args[5]), exactLimit(args));
      return;
    }
    int[] seen = new int[cells.length];
    for (int i = 0; i < cells.length; i++) {
      seen[i] = coverage.candidatesCovering(i).length;
    }
    Arrays.sort(seen);

    CpSatSiting exact = new CpSatSiting(exactLimit(args));
    GreedySiting greedy = new GreedySiting();
    exact.solve(new MclpProblem(coverage, weights, already, 1)); // warm-up: native load, JIT
    SitingResult[] e = runs(() -> exact.solve(problem));
    SitingResult[] g = runs(() -> greedy.solve(problem));
    SitingResult cpSatOnly =
        new CpSatSiting(exactLimit(args), 2, false).solve(problem); // CP-SAT without B&B, once
    SitingResult em = e[1];
    SitingResult gm = g[1];

    row("seed", seed);
    row("demand cells", cells.length);
    row("residents (total)", weights.totalResidents());
    row("cells with residents", Arrays.stream(residents).filter(x -> x > 0).count());
    row("candidates", candidates);
    row("existing facilities", existing.length);
    row("k", k);
    row("coverage radius (m) / limit (min)", fmt("%.0f / %.2f", radius, limit));
    row(
        "candidates seen per cell min/median/max",
        seen[0] + " / " + seen[seen.length / 2] + " / " + seen[seen.length - 1]);
    row("matrix pairs (within limit)", matrix.pairCount());
    row("matrix + coverage build (ms)", buildMillis);
    row("already covered residents", em.alreadyCoveredResidents());
    row("demands entering the model", em.modelSize().demands());
    row("demand groups after merge+dominance", gm.modelSize().demandGroups());
    row("candidates after dominance", gm.modelSize().candidatesKept());
    row("demand groups in exact model (bound pruning)", em.modelSize().demandGroups());
    row("candidates in exact model (bound pruning)", em.modelSize().candidatesKept());
    row("exact status", em.status());
    row("exact objective (residents)", fmt("%.0f", em.objective()));
    row("exact bound (residents)", fmt("%.0f", em.bound()));
    row("exact gap", fmt("%.6f", em.gap()));
    row("exact time, median of 3 (ms)", em.solveMillis() + "  (runs " + millis(e) + ")");
    row("exact sites (candidate:gain)", sites(em));
    row(
        "CP-SAT alone (no B&B): status / objective / bound / gap / ms",
        fmt(
            "%s / %.0f / %.0f / %.4f / %d",
            cpSatOnly.status(),
            cpSatOnly.objective(),
            cpSatOnly.bound(),
            cpSatOnly.gap(),
            cpSatOnly.solveMillis()));
    row("greedy objective (residents)", fmt("%.0f", gm.objective()));
    row("greedy bound (residents)", fmt("%.0f", gm.bound()));
    row("greedy / optimal", fmt("%.4f", gm.objective() / em.objective()));
    row("greedy time, median of 3 (ms)", gm.solveMillis() + "  (runs " + millis(g) + ")");
    row("greedy sites (candidate:gain)", sites(gm));
  }

  /** LSCP on the same plane: exact (once) versus greedy. */
  private static void lscp(
      CoverageSets coverage, DemandWeights weights, BitSet already, double target, Duration limit) {
    LscpProblem problem = new LscpProblem(coverage, weights, already, target);
    SitingResult e = new CpSatSiting(limit).solve(problem);
    SitingResult g = new GreedySiting().solve(problem);
    for (SitingResult r : new SitingResult[] {e, g}) {
      row(
          "LSCP target " + target + " " + r.method(),
          fmt(
              "%s sites=%.0f bound=%.0f gap=%.4f share %.4f -> %.4f, %d ms, model %s",
              r.status(),
              r.objective(),
              r.bound(),
              r.gap(),
              r.shareBefore(),
              r.shareAfter(),
              r.solveMillis(),
              r.modelSize()));
    }
  }

  private static Duration exactLimit(String[] args) {
    return Duration.ofSeconds(args.length > 4 ? Long.parseLong(args[4]) : 60);
  }

  private static SitingResult[] runs(Supplier<SitingResult> solve) {
    SitingResult[] r = {solve.get(), solve.get(), solve.get()};
    Arrays.sort(r, (a, b) -> Long.compare(a.solveMillis(), b.solveMillis()));
    return r;
  }

  private static String millis(SitingResult[] r) {
    return r[0].solveMillis() + ", " + r[1].solveMillis() + ", " + r[2].solveMillis();
  }

  private static String sites(SitingResult r) {
    StringBuilder b = new StringBuilder();
    for (SitingResult.Site s : r.sites()) {
      b.append(s.candidate()).append(':').append(s.newlyCoveredResidents()).append(' ');
    }
    return b.toString().trim();
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

  private static String fmt(String f, Object... a) {
    return String.format(Locale.ROOT, f, a);
  }

  private static void row(String name, Object value) {
    System.out.printf(Locale.ROOT, "| %-45s | %s |%n", name, value);
  }
}
