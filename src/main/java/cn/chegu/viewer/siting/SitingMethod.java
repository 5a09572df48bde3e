package cn.chegu.viewer.siting;

/** How a siting result was obtained. */
public enum SitingMethod {
  /** The exact portfolio ({@link ExactSiting}). */
  EXACT,
  /** Greedy largest-marginal-gain. */
  GREEDY,
  /** Exact was asked for, nothing better than greedy was found in time: greedy's solution. */
  GREEDY_FALLBACK
}
