package cn.chegu.viewer.budget;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A deadline for the work of the current thread (see the package documentation). Open it with
 * try-with-resources; the loops of the work call {@link #check()}.
 */
public final class WorkBudget implements AutoCloseable {

  private static final ThreadLocal<WorkBudget> CURRENT = new ThreadLocal<>();
  private static final Set<WorkBudget> OPEN = ConcurrentHashMap.newKeySet();

  private final String what;
  private final Duration length;
  private final long deadlineNanos;
  private final WorkBudget outer;
  private volatile String cancelled;

  private WorkBudget(String what, Duration length, long deadlineNanos, WorkBudget outer) {
    this.what = what;
    this.length = length;
    this.deadlineNanos = deadlineNanos;
    this.outer = outer;
  }

  /**
   * Binds a budget of {@code length} for {@code what} (e.g. "an import", used in the message) to
   * this thread until the returned scope is closed. Inside another budget, the earlier deadline
   * holds.
   */
  public static WorkBudget open(String what, Duration length) {
    WorkBudget outer = CURRENT.get();
    long deadline = System.nanoTime() + length.toNanos();
    if (outer != null && outer.deadlineNanos - deadline < 0) {
      deadline = outer.deadlineNanos;
    }
    WorkBudget budget = new WorkBudget(what, length, deadline, outer);
    CURRENT.set(budget);
    OPEN.add(budget);
    return budget;
  }

  /** The budget bound to this thread, or null. */
  public static WorkBudget current() {
    return CURRENT.get();
  }

  /**
   * Throws when the budget bound to this thread is spent or cancelled; does nothing without one.
   *
   * @throws BudgetExceededException with a message naming the work and its budget
   */
  public static void check() {
    WorkBudget b = CURRENT.get();
    if (b != null) {
      b.checkThis();
    }
  }

  /** Whether the budget bound to this thread is spent or cancelled (false without one). */
  public static boolean spent() {
    WorkBudget b = CURRENT.get();
    return b != null && b.isSpent();
  }

  /**
   * Cancels every open budget of every thread (the server is stopping: running work ends at its
   * next check instead of holding the shutdown up); returns how many.
   */
  public static int cancelAll(String why) {
    int n = 0;
    for (WorkBudget b : OPEN) {
      b.cancel(why);
      n++;
    }
    return n;
  }

  /** Stops the work at its next check (another thread may call this: client gone, shutdown). */
  public void cancel(String why) {
    this.cancelled = why;
  }

  /** Whether the deadline has passed or the work was cancelled. */
  public boolean isSpent() {
    return cancelled != null || System.nanoTime() - deadlineNanos >= 0;
  }

  private void checkThis() {
    String why = cancelled;
    if (why != null) {
      throw new BudgetExceededException(what + " was stopped: " + why + "; nothing was kept");
    }
    if (System.nanoTime() - deadlineNanos >= 0) {
      throw new BudgetExceededException(
          what
              + " needed more than its budget of "
              + length.toSeconds()
              + " s and was stopped; nothing was kept");
    }
  }

  /** Unbinds this budget (the outer one, if any, holds again). */
  @Override
  public void close() {
    OPEN.remove(this);
    if (outer == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(outer);
    }
  }
}
