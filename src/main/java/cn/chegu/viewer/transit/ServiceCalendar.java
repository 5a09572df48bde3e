package cn.chegu.viewer.transit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which services run on a date, as GTFS defines it: calendar.txt's weekdays within its start and
 * end dates, then calendar_dates.txt's exceptions on that date (type 1 adds the service, type 2
 * removes it; an exception wins over the calendar row).
 */
public final class ServiceCalendar {

  /** The search for a typical weekday stops after this many weeks. */
  static final int MAX_WEEKS = 520;

  private final Map<String, GtfsFeed.Service> services = new HashMap<>();
  private final Map<LocalDate, Map<String, Boolean>> exceptions = new HashMap<>();
  private final LocalDate first;

  private ServiceCalendar(GtfsFeed feed) {
    feed.services().forEach(s -> services.put(s.id(), s));
    LocalDate earliest = null;
    for (GtfsFeed.ServiceException e : feed.exceptions()) {
      exceptions.computeIfAbsent(e.date(), d -> new HashMap<>()).put(e.serviceId(), e.added());
      earliest = earliest == null || e.date().isBefore(earliest) ? e.date() : earliest;
    }
    for (GtfsFeed.Service s : feed.services()) {
      if (s.start() != null && (earliest == null || s.start().isBefore(earliest))) {
        earliest = s.start();
      }
    }
    first = earliest;
  }

  public static ServiceCalendar of(GtfsFeed feed) {
    return new ServiceCalendar(feed);
  }

  /** Whether the service runs on the date. */
  public boolean runs(String serviceId, LocalDate date) {
    Map<String, Boolean> onDate = exceptions.get(date);
    if (onDate != null && onDate.containsKey(serviceId)) {
      return onDate.get(serviceId);
    }
    GtfsFeed.Service s = services.get(serviceId);
    return s != null && s.scheduled(date);
  }

  /** The services running on the date. */
  public Set<String> running(LocalDate date) {
    Set<String> out = new HashSet<>();
    for (String id : services.keySet()) {
      if (runs(id, date)) {
        out.add(id);
      }
    }
    Map<String, Boolean> onDate = exceptions.getOrDefault(date, Map.of());
    onDate.forEach(
        (id, added) -> {
          if (added) {
            out.add(id);
          }
        });
    return out;
  }

  /**
   * A typical {@code day} of the feed: the first such weekday, on or after the feed's first date
   * (the earliest start_date or exception date), on which no calendar_dates.txt exception applies —
   * so a holiday listed in the feed is never taken for an ordinary Tuesday. A feed without any date
   * answers the first such weekday on or after 2020-01-01 (every one is the same then).
   */
  public LocalDate typical(DayOfWeek day) {
    LocalDate from = first == null ? LocalDate.of(2020, 1, 1) : first;
    LocalDate d = from.with(TemporalAdjusters.nextOrSame(day));
    for (int week = 0; week < MAX_WEEKS; week++, d = d.plusWeeks(1)) {
      if (!exceptions.containsKey(d)) {
        return d;
      }
    }
    return from.with(TemporalAdjusters.nextOrSame(day));
  }
}
