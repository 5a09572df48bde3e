package cn.chegu.viewer.transit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The calls of each trip in stop_sequence order, and the feed-wide checks on them. */
final class TripCalls {

  private TripCalls() {}

  /** Stop times grouped per trip id, ordered by stop_sequence. */
  static Map<String, List<GtfsFeed.StopTime>> byTrip(GtfsFeed feed) {
    Map<String, List<GtfsFeed.StopTime>> out = new HashMap<>();
    for (GtfsFeed.StopTime st : feed.stopTimes()) {
      out.computeIfAbsent(st.tripId(), k -> new ArrayList<>()).add(st);
    }
    out.values().forEach(l -> l.sort(Comparator.comparingInt(GtfsFeed.StopTime::sequence)));
    return out;
  }

  /**
   * Every trip has at least two calls with distinct sequence numbers, and its times never go
   * backwards.
   */
  static void check(GtfsFeed feed) {
    Map<String, List<GtfsFeed.StopTime>> calls = byTrip(feed);
    for (GtfsFeed.Trip trip : feed.trips()) {
      List<GtfsFeed.StopTime> c = calls.getOrDefault(trip.id(), List.of());
      if (c.size() < 2) {
        throw new InvalidFeedException(
            "stop_times.txt: trip '" + trip.id() + "' has " + c.size() + " calls (needs ≥ 2)");
      }
      for (int i = 1; i < c.size(); i++) {
        if (c.get(i).sequence() == c.get(i - 1).sequence()) {
          throw new InvalidFeedException(
              "stop_times.txt: trip '"
                  + trip.id()
                  + "' repeats stop_sequence "
                  + c.get(i).sequence());
        }
        if (c.get(i).arrivalSeconds() < c.get(i - 1).departureSeconds()) {
          throw new InvalidFeedException(
              "stop_times.txt: trip '"
                  + trip.id()
                  + "' arrives at stop_sequence "
                  + c.get(i).sequence()
                  + " before it leaves the previous call");
        }
      }
    }
  }
}
