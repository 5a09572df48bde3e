package cn.chegu.viewer.transit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A feed compiled for RAPTOR: the trips running on one date (calendar.txt and calendar_dates.txt,
 * see {@link ServiceCalendar}) on lines whose status is in a set, frequency-based trips expanded to
 * scheduled departures, grouped into {@link Pattern}s. Stops keep the feed's order; a stop served
 * by no running trip stays (it is simply never boarded).
 */
public final class Timetable {

  private final List<GtfsFeed.Stop> stops;
  private final Map<String, Integer> stopIndex = new HashMap<>();
  private final List<Pattern> patterns;
  private final int[][] patternsAt;
  private final int[][] positionsAt;

  private Timetable(List<GtfsFeed.Stop> stops, List<Pattern> patterns) {
    this.stops = List.copyOf(stops);
    for (int i = 0; i < stops.size(); i++) {
      stopIndex.put(stops.get(i).id(), i);
    }
    this.patterns = List.copyOf(patterns);
    List<List<int[]>> at = new ArrayList<>();
    for (int i = 0; i < stops.size(); i++) {
      at.add(new ArrayList<>());
    }
    for (int p = 0; p < patterns.size(); p++) {
      int[] s = patterns.get(p).stops();
      for (int i = 0; i < s.length; i++) {
        at.get(s[i]).add(new int[] {p, i});
      }
    }
    patternsAt = new int[stops.size()][];
    positionsAt = new int[stops.size()][];
    for (int i = 0; i < stops.size(); i++) {
      patternsAt[i] = at.get(i).stream().mapToInt(a -> a[0]).toArray();
      positionsAt[i] = at.get(i).stream().mapToInt(a -> a[1]).toArray();
    }
  }

  /**
   * Compiles the trips of {@code feed} that run on the feed's typical {@code day} ({@link
   * ServiceCalendar#typical}: the first such weekday without calendar_dates exceptions) on routes
   * whose status is in {@code statuses}.
   */
  public static Timetable compile(GtfsFeed feed, Set<String> statuses, DayOfWeek day) {
    return compile(feed, statuses, ServiceCalendar.of(feed).typical(day));
  }

  /**
   * Compiles the trips of {@code feed} that run on {@code date} (calendar.txt's weekdays and date
   * range, then calendar_dates.txt's exceptions) on routes whose status is in {@code statuses}.
   */
  public static Timetable compile(GtfsFeed feed, Set<String> statuses, LocalDate date) {
    Map<String, GtfsFeed.Route> routes = new HashMap<>();
    feed.routes().forEach(r -> routes.put(r.id(), r));
    Set<String> running = ServiceCalendar.of(feed).running(date);
    Map<String, List<GtfsFeed.Frequency>> frequencies = new HashMap<>();
    feed.frequencies()
        .forEach(f -> frequencies.computeIfAbsent(f.tripId(), k -> new ArrayList<>()).add(f));
    Map<String, Integer> stopIndex = new HashMap<>();
    for (int i = 0; i < feed.stops().size(); i++) {
      stopIndex.put(feed.stops().get(i).id(), i);
    }
    Map<String, List<GtfsFeed.StopTime>> calls = TripCalls.byTrip(feed);
    // pattern key (route + stop sequence) → trips as {arrivals, departures}
    Map<String, List<int[][]>> trips = new LinkedHashMap<>();
    Map<String, int[]> patternStops = new HashMap<>();
    Map<String, String> patternRoute = new HashMap<>();
    for (GtfsFeed.Trip trip : feed.trips()) {
      GtfsFeed.Route route = routes.get(trip.routeId());
      if (!statuses.contains(route.status()) || !running.contains(trip.serviceId())) {
        continue;
      }
      List<GtfsFeed.StopTime> c = calls.get(trip.id());
      int[] s = c.stream().mapToInt(st -> stopIndex.get(st.stopId())).toArray();
      int[] arr = c.stream().mapToInt(GtfsFeed.StopTime::arrivalSeconds).toArray();
      int[] dep = c.stream().mapToInt(GtfsFeed.StopTime::departureSeconds).toArray();
      String key = route.id() + "|" + Arrays.toString(s);
      patternStops.put(key, s);
      patternRoute.put(key, route.id());
      List<int[][]> list = trips.computeIfAbsent(key, k -> new ArrayList<>());
      List<GtfsFeed.Frequency> fs = frequencies.get(trip.id());
      if (fs == null) {
        list.add(new int[][] {arr, dep});
        continue;
      }
      for (GtfsFeed.Frequency f : fs) {
        for (int t = f.startSeconds(); t < f.endSeconds(); t += f.headwaySeconds()) {
          int shift = t - dep[0];
          list.add(new int[][] {shifted(arr, shift), shifted(dep, shift)});
        }
      }
    }
    List<Pattern> patterns = new ArrayList<>();
    for (Map.Entry<String, List<int[][]>> e : trips.entrySet()) {
      for (List<int[][]> fifo : fifoGroups(e.getValue())) {
        int[][] arrivals = fifo.stream().map(t -> t[0]).toArray(int[][]::new);
        int[][] departures = fifo.stream().map(t -> t[1]).toArray(int[][]::new);
        patterns.add(
            new Pattern(
                patternRoute.get(e.getKey()), patternStops.get(e.getKey()), arrivals, departures));
      }
    }
    return new Timetable(feed.stops(), patterns);
  }

  /**
   * Splits the trips of a pattern so that within each group no trip overtakes another: sorted by
   * first departure, a trip joins the first group whose last trip it never passes.
   */
  private static List<List<int[][]>> fifoGroups(List<int[][]> trips) {
    List<int[][]> sorted = new ArrayList<>(trips);
    sorted.sort(Comparator.comparingInt((int[][] t) -> t[1][0]));
    List<List<int[][]>> groups = new ArrayList<>();
    for (int[][] t : sorted) {
      List<int[][]> home = null;
      for (List<int[][]> g : groups) {
        if (neverBefore(t, g.get(g.size() - 1))) {
          home = g;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        groups.add(home);
      }
      home.add(t);
    }
    return groups;
  }

  private static boolean neverBefore(int[][] later, int[][] earlier) {
    for (int i = 0; i < later[0].length; i++) {
      if (later[0][i] < earlier[0][i] || later[1][i] < earlier[1][i]) {
        return false;
      }
    }
    return true;
  }

  private static int[] shifted(int[] times, int shift) {
    int[] out = new int[times.length];
    for (int i = 0; i < times.length; i++) {
      out[i] = times[i] + shift;
    }
    return out;
  }

  public int stopCount() {
    return stops.size();
  }

  public GtfsFeed.Stop stop(int index) {
    return stops.get(index);
  }

  public List<GtfsFeed.Stop> stops() {
    return stops;
  }

  /** The stop's index, or -1 when the feed has no such stop. */
  public int stopIndex(String stopId) {
    return stopIndex.getOrDefault(stopId, -1);
  }

  public List<Pattern> patterns() {
    return patterns;
  }

  /** Whether any running trip calls at the stop. */
  public boolean served(int stop) {
    return patternsAt[stop].length > 0;
  }

  int[] patternsAt(int stop) {
    return patternsAt[stop];
  }

  int[] positionsAt(int stop) {
    return positionsAt[stop];
  }
}
