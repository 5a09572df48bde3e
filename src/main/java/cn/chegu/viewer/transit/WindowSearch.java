package cn.chegu.viewer.transit;

import java.util.Arrays;

/**
 * RAPTOR over a departure window: a search every minute, and per stop the travel time's percentile
 * and best over the departures (Conveyal R5 reports travel-time percentiles over a window the same
 * way). An unreached departure counts as infinitely long, so a stop served only rarely has a large
 * median.
 */
public final class WindowSearch {

  private WindowSearch() {}

  /**
   * Travel times from one origin to every stop.
   *
   * @param access walk seconds from the origin to each stop ({@link Raptor#UNREACHED} when none)
   */
  public static StopTravelTimes search(
      Timetable tt, Transfers transfers, int[] access, TransitRules rules) {
    int n = tt.stopCount();
    int d = rules.departures();
    int[][] times = new int[n][d];
    for (int m = 0; m < d; m++) {
      Raptor.Arrivals a =
          Raptor.search(
              tt,
              transfers,
              access,
              rules.fromSeconds() + 60 * m,
              rules.maxRides(),
              rules.transferPenaltySeconds());
      for (int s = 0; s < n; s++) {
        times[s][m] = a.travelSeconds(s);
      }
    }
    double[] percentile = new double[n];
    double[] best = new double[n];
    int rank = Math.max(1, (int) Math.ceil(rules.percentile() / 100.0 * d)) - 1;
    for (int s = 0; s < n; s++) {
      int[] sorted = times[s].clone();
      Arrays.sort(sorted);
      percentile[s] = seconds(sorted[rank]);
      best[s] = seconds(sorted[0]);
    }
    return new StopTravelTimes(d, percentile, best);
  }

  private static double seconds(int t) {
    return t == Raptor.UNREACHED ? Double.POSITIVE_INFINITY : t;
  }

  /**
   * Per stop: travel time from the origin (access walk, waits and rides included).
   *
   * @param departures searches run
   * @param percentileSeconds the rules' percentile over departures; +Infinity when not reached
   * @param bestSeconds the shortest over departures
   */
  public record StopTravelTimes(int departures, double[] percentileSeconds, double[] bestSeconds) {}
}
