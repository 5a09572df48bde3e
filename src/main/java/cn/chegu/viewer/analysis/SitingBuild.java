package cn.chegu.viewer.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Coordinate;

/**
 * The build of one generated prepared state — the base (cells, baseline coverage), candidates in
 * its gaps and their matrix columns — shared by the background and by the requests that need it.
 * Whoever comes first prepares the base and the candidates; then every thread present computes
 * columns (one shortest-path tree per candidate), claiming them one at a time in a spread order (a
 * stride through the generated list, so that any prefix covers the whole area); the thread that
 * finishes the last column publishes the complete state. A request with a deadline stops helping
 * when its share of the time is spent and takes a partial state — the candidates whose columns are
 * done — while the background finishes the rest for later calls. Thread-safe.
 */
final class SitingBuild {

  /**
   * The base and its candidates, before any column.
   *
   * @param sites the candidates whose columns are to be built
   * @param generated how many points passed the land rules before the reductions that gave {@code
   *     sites}
   */
  record Start(PreparedSiting base, List<Coordinate> sites, int generated) {
    Start(PreparedSiting base, List<Coordinate> sites) {
      this(base, sites, sites.size());
    }
  }

  private final Supplier<Start> prepare;
  private final AtomicBoolean prepareClaimed = new AtomicBoolean();
  private final CompletableFuture<Start> start = new CompletableFuture<>();
  private final CompletableFuture<PreparedSiting> done = new CompletableFuture<>();
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger finished = new AtomicInteger();
  private volatile AtomicReferenceArray<PreparedSiting.Column> columns;
  private volatile int stride = 1;

  SitingBuild(Supplier<Start> prepare) {
    this.prepare = prepare;
  }

  /**
   * Works on the build until it is complete or {@code stop} says so (checked between columns); a
   * caller that finds the base being prepared by another thread waits for it.
   */
  void work(BooleanSupplier stop) {
    if (prepareClaimed.compareAndSet(false, true)) {
      prepareNow();
    }
    Start s = join(start);
    int n = s.sites().size();
    while (!stop.getAsBoolean() || finished.get() == 0) {
      int t = next.getAndIncrement();
      if (t >= n) {
        awaitOthers(stop); // every column is claimed: the last may still be another thread's
        return;
      }
      int j = (int) ((long) t * stride % n);
      try {
        columns.set(j, s.base().column(s.sites().get(j)));
      } catch (RuntimeException | Error e) {
        done.completeExceptionally(e);
        throw e;
      }
      if (finished.incrementAndGet() == n) {
        List<PreparedSiting.Column> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          all.add(columns.get(i));
        }
        PreparedSiting complete = s.base().withMatrix(s.sites(), s.base().matrixOf(all));
        complete.candidateSets.prepareColumns(); // evaluations read the sites' columns
        done.complete(complete);
      }
    }
  }

  /** Waits for the columns other threads still compute, until done or {@code stop} says so. */
  private void awaitOthers(BooleanSupplier stop) {
    while (!done.isDone() && !stop.getAsBoolean()) {
      try {
        done.get(5, java.util.concurrent.TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
        // not yet, or failed (the failure is seen by ready()/failed())
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void prepareNow() {
    try {
      Start s = prepare.get();
      int n = s.sites().size();
      columns = new AtomicReferenceArray<>(n);
      stride = spreadStride(n);
      start.complete(s);
      if (n == 0) {
        done.complete(s.base().withCandidates(List.of()));
      }
    } catch (RuntimeException | Error e) {
      start.completeExceptionally(e);
      done.completeExceptionally(e);
      throw e;
    }
  }

  /** A step coprime with n near n / golden ratio: successive claims land far apart in the list. */
  static int spreadStride(int n) {
    if (n < 3) {
      return 1;
    }
    int step = (int) Math.round(n * 0.6180339887);
    while (gcd(step, n) != 1) {
      step++;
    }
    return step;
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  /** The complete state, waiting for it. */
  PreparedSiting complete() {
    work(() -> false);
    return join(done);
  }

  /** Waits for the complete state without working on it (another thread does). */
  PreparedSiting await() {
    return join(done);
  }

  /** Whether the complete state is ready. */
  boolean ready() {
    return done.isDone() && !done.isCompletedExceptionally();
  }

  boolean failed() {
    return done.isCompletedExceptionally();
  }

  /** How many candidates passed the land rules (after the base is prepared). */
  int generated() {
    return join(start).generated();
  }

  /** How many of them could cover someone new (their columns make the complete state). */
  int reachable() {
    return join(start).sites().size();
  }

  /**
   * The complete state if ready, else the base with the candidates whose columns are done (in
   * generated order); call after {@link #work}.
   */
  PreparedSiting current() {
    if (ready()) {
      return done.join();
    }
    Start s = join(start);
    List<Coordinate> sites = new ArrayList<>();
    List<PreparedSiting.Column> cols = new ArrayList<>();
    for (int j = 0; j < s.sites().size(); j++) {
      PreparedSiting.Column c = columns.get(j);
      if (c != null) {
        sites.add(s.sites().get(j));
        cols.add(c);
      }
    }
    return s.base().withMatrix(sites, s.base().matrixOf(cols));
  }

  private static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }
}
