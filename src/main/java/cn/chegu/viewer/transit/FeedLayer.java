package cn.chegu.viewer.transit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A GTFS feed as the features of the {@code transit} layer, and back, so that a feed is stored,
 * versioned and restored like every layer. Stops are points ({@code kind=stop}); every trip is a
 * line through its stops ({@code kind=trip}) whose properties carry its route (with the route's own
 * provenance in {@code route_source}), the weekdays it runs ({@code days}, seven 0/1 digits from
 * Monday), its calls ({@code stops}, {@code arrivals}, {@code departures}: {@code |}-separated,
 * times in seconds after midnight) and its frequencies ({@code start-end/headway}, {@code
 * |}-separated, empty when scheduled). A service with a date range or calendar_dates.txt exceptions
 * also keeps {@code service_id}, {@code service_start}/{@code service_end} (YYYYMMDD or empty) and
 * {@code service_added}/{@code service_removed} ({@code |}-separated dates); an undated service
 * without exceptions is stored by its weekdays alone (as before those properties existed). Nothing
 * of the feed that the routing uses is lost: {@code fromFeatures(toFeatures(feed))} compiles to the
 * same timetable.
 */
public final class FeedLayer {

  /** One feature of the layer (WGS84). */
  public record Feature(String id, Geometry geometry, Map<String, Object> properties) {}

  private static final GeometryFactory GEOMETRY = new GeometryFactory();
  private static final DayOfWeek[] DAYS = DayOfWeek.values();

  private FeedLayer() {}

  /**
   * The layer's features for a feed: stops first (feed order), then trips.
   *
   * @param planRef the plan clause the lines come from (for the provenance properties)
   */
  public static List<Feature> toFeatures(GtfsFeed feed, String planRef) {
    Map<String, GtfsFeed.Stop> stops = new HashMap<>();
    feed.stops().forEach(s -> stops.put(s.id(), s));
    Map<String, GtfsFeed.Route> routes = new HashMap<>();
    feed.routes().forEach(r -> routes.put(r.id(), r));
    Map<String, GtfsFeed.Service> services = new HashMap<>();
    feed.services().forEach(s -> services.put(s.id(), s));
    Map<String, List<GtfsFeed.Frequency>> frequencies = new HashMap<>();
    feed.frequencies()
        .forEach(f -> frequencies.computeIfAbsent(f.tripId(), k -> new ArrayList<>()).add(f));
    Map<String, List<GtfsFeed.StopTime>> calls = TripCalls.byTrip(feed);
    Map<String, List<GtfsFeed.ServiceException>> exceptions = new HashMap<>();
    feed.exceptions()
        .forEach(e -> exceptions.computeIfAbsent(e.serviceId(), k -> new ArrayList<>()).add(e));
    Map<String, String> stopStatus = new HashMap<>();
    for (GtfsFeed.Trip t : feed.trips()) {
      String status = routes.get(t.routeId()).status();
      for (GtfsFeed.StopTime c : calls.get(t.id())) {
        stopStatus.merge(c.stopId(), status, FeedLayer::earlier);
      }
    }
    List<Feature> out = new ArrayList<>();
    for (GtfsFeed.Stop s : feed.stops()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("id", "stop-" + s.id());
      p.put("name_zh", s.name());
      p.put("name_en", "");
      p.put("source", "GTFS stops.txt");
      p.put("plan_ref", planRef);
      p.put("accuracy_m", 300);
      p.put("status", stopStatus.getOrDefault(s.id(), "existing"));
      p.put("kind", "stop");
      p.put("stop_id", s.id());
      out.add(
          new Feature("stop-" + s.id(), GEOMETRY.createPoint(new Coordinate(s.lon(), s.lat())), p));
    }
    for (GtfsFeed.Trip t : feed.trips()) {
      GtfsFeed.Route r = routes.get(t.routeId());
      List<GtfsFeed.StopTime> c = calls.get(t.id());
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("id", "trip-" + t.id());
      p.put("name_zh", r.shortName() + " " + r.longName());
      p.put("name_en", "");
      p.put("source", "GTFS trips.txt");
      p.put("plan_ref", planRef);
      p.put("accuracy_m", 300);
      p.put("status", r.status());
      p.put("kind", "trip");
      p.put("trip_id", t.id());
      p.put("route_id", r.id());
      p.put("route_short_name", r.shortName());
      p.put("route_long_name", r.longName());
      p.put("route_type", r.type());
      p.put("route_source", r.source());
      GtfsFeed.Service service = services.get(t.serviceId());
      p.put("days", days(service.days()));
      List<GtfsFeed.ServiceException> changes = exceptions.getOrDefault(t.serviceId(), List.of());
      if (service.start() != null || service.end() != null || !changes.isEmpty()) {
        p.put("service_id", service.id());
        p.put("service_start", date(service.start()));
        p.put("service_end", date(service.end()));
        p.put("service_added", dates(changes, true));
        p.put("service_removed", dates(changes, false));
      }
      p.put("stops", c.stream().map(GtfsFeed.StopTime::stopId).collect(Collectors.joining("|")));
      p.put("arrivals", join(c.stream().mapToInt(GtfsFeed.StopTime::arrivalSeconds).toArray()));
      p.put("departures", join(c.stream().mapToInt(GtfsFeed.StopTime::departureSeconds).toArray()));
      p.put(
          "frequencies",
          frequencies.getOrDefault(t.id(), List.of()).stream()
              .map(f -> f.startSeconds() + "-" + f.endSeconds() + "/" + f.headwaySeconds())
              .collect(Collectors.joining("|")));
      Coordinate[] line =
          c.stream()
              .map(x -> stops.get(x.stopId()))
              .map(s -> new Coordinate(s.lon(), s.lat()))
              .toArray(Coordinate[]::new);
      out.add(new Feature("trip-" + t.id(), GEOMETRY.createLineString(line), p));
    }
    return out;
  }

  /**
   * The feed stored in a layer's features (other kinds of feature are ignored).
   *
   * @throws InvalidFeedException naming the feature whose properties are broken
   */
  public static GtfsFeed fromFeatures(List<Feature> features) {
    List<GtfsFeed.Stop> stops = new ArrayList<>();
    Map<String, GtfsFeed.Route> routes = new LinkedHashMap<>();
    Map<String, GtfsFeed.Service> services = new LinkedHashMap<>();
    List<GtfsFeed.Trip> trips = new ArrayList<>();
    List<GtfsFeed.StopTime> stopTimes = new ArrayList<>();
    List<GtfsFeed.Frequency> frequencies = new ArrayList<>();
    Map<String, List<GtfsFeed.ServiceException>> exceptions = new LinkedHashMap<>();
    for (Feature f : features) {
      String kind = text(f, "kind");
      if (kind.equals("stop")) {
        Coordinate c = f.geometry().getCoordinate();
        stops.add(new GtfsFeed.Stop(text(f, "stop_id"), text(f, "name_zh"), c.x, c.y));
      } else if (kind.equals("trip")) {
        trip(f, routes, services, exceptions, trips, stopTimes, frequencies);
      }
    }
    return new GtfsFeed(
        stops,
        List.copyOf(routes.values()),
        trips,
        stopTimes,
        frequencies,
        List.copyOf(services.values()),
        exceptions.values().stream().flatMap(List::stream).toList());
  }

  private static void trip(
      Feature f,
      Map<String, GtfsFeed.Route> routes,
      Map<String, GtfsFeed.Service> services,
      Map<String, List<GtfsFeed.ServiceException>> exceptions,
      List<GtfsFeed.Trip> trips,
      List<GtfsFeed.StopTime> stopTimes,
      List<GtfsFeed.Frequency> frequencies) {
    try {
      String tripId = text(f, "trip_id");
      String routeId = text(f, "route_id");
      routes.putIfAbsent(
          routeId,
          new GtfsFeed.Route(
              routeId,
              text(f, "route_short_name"),
              text(f, "route_long_name"),
              Integer.parseInt(text(f, "route_type")),
              text(f, "status"),
              text(f, "route_source")));
      String days = text(f, "days");
      String serviceId = text(f, "service_id");
      if (serviceId.isEmpty()) {
        serviceId = "days-" + days;
        services.computeIfAbsent(serviceId, id -> new GtfsFeed.Service(id, days(days)));
      } else if (!services.containsKey(serviceId)) {
        services.put(
            serviceId,
            new GtfsFeed.Service(
                serviceId,
                days(days),
                date(text(f, "service_start")),
                date(text(f, "service_end"))));
        List<GtfsFeed.ServiceException> changes = new ArrayList<>();
        for (LocalDate d : dates(text(f, "service_added"))) {
          changes.add(new GtfsFeed.ServiceException(serviceId, d, true));
        }
        for (LocalDate d : dates(text(f, "service_removed"))) {
          changes.add(new GtfsFeed.ServiceException(serviceId, d, false));
        }
        exceptions.put(serviceId, changes);
      }
      trips.add(new GtfsFeed.Trip(tripId, routeId, serviceId));
      String[] stops = text(f, "stops").split("\\|");
      int[] arr = ints(text(f, "arrivals"));
      int[] dep = ints(text(f, "departures"));
      if (arr.length != stops.length || dep.length != stops.length) {
        throw new IllegalArgumentException("stops, arrivals and departures differ in length");
      }
      for (int i = 0; i < stops.length; i++) {
        stopTimes.add(new GtfsFeed.StopTime(tripId, i + 1, stops[i], arr[i], dep[i]));
      }
      String fq = text(f, "frequencies");
      if (!fq.isEmpty()) {
        for (String part : fq.split("\\|")) {
          String[] a = part.split("[-/]");
          frequencies.add(
              new GtfsFeed.Frequency(
                  tripId, Integer.parseInt(a[0]), Integer.parseInt(a[1]), Integer.parseInt(a[2])));
        }
      }
    } catch (RuntimeException e) {
      throw new InvalidFeedException(
          "transit layer feature " + f.id() + ": not a stored trip (" + e.getMessage() + ")");
    }
  }

  private static String earlier(String a, String b) {
    List<String> order = List.of("existing", "under_construction", "planned");
    return order.indexOf(a) <= order.indexOf(b) ? a : b;
  }

  private static String text(Feature f, String key) {
    Object v = f.properties().get(key);
    return v == null ? "" : v.toString();
  }

  private static String days(Set<DayOfWeek> days) {
    StringBuilder b = new StringBuilder();
    for (DayOfWeek d : DAYS) {
      b.append(days.contains(d) ? '1' : '0');
    }
    return b.toString();
  }

  private static Set<DayOfWeek> days(String digits) {
    if (!digits.matches("[01]{7}")) {
      throw new IllegalArgumentException("days must be seven 0/1 digits, got '" + digits + "'");
    }
    Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
    for (int i = 0; i < 7; i++) {
      if (digits.charAt(i) == '1') {
        out.add(DAYS[i]);
      }
    }
    return out;
  }

  private static String date(LocalDate date) {
    return date == null ? "" : date.format(DateTimeFormatter.BASIC_ISO_DATE);
  }

  private static LocalDate date(String text) {
    return text.isEmpty() ? null : LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE);
  }

  private static String dates(List<GtfsFeed.ServiceException> changes, boolean added) {
    return changes.stream()
        .filter(e -> e.added() == added)
        .map(e -> date(e.date()))
        .collect(Collectors.joining("|"));
  }

  private static List<LocalDate> dates(String text) {
    return text.isEmpty()
        ? List.of()
        : Arrays.stream(text.split("\\|")).map(FeedLayer::date).toList();
  }

  private static String join(int[] values) {
    return Arrays.stream(values).mapToObj(Integer::toString).collect(Collectors.joining("|"));
  }

  private static int[] ints(String text) {
    return Arrays.stream(text.split("\\|")).mapToInt(Integer::parseInt).toArray();
  }
}
