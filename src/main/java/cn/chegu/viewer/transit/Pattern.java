package cn.chegu.viewer.transit;

/**
 * A trip pattern: the trips of one route that call at the same stops in the same order, sorted by
 * departure and never overtaking (so the earliest catchable trip at any stop is found by binary
 * search).
 *
 * @param routeId the GTFS route
 * @param stops stop indexes of the {@link Timetable}, in calling order
 * @param arrivals {@code arrivals[trip][position]}, seconds after midnight
 * @param departures {@code departures[trip][position]}
 */
public record Pattern(String routeId, int[] stops, int[][] arrivals, int[][] departures) {

  public int tripCount() {
    return departures.length;
  }

  /** The first trip leaving {@code position} at or after {@code time}, or -1. */
  public int earliestTrip(int position, int time) {
    int lo = 0;
    int hi = departures.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (departures[mid][position] < time) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < departures.length ? lo : -1;
  }
}
