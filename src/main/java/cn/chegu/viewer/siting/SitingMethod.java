package cn.chegu.viewer.siting;

/** How a siting result was obtained. */
public enum SitingMethod {
  /** CP-SAT. */
  EXACT,
  /** Greedy largest-marginal-gain. */
  GREEDY,
  /** Exact was asked for, CP-SAT found nothing in time: greedy's solution. */
  GREEDY_FALLBACK
}
