package cn.chegu.viewer.siting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chegu.viewer.bench.SitingBench;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The exact portfolio: the hand-made street of {@link HandInstanceTest} (answers checkable by
 * hand), agreement with the MIP alone, and the time limit kept on the bench's synthetic plane
 * (20,164 cells × 2,000 candidates, k = 20), where neither the branch and bound nor the MIP can
 * finish in the limit: everything, the pruning included, must stop at the deadline.
 */
class ExactSitingTest {

  static SitingBench.Plane plane;

  @BeforeAll
  static void buildPlane() {
    plane = SitingBench.plane(2026, 20_000, 2_000);
  }

  @AfterAll
  static void dropPlane() {
    plane = null;
  }

  final ExactSiting portfolio = new ExactSiting();

  @Test
  void theStreetIsSolvedAsByHand() {
    SolveControl c = SolveControl.within(Duration.ofSeconds(10));
    SitingResult one =
        portfolio.solve(new MclpProblem(HandInstanceTest.STREET, HandInstanceTest.RESIDENTS, 1), c);
    SitingResult two =
        portfolio.solve(new MclpProblem(HandInstanceTest.STREET, HandInstanceTest.RESIDENTS, 2), c);
    // covering 80 % of 130 residents = 104 needs B (100) and one more: two sites
    SitingResult cover =
        portfolio.solve(
            new LscpProblem(HandInstanceTest.STREET, HandInstanceTest.RESIDENTS, 0.8), c);

    assertThat(one.candidates()).containsExactly(HandInstanceTest.B);
    assertThat(one.status()).isEqualTo(SitingStatus.OPTIMAL);
    assertThat(two.sites())
        .containsExactly(
            new SitingResult.Site(HandInstanceTest.B, 100),
            new SitingResult.Site(HandInstanceTest.C, 20));
    assertThat(cover.sites()).hasSize(2);
    assertThat(cover.status()).isEqualTo(SitingStatus.OPTIMAL);
  }

  @Test
  void portfolioAndMipAloneAgreeOnTheSyntheticPlaneAtKFive() {
    MclpProblem p = new MclpProblem(plane.coverage(), plane.weights(), plane.already(), 5);

    SitingResult ours = portfolio.solve(p, SolveControl.within(Duration.ofSeconds(60)));
    SitingResult mip =
        new ExactSiting("CBC", 1, false).solve(p, SolveControl.within(Duration.ofSeconds(60)));

    assertThat(ours.status()).isEqualTo(SitingStatus.OPTIMAL);
    assertThat(mip.status()).isEqualTo(SitingStatus.OPTIMAL);
    assertThat(mip.objective()).isEqualTo(ours.objective());
  }

  @Test
  void aCancelDuringAnUninterruptibleMipReturnsAtOnce() {
    // CBC as built into OR-Tools cannot be interrupted: the caller must abandon it on a cancel
    Cancelled c = solveCancelledAfter(new ExactSiting("CBC", 1, false), 5, 1_000);

    assertThat(c.wallMillis()).isLessThan(2_000);
    assertThat(c.result().sites()).hasSize(20); // greedy's sites
    assertThat(c.result().status()).isEqualTo(SitingStatus.FEASIBLE);
  }

  @Test
  void theTimeLimitCoversEverythingAtKTwenty() {
    MclpProblem p = new MclpProblem(plane.coverage(), plane.weights(), plane.already(), 20);
    Duration limit = Duration.ofSeconds(2);

    long start = System.nanoTime();
    SitingResult r = portfolio.solve(p, SolveControl.within(limit));
    long wallMillis = (System.nanoTime() - start) / 1_000_000;

    assertThat(wallMillis).isLessThanOrEqualTo(Math.round(limit.toMillis() * 1.1) + 200);
    assertThat(r.sites()).hasSize(20);
    assertThat(r.bound()).isGreaterThanOrEqualTo(r.objective());
  }

  @Test
  void aCancelStopsTheSolveAtOnce() {
    Cancelled c = solveCancelledAfter(portfolio, 30, 500);

    assertThat(c.wallMillis()).isLessThan(3_000);
    assertThat(c.result().sites()).hasSize(20); // the best found so far (greedy at least)
  }

  record Cancelled(SitingResult result, long wallMillis) {}

  /** MCLP k = 20 on the plane with a limit of {@code limitSeconds}, cancelled after a while. */
  private static Cancelled solveCancelledAfter(
      ExactSiting solver, long limitSeconds, long cancelMillis) {
    MclpProblem p = new MclpProblem(plane.coverage(), plane.weights(), plane.already(), 20);
    SolveControl control = SolveControl.within(Duration.ofSeconds(limitSeconds));
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    try {
      timer.schedule(control::cancel, cancelMillis, TimeUnit.MILLISECONDS);
      long start = System.nanoTime();
      SitingResult r = solver.solve(p, control);
      long wallMillis = (System.nanoTime() - start) / 1_000_000;
      assertThat(control.cancelled()).isTrue();
      return new Cancelled(r, wallMillis);
    } finally {
      timer.shutdownNow();
    }
  }
}
