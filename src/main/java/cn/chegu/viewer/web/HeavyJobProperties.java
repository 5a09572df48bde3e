package cn.chegu.viewer.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on heavy requests ({@code chegu.limits.heavy.*}; see {@link HeavyJobLimiter}).
 *
 * @param concurrent heavy requests computing at once, all clients together (0 = half the
 *     processors, at least 1)
 * @param perClient heavy requests of one client (IP address) running or waiting at once
 * @param queue heavy requests waiting for a free slot, all clients together
 * @param maxWaitSeconds longest wait in the queue before the request is refused
 * @param retryAfterSeconds what the {@code Retry-After} header of a refusal says
 * @param budgetSeconds how long one heavy request may compute once it has its slot: past that it
 *     stops at its next check ({@link cn.chegu.viewer.budget.WorkBudget}) and answers 422
 */
@ConfigurationProperties("chegu.limits.heavy")
public record HeavyJobProperties(
    Integer concurrent,
    Integer perClient,
    Integer queue,
    Integer maxWaitSeconds,
    Integer retryAfterSeconds,
    Integer budgetSeconds) {

  public HeavyJobProperties {
    concurrent =
        concurrent == null || concurrent <= 0
            ? Math.max(1, Runtime.getRuntime().availableProcessors() / 2)
            : concurrent;
    perClient = perClient == null ? 2 : perClient;
    queue = queue == null ? 16 : queue;
    maxWaitSeconds = maxWaitSeconds == null ? 30 : maxWaitSeconds;
    retryAfterSeconds = retryAfterSeconds == null ? 10 : retryAfterSeconds;
    budgetSeconds = budgetSeconds == null ? 90 : budgetSeconds;
  }
}
