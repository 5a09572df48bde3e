package cn.chegu.viewer.siting;

import java.time.Duration;

/** An {@link ExactSiting} solving one problem at a time within 10 s, for hand-checkable tests. */
record TenSeconds(ExactSiting solver) {

  /** The shipped portfolio: branch and bound, then CBC (MCLP) or SCIP (LSCP). */
  static TenSeconds portfolio() {
    return new TenSeconds(new ExactSiting());
  }

  /** One MIP backend alone after greedy and the reductions (no branch and bound). */
  static TenSeconds mipAlone(String backend) {
    return new TenSeconds(new ExactSiting(backend, 1, false));
  }

  SitingResult solve(MclpProblem p) {
    return solver.solve(p, SolveControl.within(Duration.ofSeconds(10)));
  }

  SitingResult solve(LscpProblem p) {
    return solver.solve(p, SolveControl.within(Duration.ofSeconds(10)));
  }
}
