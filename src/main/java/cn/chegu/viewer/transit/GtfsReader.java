package cn.chegu.viewer.transit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a GTFS feed (its files by name) into a {@link GtfsFeed}, checking what the routing relies
 * on: required files and columns, numbers and times that parse, coordinates in range, ids that
 * resolve (stop_times → trips and stops, trips → routes and calendar.txt or calendar_dates.txt,
 * frequencies → trips), dates that parse (YYYYMMDD), exception types 1 or 2, at least two calls per
 * trip, times that never go backwards along a trip and positive headways. The first problem found
 * is thrown as an {@link InvalidFeedException} naming file and line.
 */
public final class GtfsReader {

  static final List<String> REQUIRED =
      List.of("stops.txt", "routes.txt", "trips.txt", "stop_times.txt");

  private static final DateTimeFormatter GTFS_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private static final CSVFormat CSV =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();

  private static final DayOfWeek[] DAYS = DayOfWeek.values();

  private GtfsReader() {}

  /** Reads the {@code *.txt} files of a directory. */
  public static GtfsFeed readDirectory(Path dir) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : list.toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".txt")) {
          files.put(name, Files.readAllBytes(p));
        }
      }
    } catch (IOException e) {
      throw new InvalidFeedException("cannot read GTFS directory " + dir + ": " + e.getMessage());
    }
    return read(files);
  }

  /** Whether these file names look like a GTFS feed (stops.txt and stop_times.txt present). */
  public static boolean looksLikeGtfs(Set<String> fileNames) {
    return fileNames.contains("stops.txt") && fileNames.contains("stop_times.txt");
  }

  /**
   * Reads a feed from its files (name → bytes, UTF-8, optional BOM).
   *
   * @throws InvalidFeedException naming the file and line of the first problem
   */
  public static GtfsFeed read(Map<String, byte[]> files) {
    for (String f : REQUIRED) {
      if (!files.containsKey(f)) {
        throw new InvalidFeedException(
            "GTFS feed lacks "
                + f
                + " (required: "
                + String.join(", ", REQUIRED)
                + ", and calendar.txt or calendar_dates.txt)");
      }
    }
    if (!files.containsKey("calendar.txt") && !files.containsKey("calendar_dates.txt")) {
      throw new InvalidFeedException(
          "GTFS feed lacks calendar.txt (required unless calendar_dates.txt lists every date)");
    }
    List<GtfsFeed.Stop> stops =
        rows(
            files,
            "stops.txt",
            List.of("stop_id", "stop_lat", "stop_lon"),
            r ->
                new GtfsFeed.Stop(
                    r.text("stop_id"),
                    r.optional("stop_name"),
                    r.number("stop_lon", -180, 180),
                    r.number("stop_lat", -90, 90)));
    List<GtfsFeed.Route> routes =
        rows(
            files,
            "routes.txt",
            List.of("route_id", "route_type"),
            r ->
                new GtfsFeed.Route(
                    r.text("route_id"),
                    r.optional("route_short_name"),
                    r.optional("route_long_name"),
                    (int) r.number("route_type", 0, 1702),
                    status(r),
                    r.optional("source")));
    List<GtfsFeed.Service> services =
        files.containsKey("calendar.txt")
            ? rows(
                files,
                "calendar.txt",
                List.of(
                    "service_id",
                    "monday",
                    "tuesday",
                    "wednesday",
                    "thursday",
                    "friday",
                    "saturday",
                    "sunday"),
                GtfsReader::service)
            : new ArrayList<>();
    List<GtfsFeed.ServiceException> exceptions =
        files.containsKey("calendar_dates.txt")
            ? rows(
                files,
                "calendar_dates.txt",
                List.of("service_id", "date", "exception_type"),
                r -> {
                  int type = (int) r.number("exception_type", 1, 2);
                  return new GtfsFeed.ServiceException(
                      r.text("service_id"), r.date("date"), type == 1);
                })
            : List.of();
    Set<String> calendarIds = ids(services, GtfsFeed.Service::id, "calendar.txt", "service_id");
    Set<String> serviceIds = new HashSet<>(calendarIds);
    for (GtfsFeed.ServiceException e : exceptions) {
      if (serviceIds.add(e.serviceId())) {
        // a service of calendar_dates.txt only: no weekdays, runs on its added dates
        services.add(new GtfsFeed.Service(e.serviceId(), Set.of()));
      }
    }
    Set<String> routeIds = ids(routes, GtfsFeed.Route::id, "routes.txt", "route_id");
    Set<String> stopIds = ids(stops, GtfsFeed.Stop::id, "stops.txt", "stop_id");
    List<GtfsFeed.Trip> trips =
        rows(
            files,
            "trips.txt",
            List.of("route_id", "service_id", "trip_id"),
            r ->
                new GtfsFeed.Trip(
                    r.text("trip_id"),
                    r.reference("route_id", routeIds, "routes.txt"),
                    r.reference("service_id", serviceIds, "calendar.txt or calendar_dates.txt")));
    Set<String> tripIds = ids(trips, GtfsFeed.Trip::id, "trips.txt", "trip_id");
    List<GtfsFeed.StopTime> stopTimes =
        rows(
            files,
            "stop_times.txt",
            List.of("trip_id", "arrival_time", "departure_time", "stop_id", "stop_sequence"),
            r -> {
              int arrival = r.time("arrival_time");
              int departure = r.time("departure_time");
              if (departure < arrival) {
                throw r.problem("departure_time is before arrival_time");
              }
              return new GtfsFeed.StopTime(
                  r.reference("trip_id", tripIds, "trips.txt"),
                  (int) r.number("stop_sequence", 0, Integer.MAX_VALUE),
                  r.reference("stop_id", stopIds, "stops.txt"),
                  arrival,
                  departure);
            });
    List<GtfsFeed.Frequency> frequencies =
        files.containsKey("frequencies.txt")
            ? rows(
                files,
                "frequencies.txt",
                List.of("trip_id", "start_time", "end_time", "headway_secs"),
                r -> {
                  int start = r.time("start_time");
                  int end = r.time("end_time");
                  if (end <= start) {
                    throw r.problem("end_time is not after start_time");
                  }
                  return new GtfsFeed.Frequency(
                      r.reference("trip_id", tripIds, "trips.txt"),
                      start,
                      end,
                      (int) r.number("headway_secs", 1, 86_400));
                })
            : List.of();
    GtfsFeed feed =
        new GtfsFeed(stops, routes, trips, stopTimes, frequencies, services, exceptions);
    TripCalls.check(feed);
    return feed;
  }

  /** A calendar.txt row; start_date and end_date (required by GTFS) bound it when present. */
  private static GtfsFeed.Service service(Row r) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek d : DAYS) {
      if (r.number(d.name().toLowerCase(Locale.ROOT), 0, 1) == 1) {
        days.add(d);
      }
    }
    LocalDate start = r.optional("start_date").isEmpty() ? null : r.date("start_date");
    LocalDate end = r.optional("end_date").isEmpty() ? null : r.date("end_date");
    if (start != null && end != null && end.isBefore(start)) {
      throw r.problem("end_date " + end + " is before start_date " + start);
    }
    return new GtfsFeed.Service(r.text("service_id"), days, start, end);
  }

  private static String status(Row r) {
    String s = r.optional("status").toLowerCase(Locale.ROOT);
    if (s.isEmpty()) {
      return "existing";
    }
    if (!Set.of("existing", "under_construction", "planned").contains(s)) {
      throw r.problem("status must be existing, under_construction or planned, got '" + s + "'");
    }
    return s;
  }

  private static <T> Set<String> ids(
      List<T> rows, Function<T, String> id, String file, String column) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      if (!out.add(id.apply(rows.get(i)))) {
        throw InvalidFeedException.at(
            file, i + 2, column + " '" + id.apply(rows.get(i)) + "' is not unique");
      }
    }
    return out;
  }

  private static <T> List<T> rows(
      Map<String, byte[]> files, String file, List<String> required, Function<Row, T> map) {
    byte[] bytes = files.get(file);
    try (Reader in =
            new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
        CSVParser parser = CSV.parse(skipBom(in))) {
      Map<String, Integer> header = parser.getHeaderMap();
      for (String column : required) {
        if (header == null || !header.containsKey(column)) {
          throw InvalidFeedException.at(file, 1, "required column " + column + " is missing");
        }
      }
      List<T> out = new ArrayList<>();
      for (CSVRecord record : parser) {
        out.add(map.apply(new Row(file, record)));
      }
      return out;
    } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
      throw new InvalidFeedException(file + ": not readable as CSV: " + e.getMessage());
    }
  }

  private static Reader skipBom(Reader in) throws IOException {
    java.io.PushbackReader p = new java.io.PushbackReader(in, 1);
    int c = p.read();
    if (c != -1 && c != '\uFEFF') {
      p.unread(c);
    }
    return p;
  }

  /** One CSV row with typed getters that name file, line and column when a value is wrong. */
  private record Row(String file, CSVRecord record) {

    long line() {
      return record.getRecordNumber() + 1;
    }

    InvalidFeedException problem(String message) {
      return InvalidFeedException.at(file, line(), message);
    }

    String optional(String column) {
      return record.isMapped(column) && record.isSet(column) ? record.get(column).trim() : "";
    }

    String text(String column) {
      String v = optional(column);
      if (v.isEmpty()) {
        throw problem(column + " is empty");
      }
      return v;
    }

    double number(String column, double min, double max) {
      String v = text(column);
      double d;
      try {
        d = Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw problem(column + " '" + v + "' is not a number");
      }
      if (!(d >= min && d <= max)) {
        throw problem(column + " " + v + " is outside [" + min + ", " + max + "]");
      }
      return d;
    }

    int time(String column) {
      String v = text(column);
      try {
        return ServiceTime.parse(v);
      } catch (IllegalArgumentException e) {
        throw problem(column + ": " + e.getMessage());
      }
    }

    LocalDate date(String column) {
      String v = text(column);
      try {
        return LocalDate.parse(v, GTFS_DATE);
      } catch (DateTimeParseException e) {
        throw problem(column + " '" + v + "' is not a date YYYYMMDD");
      }
    }

    String reference(String column, Set<String> known, String inFile) {
      String v = text(column);
      if (!known.contains(v)) {
        throw problem(column + " '" + v + "' is not in " + inFile);
      }
      return v;
    }
  }
}
