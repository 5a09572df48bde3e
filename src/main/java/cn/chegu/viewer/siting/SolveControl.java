package cn.chegu.viewer.siting;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A solve's deadline and its cancel switch, shared by every phase of one solve (reductions, pair
 * bounds, branch and bound, the MIP). Pre-solve work checks {@link #stopped()} too, so a time limit
 * covers everything after the deadline's start, not only the solver's own search. Thread-safe:
 * {@link #cancel()} may come from another thread (a client that went away, {@code DELETE
 * /api/jobs/{id}}); solvers register {@link #onCancel} hooks to stop their native search.
 */
public final class SolveControl {

  private final long deadlineNanos;
  private final SolveControl parent;
  private volatile boolean cancelled;
  private final List<Runnable> hooks = new CopyOnWriteArrayList<>();

  private SolveControl(long deadlineNanos, SolveControl parent) {
    this.deadlineNanos = deadlineNanos;
    this.parent = parent;
  }

  /** A deadline {@code limit} after now. */
  public static SolveControl within(Duration limit) {
    return until(System.nanoTime() + limit.toNanos());
  }

  /** A deadline at a {@link System#nanoTime()} instant (e.g. request arrival + limit). */
  public static SolveControl until(long deadlineNanos) {
    return new SolveControl(deadlineNanos, null);
  }

  /**
   * A control for one phase of this solve: its deadline is the earlier of this one's and {@code
   * deadlineNanos}, and a cancel of this solve cancels it too (its own cancel stays its own).
   */
  public SolveControl sooner(long deadlineNanos) {
    SolveControl child = new SolveControl(Math.min(deadlineNanos, this.deadlineNanos), this);
    hooks.add(child::cancel);
    return child;
  }

  /** Stops the solve as soon as its current phase notices; runs the registered hooks. */
  public void cancel() {
    cancelled = true;
    for (Runnable h : hooks) {
      h.run();
    }
  }

  public boolean cancelled() {
    return cancelled || parent != null && parent.cancelled();
  }

  /** Cancelled or past the deadline. */
  public boolean stopped() {
    return cancelled() || System.nanoTime() >= deadlineNanos;
  }

  /** Nanoseconds left before the deadline (0 when stopped). */
  public long remainingNanos() {
    return cancelled() ? 0 : Math.max(0, deadlineNanos - System.nanoTime());
  }

  /** Seconds left, for solver parameters. */
  double remainingSeconds() {
    return remainingNanos() / 1e9;
  }

  /**
   * Runs {@code hook} when the solve is cancelled (at once if it already was) until the returned
   * handle is closed.
   */
  AutoCloseable onCancel(Runnable hook) {
    hooks.add(hook);
    if (cancelled()) {
      hook.run();
    }
    return () -> hooks.remove(hook);
  }
}
