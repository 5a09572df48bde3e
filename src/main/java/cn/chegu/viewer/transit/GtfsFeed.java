package cn.chegu.viewer.transit;

import java.time.DayOfWeek;
import java.time.LocalDate;
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
    List<Service> services,
    List<ServiceException> exceptions) {

  public GtfsFeed {
    stops = List.copyOf(stops);
    routes = List.copyOf(routes);
    trips = List.copyOf(trips);
    stopTimes = List.copyOf(stopTimes);
    frequencies = List.copyOf(frequencies);
    services = List.copyOf(services);
    exceptions = List.copyOf(exceptions);
  }

  /** A feed without {@code calendar_dates.txt}. */
  public GtfsFeed(
      List<Stop> stops,
      List<Route> routes,
      List<Trip> trips,
      List<StopTime> stopTimes,
      List<Frequency> frequencies,
      List<Service> services) {
    this(stops, routes, trips, stopTimes, frequencies, services, List.of());
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

  /**
   * A calendar.txt row: the weekdays on which the service runs between two dates (inclusive). A
   * service named only in calendar_dates.txt has no weekdays and runs on its added dates.
   *
   * @param start first date, or null when the feed gives none (unbounded)
   * @param end last date, or null when the feed gives none (unbounded)
   */
  public record Service(String id, Set<DayOfWeek> days, LocalDate start, LocalDate end) {
    public Service {
      days = Set.copyOf(days);
      if (start != null && end != null && end.isBefore(start)) {
        throw new IllegalArgumentException(
            "service " + id + ": end_date " + end + " is before start_date " + start);
      }
    }

    /** A service on these weekdays with no date range. */
    public Service(String id, Set<DayOfWeek> days) {
      this(id, days, null, null);
    }

    /** Whether the calendar row (exceptions aside) has the service on that date. */
    public boolean scheduled(LocalDate date) {
      return days.contains(date.getDayOfWeek())
          && (start == null || !date.isBefore(start))
          && (end == null || !date.isAfter(end));
    }
  }

  /**
   * A calendar_dates.txt row: on {@code date} the service is added (exception_type 1) or removed
   * (exception_type 2), whatever calendar.txt says.
   */
  public record ServiceException(String serviceId, LocalDate date, boolean added) {}
}
