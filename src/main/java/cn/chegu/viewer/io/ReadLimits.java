package cn.chegu.viewer.io;

import cn.chegu.viewer.budget.WorkBudget;
import org.locationtech.jts.geom.Geometry;

/**
 * How much one import may read, counted WHILE its file is read (before the whole file is in
 * memory): features (rows of a table, records of a DBF, ways of an OSM file) and vertices. Bound to
 * the importing thread like {@link WorkBudget} (the readers are static and take no context); each
 * count also checks the import's time budget. Outside {@link #open} nothing is counted (the sample
 * data loader reads trusted files).
 *
 * @param maxFeatures features one file may hold
 * @param maxVertices vertices of all its geometries together
 */
public record ReadLimits(long maxFeatures, long maxVertices) {

  private static final ThreadLocal<Counter> CURRENT = new ThreadLocal<>();

  /** Counts against these limits on this thread until the returned scope is closed. */
  public Scope open() {
    Counter before = CURRENT.get();
    CURRENT.set(new Counter(this));
    return () -> {
      if (before == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(before);
      }
    };
  }

  /** An open count; closing it ends the count. */
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Counts one feature (its geometry may be null: a table row before its point is made).
   *
   * @throws ImportTooLargeException past a limit
   * @throws cn.chegu.viewer.budget.BudgetExceededException past the import's time budget
   */
  public static void feature(Geometry geometry) {
    Counter c = CURRENT.get();
    if (c != null) {
      c.add(geometry == null ? 0 : geometry.getNumPoints());
    }
  }

  /**
   * Counts {@code n} vertices that belong to no feature yet (the nodes of an OSM file, kept until
   * its ways are assembled).
   *
   * @throws ImportTooLargeException past the vertex limit
   */
  public static void vertices(int n) {
    Counter c = CURRENT.get();
    if (c != null) {
      c.addVertices(n);
    }
  }

  private static final class Counter {
    private final ReadLimits limits;
    private long features;
    private long vertices;

    Counter(ReadLimits limits) {
      this.limits = limits;
    }

    void add(int points) {
      features++;
      if (features > limits.maxFeatures) {
        throw new ImportTooLargeException(
            "the file holds more than "
                + limits.maxFeatures
                + " features (chegu.imports.max-features); nothing was written");
      }
      addVertices(points);
    }

    void addVertices(int points) {
      vertices += points;
      if (vertices > limits.maxVertices) {
        throw new ImportTooLargeException(
            "the file's geometries hold more than "
                + limits.maxVertices
                + " vertices (chegu.imports.max-vertices); nothing was written");
      }
      WorkBudget.check();
    }
  }
}
