package cn.chegu.viewer.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Wall-clock account of one request: its total from the moment the request arrived (not from when
 * an inner phase began) and the phases it passed through, in order. Every analysis answer carries
 * one as {@code "timings": {"totalMillis": n, "phases": {"prepare": a, "solve": b, …}}}, so a panel
 * can show what the user actually waited for.
 *
 * <p>Not thread-safe: one per request.
 */
public final class Timings {

  private final long startNanos;
  private final Map<String, Long> phases = new LinkedHashMap<>();

  private Timings(long startNanos) {
    this.startNanos = startNanos;
  }

  /** A clock started now. */
  public static Timings start() {
    return new Timings(System.nanoTime());
  }

  /** A clock started at an earlier {@link System#nanoTime()} (e.g. when the request arrived). */
  public static Timings since(long startNanos) {
    return new Timings(startNanos);
  }

  /** Runs a phase and records its wall time (added to an earlier phase of the same name). */
  public <T> T phase(String name, Supplier<T> work) {
    long t = System.nanoTime();
    try {
      return work.get();
    } finally {
      record(name, System.nanoTime() - t);
    }
  }

  /** Runs a phase with no result. */
  public void run(String name, Runnable work) {
    phase(
        name,
        () -> {
          work.run();
          return null;
        });
  }

  /** Adds nanoseconds to a phase. */
  public void record(String name, long nanos) {
    phases.merge(name, nanos, Long::sum);
  }

  /** Milliseconds since the clock started. */
  public long totalMillis() {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  /** The phases in milliseconds, in the order they first ran. */
  public Map<String, Long> phaseMillis() {
    Map<String, Long> out = new LinkedHashMap<>();
    phases.forEach((k, v) -> out.put(k, v / 1_000_000));
    return Collections.unmodifiableMap(out);
  }

  /**
   * The wall time of a request as an answer shows it.
   *
   * @param totalMillis from the request's arrival until now
   * @param phases milliseconds per named phase ({@code compute}, {@code serialise}, …)
   */
  public record Summary(long totalMillis, Map<String, Long> phases) {}

  /** This clock as an answer shows it. */
  public Summary summary() {
    return new Summary(totalMillis(), phaseMillis());
  }

  /** The JSON shape: {@code {totalMillis, phases}}, total read now. */
  public Map<String, Object> toMap() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("totalMillis", totalMillis());
    out.put("phases", phaseMillis());
    return out;
  }
}
