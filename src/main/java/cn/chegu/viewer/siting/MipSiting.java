package cn.chegu.viewer.siting;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.BitSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The MCLP and LSCP integer programs of the package javadoc, solved on a {@link ReducedInstance} by
 * a MIP solver inside OR-Tools (CBC or SCIP) under the solve's deadline. x_j are binary; y_g are
 * continuous in [0, 1], which is exact: for integral x the best y_g is 1 where some open site
 * covers group g and 0 elsewhere.
 *
 * <p>Native solves are bounded: at most {@link #NATIVE_SOLVES} run at once in the process (one per
 * core), a permit being held until the native search has really ended. A caller that cannot get a
 * permit before its deadline skips the MIP (its answer keeps the bound of the other phases). This
 * matters because OR-Tools builds CBC without interrupts ({@code CBC_NO_INTERRUPT}): a cancelled or
 * late CBC solve is abandoned at once by the caller but runs on to its own time limit, and without
 * the permits a client could pile such solves up.
 */
final class MipSiting {

  /**
   * The default backend for MCLP: on the bench's 20,164 x 2,000 plane CBC proves k = 20 in 13–15 s
   * where SCIP (OR-Tools 9.12, one thread) ends at greedy's value after 20 s.
   */
  static final String MCLP_BACKEND = "CBC";

  /** The default backend for LSCP: interruptible, and proves the sample's instances in &lt; 1 s. */
  static final String LSCP_BACKEND = "SCIP";

  /** Native MIP solves running at once in this process, at most. */
  static final int NATIVE_SOLVES = Math.max(1, Runtime.getRuntime().availableProcessors());

  /** Permits for native solves, shared by every MIP of the package ({@link JointSiting} too). */
  static final Semaphore PERMITS = new Semaphore(NATIVE_SOLVES, true);

  /** How often a caller waiting for a native solve checks its cancel switch. */
  private static final long POLL_MILLIS = 20;

  /** What the MIP found: its best solution (reduced indices) and proven bound. */
  record Outcome(BitSet chosen, double objective, double bound, boolean optimal) {

    boolean found() {
      return chosen != null;
    }
  }

  private static final ScheduledExecutorService ALARM =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "siting-mip-deadline");
            t.setDaemon(true);
            return t;
          });

  private static final ExecutorService WORKERS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "siting-mip");
            t.setDaemon(true);
            return t;
          });

  /** How long past the deadline the caller waits for a solve to notice it. */
  static final long GRACE_MILLIS = 50;

  private static final Outcome NOTHING = new Outcome(null, Double.NaN, Double.NaN, false);

  private final String backend;
  private final int threads;

  MipSiting(String backend, int threads) {
    this.backend = backend;
    this.threads = threads;
  }

  /** max sum w_g y_g, y_g &le; sum_{j in N_g} x_j, sum x_j &le; k; hint = a known solution. */
  Outcome mclp(ReducedInstance r, int k, int[] hint, SolveControl control) {
    return solve(r, hint, control, k, -1);
  }

  /** min sum x_j, sum w_g y_g &ge; need, y_g &le; sum_{j in N_g} x_j; hint = a known solution. */
  Outcome lscp(ReducedInstance r, long need, int[] hint, SolveControl control) {
    return solve(r, hint, control, -1, need);
  }

  /**
   * Builds and solves on a worker thread and waits no longer than the deadline (plus {@link
   * #GRACE_MILLIS}) or a cancel: some backends check their time limit only between phases (SCIP in
   * a long root LP) and CBC cannot be interrupted at all, so a late or cancelled solve is
   * interrupted where the backend allows it and abandoned — it frees itself and its permit when it
   * stops — and the caller goes on with what it has.
   */
  private Outcome solve(ReducedInstance r, int[] hint, SolveControl control, int k, long need) {
    return abandonable(
        control, backend, solver -> build(solver, r, hint, control, k, need), NOTHING);
  }

  /**
   * A native solve under {@link #PERMITS}: a solver of {@code backend} is created on a worker
   * thread, {@code work} builds and solves on it, and the solver is deleted after; the caller waits
   * no longer than the control's deadline plus {@link #GRACE_MILLIS}, or until a cancel; then the
   * solve is interrupted where the backend allows it and abandoned (it frees itself and its permit
   * when it stops), and {@code nothing} is returned. Also {@code nothing} when no permit came
   * before the deadline.
   */
  static <T> T abandonable(
      SolveControl control, String backend, Function<MPSolver, T> work, T nothing) {
    if (control.stopped()) {
      return nothing;
    }
    try {
      if (!PERMITS.tryAcquire(control.remainingNanos(), TimeUnit.NANOSECONDS)) {
        return nothing;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return nothing;
    }
    MPSolver[] running = new MPSolver[1];
    Future<T> f;
    try {
      f =
          WORKERS.submit(
              () -> {
                try {
                  return withSolver(backend, running, work);
                } finally {
                  PERMITS.release();
                }
              });
    } catch (RuntimeException e) {
      PERMITS.release();
      throw e;
    }
    long giveUp = System.nanoTime() + control.remainingNanos() + GRACE_MILLIS * 1_000_000;
    try {
      while (true) {
        long left = giveUp - System.nanoTime();
        if (control.cancelled() || left <= 0) {
          break;
        }
        try {
          return f.get(Math.min(left, POLL_MILLIS * 1_000_000), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          // poll the cancel switch again
        }
      }
      synchronized (running) {
        if (running[0] != null) {
          running[0].interruptSolve();
        }
      }
      return nothing;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return nothing;
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re
          ? re
          : new IllegalStateException(e.getCause());
    }
  }

  private static boolean nativeLoaded;

  /** OR-Tools' native library, once per process. */
  static synchronized void loadNative() {
    if (!nativeLoaded) {
      Loader.loadNativeLibraries();
      nativeLoaded = true;
    }
  }

  /**
   * Creates a solver of {@code backend}, kept in {@code running[0]} (under that array's lock) while
   * {@code work} runs on it so that a waiting caller may interrupt it, and deletes it after.
   */
  private static <T> T withSolver(String backend, MPSolver[] running, Function<MPSolver, T> work) {
    loadNative();
    MPSolver solver = MPSolver.createSolver(backend);
    if (solver == null) {
      throw new IllegalStateException("OR-Tools has no MIP backend " + backend);
    }
    synchronized (running) {
      running[0] = solver;
    }
    try {
      return work.apply(solver);
    } finally {
      synchronized (running) {
        running[0] = null;
        solver.delete();
      }
    }
  }

  /**
   * Solves with a time limit of {@code millis}, interrupted at that deadline (the backends do not
   * all keep their own time limit in presolve) or at a cancel, with a relative gap of 0 so that
   * OPTIMAL means proven (no default 1e-4 gap).
   */
  static MPSolver.ResultStatus solveExact(MPSolver solver, long millis, SolveControl control) {
    solver.setTimeLimit(millis);
    ScheduledFuture<?> alarm =
        ALARM.schedule(solver::interruptSolve, millis + 20, TimeUnit.MILLISECONDS);
    try (AutoCloseable stop = control.onCancel(solver::interruptSolve)) {
      MPSolverParameters params = new MPSolverParameters();
      params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.0);
      return solver.solve(params);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      alarm.cancel(false);
    }
  }

  private Outcome build(
      MPSolver solver, ReducedInstance r, int[] hint, SolveControl control, int k, long need) {
    int m = r.candidates.length;
    MPVariable[] x = new MPVariable[m];
    for (int j = 0; j < m; j++) {
      x[j] = solver.makeBoolVar("x" + j);
    }
    MPVariable[] y = new MPVariable[r.weights.length];
    for (int g = 0; g < y.length; g++) {
      y[g] = solver.makeNumVar(0, 1, "y" + g);
      MPConstraint link = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
      link.setCoefficient(y[g], 1);
      for (int j : r.sets[g]) {
        link.setCoefficient(x[j], -1);
      }
    }
    MPObjective objective = solver.objective();
    boolean mclp = k >= 0;
    if (mclp) {
      MPConstraint sites = solver.makeConstraint(Double.NEGATIVE_INFINITY, k);
      for (MPVariable v : x) {
        sites.setCoefficient(v, 1);
      }
      for (int g = 0; g < y.length; g++) {
        objective.setCoefficient(y[g], r.weights[g]);
      }
      objective.setMaximization();
    } else {
      MPConstraint enough = solver.makeConstraint(need, Double.POSITIVE_INFINITY);
      for (int g = 0; g < y.length; g++) {
        enough.setCoefficient(y[g], r.weights[g]);
      }
      for (MPVariable v : x) {
        objective.setCoefficient(v, 1);
      }
      objective.setMinimization();
    }
    if (hint != null) {
      double[] values = new double[m];
      for (int j : hint) {
        values[j] = 1;
      }
      solver.setHint(x, values);
    }
    if (threads > 1 && !"CBC".equals(backend) && !"SCIP".equals(backend)) {
      // SCIP's concurrent mode crashes the JVM when interrupted (OR-Tools 9.12): one thread
      solver.setNumThreads(threads);
    }
    long millis = control.remainingNanos() / 1_000_000;
    if (millis <= 0) {
      return NOTHING;
    }
    if (Boolean.getBoolean("siting.mip.log")) {
      solver.enableOutput();
    }
    MPSolver.ResultStatus status = solveExact(solver, millis, control);
    if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
      return new Outcome(null, Double.NaN, boundOf(objective, mclp), false);
    }
    BitSet chosen = new BitSet();
    for (int j = 0; j < m; j++) {
      if (x[j].solutionValue() > 0.5) {
        chosen.set(j);
      }
    }
    boolean optimal = status == MPSolver.ResultStatus.OPTIMAL && !control.cancelled();
    return new Outcome(chosen, objective.value(), boundOf(objective, mclp), optimal);
  }

  private static double boundOf(MPObjective objective, boolean mclp) {
    double b = objective.bestBound();
    if (Double.isNaN(b) || Double.isInfinite(b)) {
      return mclp ? Double.POSITIVE_INFINITY : 0;
    }
    return b;
  }
}
