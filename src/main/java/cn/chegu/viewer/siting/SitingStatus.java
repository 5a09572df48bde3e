package cn.chegu.viewer.siting;

/** What is proven about a siting result. */
public enum SitingStatus {
  /** Objective equals the bound: no better solution exists. */
  OPTIMAL,
  /** A valid solution; the bound says how far from optimal it can be at most. */
  FEASIBLE,
  /** No solution satisfies the constraints. */
  INFEASIBLE
}
