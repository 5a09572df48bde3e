package cn.chegu.viewer.area;

import java.util.function.Supplier;

/**
 * The area the current thread works for (see the package documentation): bound by the web layer for
 * the length of one request, the {@link Area#DEFAULT default area} when nothing is bound (the
 * start-up load, the warm-ups).
 */
public final class AreaScope {

  private static final ThreadLocal<Area> CURRENT = new ThreadLocal<>();

  private AreaScope() {}

  /** The bound area, or the default area. */
  public static Area current() {
    Area a = CURRENT.get();
    return a == null ? Area.DEFAULT : a;
  }

  /** Binds {@code area} to this thread until {@link #clear()}. */
  public static void bind(Area area) {
    CURRENT.set(area);
  }

  /** Unbinds (back to the default area). */
  public static void clear() {
    CURRENT.remove();
  }

  /** Runs {@code work} with {@code area} bound, restoring what was bound before. */
  public static <T> T with(Area area, Supplier<T> work) {
    Area before = CURRENT.get();
    CURRENT.set(area);
    try {
      return work.get();
    } finally {
      if (before == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(before);
      }
    }
  }

  /** {@code work} bound to the area current now, for another thread to run. */
  public static Runnable wrap(Runnable work) {
    Area area = current();
    return () ->
        with(
            area,
            () -> {
              work.run();
              return null;
            });
  }
}
