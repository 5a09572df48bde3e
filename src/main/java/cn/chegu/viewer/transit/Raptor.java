package cn.chegu.viewer.transit;

import java.util.Arrays;

/**
 * Round-based public transit routing (RAPTOR; Delling, Pajor and Werneck, Transportation Science
 * 2015, first presented at ALENEX 2012) for one departure time: earliest arrival at every stop with
 * at most {@code maxRides} vehicle trips.
 *
 * <p>Round 0 places the traveller at the stops the access walk reaches ({@code departure +
 * access}). Round k scans every pattern serving a stop improved in round k−1, from the first such
 * stop on: riding the current trip improves the stops down the line, and at each stop the traveller
 * may hop on an earlier trip of the pattern if they are there by its departure (plus the transfer
 * penalty from round 2 on). Stops improved by a ride then spread over the walking transfers. A
 * stop's arrival is the best over all rounds; the work is O(rounds · (pattern stops + transfers))
 * plus a binary search per boarding. No target pruning: every stop is wanted.
 */
public final class Raptor {

  /** Not reached. */
  public static final int UNREACHED = Integer.MAX_VALUE;

  private Raptor() {}

  /**
   * Earliest arrivals.
   *
   * @param access seconds of walk from the origin to each stop, {@link #UNREACHED} when none
   * @param departure seconds after midnight when the traveller leaves the origin
   * @param maxRides most vehicle trips (rounds)
   * @param transferPenaltySeconds minimum time from reaching a stop in round ≥ 1 to boarding
   */
  public static Arrivals search(
      Timetable tt,
      Transfers transfers,
      int[] access,
      int departure,
      int maxRides,
      int transferPenaltySeconds) {
    int n = tt.stopCount();
    if (access.length != n) {
      throw new IllegalArgumentException("one access time per stop");
    }
    int[] best = new int[n];
    int[] rides = new int[n];
    int[] prev = new int[n];
    Arrays.fill(best, UNREACHED);
    Arrays.fill(rides, -1);
    Arrays.fill(prev, UNREACHED);
    boolean[] marked = new boolean[n];
    boolean any = false;
    for (int s = 0; s < n; s++) {
      if (access[s] != UNREACHED) {
        prev[s] = departure + access[s];
        best[s] = prev[s];
        rides[s] = 0;
        marked[s] = true;
        any = true;
      }
    }
    int[] firstPosition = new int[tt.patterns().size()];
    for (int k = 1; k <= maxRides && any; k++) {
      Arrays.fill(firstPosition, -1);
      for (int s = 0; s < n; s++) {
        if (marked[s]) {
          int[] ps = tt.patternsAt(s);
          int[] pos = tt.positionsAt(s);
          for (int j = 0; j < ps.length; j++) {
            if (firstPosition[ps[j]] < 0 || pos[j] < firstPosition[ps[j]]) {
              firstPosition[ps[j]] = pos[j];
            }
          }
        }
      }
      int[] cur = prev.clone();
      boolean[] byRide = new boolean[n];
      int slack = k > 1 ? transferPenaltySeconds : 0;
      for (int p = 0; p < firstPosition.length; p++) {
        if (firstPosition[p] >= 0) {
          scan(tt.patterns().get(p), firstPosition[p], prev, cur, best, rides, byRide, k, slack);
        }
      }
      boolean[] next = byRide.clone();
      for (int s = 0; s < n; s++) {
        if (!byRide[s]) {
          continue;
        }
        int[] to = transfers.targets(s);
        int[] secs = transfers.seconds(s);
        for (int j = 0; j < to.length; j++) {
          int t = cur[s] + secs[j];
          if (t < best[to[j]]) {
            best[to[j]] = t;
            cur[to[j]] = t;
            rides[to[j]] = k;
            next[to[j]] = true;
          }
        }
      }
      any = false;
      for (boolean b : next) {
        any |= b;
      }
      marked = next;
      prev = cur;
    }
    return new Arrivals(departure, best, rides);
  }

  private static void scan(
      Pattern p,
      int from,
      int[] prev,
      int[] cur,
      int[] best,
      int[] rides,
      boolean[] improved,
      int round,
      int slack) {
    int trip = -1;
    int[] stops = p.stops();
    for (int i = from; i < stops.length; i++) {
      int s = stops[i];
      if (trip >= 0) {
        int arrival = p.arrivals()[trip][i];
        if (arrival < best[s]) {
          best[s] = arrival;
          cur[s] = arrival;
          rides[s] = round;
          improved[s] = true;
        }
      }
      if (prev[s] != UNREACHED) {
        int ready = prev[s] + slack;
        if (trip < 0 || ready <= p.departures()[trip][i]) {
          int t = p.earliestTrip(i, ready);
          if (t >= 0 && (trip < 0 || t < trip)) {
            trip = t;
          }
        }
      }
    }
  }

  /**
   * Earliest arrivals of one search.
   *
   * @param departure when the traveller left the origin
   * @param arrival per stop, seconds after midnight, {@link #UNREACHED} when not reached
   * @param rides vehicle trips taken to get there at that time (0 = on foot), -1 when not reached
   */
  public record Arrivals(int departure, int[] arrival, int[] rides) {

    /** Travel time from the origin to the stop in seconds, {@link #UNREACHED} when not reached. */
    public int travelSeconds(int stop) {
      return arrival[stop] == UNREACHED ? UNREACHED : arrival[stop] - departure;
    }
  }
}
