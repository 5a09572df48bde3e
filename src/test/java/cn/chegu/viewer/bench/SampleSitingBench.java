package cn.chegu.viewer.bench;

import cn.chegu.viewer.analysis.CoverageWarmup;
import cn.chegu.viewer.analysis.JointAnswer;
import cn.chegu.viewer.analysis.JointRequest;
import cn.chegu.viewer.analysis.JointSitingService;
import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.analysis.SitingAnswer;
import cn.chegu.viewer.analysis.SitingRequest;
import cn.chegu.viewer.analysis.SitingService;
import cn.chegu.viewer.analysis.SitingStates;
import cn.chegu.viewer.analysis.Timings;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.siting.ExactSiting;
import cn.chegu.viewer.siting.MclpProblem;
import cn.chegu.viewer.siting.SitingResult;
import cn.chegu.viewer.siting.SolveControl;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Siting on the sample with the complete default candidates (the issue-21 rows): health15 MCLP k =
 * 5, exact, warm — the service call's wall time (with its phases) with the portfolio, and the same
 * call with CBC alone as the exact solver; the solves alone on the same instance (same coverage
 * sets, same already-covered cells). "CBC alone" is {@code new ExactSiting("CBC", 1, false)}: the
 * shared greedy and exact reductions, then CBC with greedy's sites as hint — the portfolio without
 * its branch and bound. Then joint life15 with budget 10 under a 10 s limit, with its phases.
 * Starts the application in-process on an in-memory database, waits for the coverage warm-up (a
 * background thread that would otherwise compete with the timed rows) and the prepared states, and
 * prints a Markdown table (medians of {@code runs} after one warm-up run).
 *
 * <pre>
 *   mvn -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=cn.chegu.viewer.bench.SampleSitingBench [-Dexec.args=5]
 * </pre>
 */
public final class SampleSitingBench {

  private SampleSitingBench() {}

  public static void main(String[] args) throws InterruptedException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    ConfigurableApplicationContext ctx = BenchApp.start("siting-bench");
    try {
      // the coverage warm-up computes every standard's coverage on a background thread after the
      // start: wait for it, or it competes with the timed rows for the cores
      CoverageWarmup warmup = ctx.getBean(CoverageWarmup.class);
      long waitStart = System.nanoTime();
      while (!warmup.ready()) {
        Thread.sleep(200);
      }
      long waitedMs = (System.nanoTime() - waitStart) / 1_000_000;
      SitingStates states = ctx.getBean(SitingStates.class);
      SitingService siting = ctx.getBean(SitingService.class);
      JointSitingService joint = ctx.getBean(JointSitingService.class);
      MclpProblem problem = states.mclp("health15", PopulationYear.Y2020, FacilitySet.EXISTING, 5);
      SitingRequest request =
          new SitingRequest(
              "health15",
              SitingRequest.Objective.MCLP,
              5,
              0,
              List.of(),
              true,
              Duration.ofSeconds(20),
              PopulationYear.Y2020,
              FacilitySet.EXISTING,
              0,
              null);
      SitingAnswer[] last = new SitingAnswer[1];
      Map<String, List<Double>> phases = new TreeMap<>();
      SitingResult[] cbcRequest = new SitingResult[1];
      SitingResult[] cbc = new SitingResult[1];
      SitingResult[] portfolio = new SitingResult[1];
      boolean[] warm = {false};
      // the four rows take turns, run by run, so that the machine's load and the JIT's state
      // weigh on each alike
      double[] ms =
          interleaved(
              runs,
              () -> {
                Timings timings = Timings.start();
                last[0] = siting.site(request, timings, SolveControl.within(request.timeLimit()));
                if (warm[0]) {
                  timings
                      .phaseMillis()
                      .forEach(
                          (k, v) ->
                              phases.computeIfAbsent(k, x -> new ArrayList<>()).add((double) v));
                }
                warm[0] = true;
              },
              () ->
                  cbcRequest[0] =
                      siting
                          .site(
                              request,
                              Timings.start(),
                              SolveControl.within(request.timeLimit()),
                              new ExactSiting("CBC", 1, false))
                          .result(),
              () ->
                  portfolio[0] =
                      new ExactSiting().solve(problem, SolveControl.within(Duration.ofSeconds(20))),
              () ->
                  cbc[0] =
                      new ExactSiting("CBC", 1, false)
                          .solve(problem, SolveControl.within(Duration.ofSeconds(20))));
      double wall = ms[0];
      double cbcWall = ms[1];
      double portfolioSolve = ms[2];
      double cbcAlone = ms[3];
      JointRequest jr =
          new JointRequest(
              "life15",
              Map.of(),
              0,
              List.of(new JointRequest.Phase(PopulationYear.Y2020, 10)),
              FacilitySet.EXISTING,
              Duration.ofSeconds(10),
              0,
              Set.of());
      // the first call builds life15's prepared state (not timed); the second is the row
      joint.site(jr, Timings.start(), SolveControl.within(Duration.ofSeconds(60)));
      long t = System.nanoTime();
      Timings jointTimings = Timings.start();
      JointAnswer j = joint.site(jr, jointTimings, SolveControl.within(jr.timeLimit()));
      double jointWall = (System.nanoTime() - t) / 1e6;

      SitingAnswer.Candidates c = last[0].candidates();
      System.out.printf(
          Locale.ROOT,
          "health15 2020, facilities=existing: complete candidate set %,d generated, %,d could"
              + " cover someone new, %,d after the exact reductions; median of %d runs after one"
              + " warm-up run (timed after the coverage warm-up finished: waited %,d ms)%n%n",
          c.generated(),
          c.considered(),
          c.afterReduction(),
          runs,
          waitedMs);
      System.out.println("| row | status | objective | bound | median ms |");
      System.out.println("|---|---|---:|---:|---:|");
      row(
          "health15 k=5 exact, warm: SitingService.site wall (prepare + solve + evaluate)",
          last[0].result(),
          wall);
      StringBuilder split = new StringBuilder();
      phases.forEach(
          (k, v) -> {
            List<Double> timed = new ArrayList<>(v);
            timed.sort(null);
            split.append(split.isEmpty() ? "" : ", ").append(k).append(' ');
            split.append(Math.round(timed.get(timed.size() / 2)));
          });
      System.out.printf(
          Locale.ROOT, "| health15 k=5: of that wall, phase medians ms: %s | | | | |%n", split);
      row("health15 k=5: portfolio solve alone (same instance)", portfolio[0], portfolioSolve);
      row("health15 k=5: CBC alone solve (same instance)", cbc[0], cbcAlone);
      row(
          "health15 k=5 exact, warm: SitingService.site wall with CBC alone as the exact solver",
          cbcRequest[0],
          cbcWall);
      System.out.printf(
          Locale.ROOT,
          "| health15 k=5: CBC alone / portfolio, whole request (wall / wall) | | | | %.1f× |%n",
          cbcWall / wall);
      System.out.printf(
          Locale.ROOT,
          "| health15 k=5: CBC alone / portfolio, solve only | | | | %.1f× |%n",
          cbcAlone / portfolioSolve);
      System.out.printf(
          Locale.ROOT,
          "| joint life15 budget 10, limit 10 s (warm state): %s, gap %.4f, %d sites | %s | %,.0f |"
              + " %,.0f | %.0f |%n",
          j.status(),
          j.gap(),
          j.sites().size(),
          j.status(),
          j.objective(),
          j.bound(),
          jointWall);
      System.out.printf(
          Locale.ROOT,
          "| joint life15: of that wall, phases ms: %s | | | | |%n",
          jointTimings.phaseMillis().toString().replaceAll("[{}]", "").replace('=', ' '));
    } finally {
      ctx.close();
    }
  }

  private static void row(String name, SitingResult r, double ms) {
    System.out.printf(
        Locale.ROOT,
        "| %s | %s | %,.0f | %,.0f | %.1f |%n",
        name,
        r.status(),
        r.objective(),
        r.bound(),
        ms);
  }

  /**
   * Median wall milliseconds of each call over {@code runs} rounds, after one warm-up round; in
   * each round every call runs once, in the order given.
   */
  private static double[] interleaved(int runs, Runnable... calls) {
    for (Runnable c : calls) {
      c.run();
    }
    List<List<Double>> ms = new ArrayList<>();
    for (int c = 0; c < calls.length; c++) {
      ms.add(new ArrayList<>());
    }
    for (int i = 0; i < runs; i++) {
      for (int c = 0; c < calls.length; c++) {
        long t = System.nanoTime();
        calls[c].run();
        ms.get(c).add((System.nanoTime() - t) / 1e6);
      }
    }
    double[] out = new double[calls.length];
    for (int c = 0; c < calls.length; c++) {
      List<Double> sorted = new ArrayList<>(ms.get(c));
      sorted.sort(null);
      out[c] = sorted.get(sorted.size() / 2);
    }
    return out;
  }
}
