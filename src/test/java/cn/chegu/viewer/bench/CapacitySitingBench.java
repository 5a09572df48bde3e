package cn.chegu.viewer.bench;

import cn.chegu.viewer.access.AccessType;
import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.analysis.SitingStates;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.siting.CapacitatedMclpProblem;
import cn.chegu.viewer.siting.CapacitatedResult;
import cn.chegu.viewer.siting.CapacitatedSiting;
import cn.chegu.viewer.siting.ExactSiting;
import cn.chegu.viewer.siting.MclpProblem;
import cn.chegu.viewer.siting.SitingResult;
import cn.chegu.viewer.siting.SolveControl;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Capacitated MCLP on the sample's complete health15 candidates (2020, existing facilities; 1.2
 * beds per 1,000 residents): for k and beds per site, the capacitated solve's status, beds served,
 * bound and wall time (median of {@code runs}), beside 1.2/1,000 × the uncapacitated MCLP optimum.
 * Prints a Markdown table.
 *
 * <pre>
 *   mvn -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=cn.chegu.viewer.bench.CapacitySitingBench [-Dexec.args="3 20"]
 * </pre>
 *
 * (args: runs, time limit in seconds)
 */
public final class CapacitySitingBench {

  private CapacitySitingBench() {}

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    ConfigurableApplicationContext ctx = BenchApp.start("capacity-bench");
    try {
      SitingStates states = ctx.getBean(SitingStates.class);
      double rate = AccessType.COMMUNITY_HEALTH_CENTER.normPerThousand() / 1000;
      System.out.printf(
          Locale.ROOT,
          "health15 2020, facilities=existing, complete candidates; %.1f beds per 1,000"
              + " residents; limit %d s; median of %d runs%n%n",
          rate * 1000,
          seconds,
          runs);
      System.out.println(
          "| k | beds per site | status | beds served | bound | 1.2‰ × MCLP optimum | demand"
              + " groups | candidate classes | median ms |");
      System.out.println("|---:|---:|---|---:|---:|---:|---:|---:|---:|");
      int[] ks =
          System.getProperty("ks") == null
              ? new int[] {3, 5, 10}
              : java.util.Arrays.stream(System.getProperty("ks").split(","))
                  .mapToInt(Integer::parseInt)
                  .toArray();
      double[] caps =
          System.getProperty("caps") == null
              ? new double[] {2, 5, 10, 30}
              : java.util.Arrays.stream(System.getProperty("caps").split(","))
                  .mapToDouble(Double::parseDouble)
                  .toArray();
      for (int k : ks) {
        MclpProblem m = states.mclp("health15", PopulationYear.Y2020, FacilitySet.EXISTING, k);
        SitingResult mclp =
            new ExactSiting().solve(m, SolveControl.within(Duration.ofSeconds(seconds)));
        for (double perSite : caps) {
          CapacitatedMclpProblem p =
              new CapacitatedMclpProblem(
                  m.coverage(), m.weights(), m.alreadyCovered(), k, rate, perSite);
          CapacitatedResult[] last = new CapacitatedResult[1];
          List<Double> ms = new ArrayList<>();
          for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            last[0] =
                new CapacitatedSiting(true)
                    .solve(p, SolveControl.within(Duration.ofSeconds(seconds)));
            ms.add((System.nanoTime() - t) / 1e6);
          }
          ms.sort(null);
          CapacitatedResult r = last[0];
          System.out.printf(
              Locale.ROOT,
              "| %d | %.0f | %s | %.2f | %.2f | %.2f (%s) | %,d | %,d | %.0f |%n",
              k,
              perSite,
              r.status(),
              r.served(),
              r.bound(),
              rate * mclp.newlyCoveredResidents(),
              mclp.status(),
              r.modelSize().demandGroups(),
              r.modelSize().candidatesKept(),
              ms.get(ms.size() / 2));
        }
      }
    } finally {
      ctx.close();
    }
  }
}
