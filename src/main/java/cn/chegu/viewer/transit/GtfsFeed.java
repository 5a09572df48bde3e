package cn.chegu.viewer.transit;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

/**
 * The parts of a GTFS feed the routing uses, as read (no cross-checks beyond the reader's). Times
 * are seconds after midnight of the service day (may exceed 24 h, as GTFS allows).
 */
public record GtfsFeed(
    List<Stop> stops,
    List<Route> routes,
    List<Trip> trips,
    List<StopTime> stopTimes,
    List<Frequency> frequencies,
    List<Service> services) {

  public GtfsFeed {
    stops = List.copyOf(stops);
    routes = List.copyOf(routes);
    trips = List.copyOf(trips);
    stopTimes = List.copyOf(stopTimes);
    frequencies = List.copyOf(frequencies);
    services = List.copyOf(services);
  }

  /** A stop or station, WGS84. */
  public record Stop(String id, String name, double lon, double lat) {}

  /**
   * A line.
   *
   * @param type GTFS route_type (0 tram, 1 metro, 2 rail, 3 bus …)
   * @param status existing, under_construction or planned (extension column; absent = existing)
   * @param source where the line and its timetable come from (extension column, may be empty)
   */
  public record Route(
      String id, String shortName, String longName, int type, String status, String source) {}

  public record Trip(String id, String routeId, String serviceId) {}

  /** One call; {@code sequence} orders the calls of a trip. */
  public record StopTime(
      String tripId, int sequence, String stopId, int arrivalSeconds, int departureSeconds) {}

  /** A frequency-based trip repeated every {@code headwaySeconds} in [start, end). */
  public record Frequency(String tripId, int startSeconds, int endSeconds, int headwaySeconds) {}

  /** A calendar.txt row: the weekdays on which the service runs. */
  public record Service(String id, Set<DayOfWeek> days) {
    public Service {
      days = Set.copyOf(days);
    }
  }
}
