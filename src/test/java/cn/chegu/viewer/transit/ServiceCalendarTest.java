package cn.chegu.viewer.transit;

import static cn.chegu.viewer.transit.RaptorTest.ALL;
import static cn.chegu.viewer.transit.RaptorTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * calendar.txt date ranges and calendar_dates.txt exceptions, on {@link RaptorTest}'s pencil
 * timetable (A ─R─ B ─G─ D, and Y: A → D direct, leaving 08:30, arriving 08:45):
 *
 * <pre>
 *   service "wk"      (trips of R and G): Tuesdays 2026-12-01 … 2026-12-29
 *   service "holiday" (the Y trip):       calendar_dates.txt only, added on 2026-12-08
 *   exception:        wk removed on 2026-12-08 (a holiday timetable)
 *
 *   leave A 08:00                 2026-12-01 (Tue)   2026-12-08 (Tue, holiday)   2027-01-05 (Tue)
 *     lines running               R, G               Y                           none
 *     arrive D                    08:17 (R, G)       08:45 (Y)                   never
 *     arrive B                    08:05              never                       never
 * </pre>
 */
class ServiceCalendarTest {

  static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
  static final LocalDate HOLIDAY = LocalDate.of(2026, 12, 8);
  static final LocalDate DEC_15 = LocalDate.of(2026, 12, 15);
  static final LocalDate AFTER = LocalDate.of(2027, 1, 5);

  static GtfsFeed holidayFeed(List<GtfsFeed.ServiceException> extra) {
    GtfsFeed base = RaptorTest.feed(false);
    List<GtfsFeed.Trip> trips =
        base.trips().stream()
            .map(t -> t.routeId().equals("Y") ? new GtfsFeed.Trip(t.id(), "Y", "holiday") : t)
            .toList();
    List<GtfsFeed.ServiceException> exceptions =
        new java.util.ArrayList<>(
            List.of(
                new GtfsFeed.ServiceException("wk", HOLIDAY, false),
                new GtfsFeed.ServiceException("holiday", HOLIDAY, true)));
    exceptions.addAll(extra);
    return new GtfsFeed(
        base.stops(),
        base.routes(),
        trips,
        base.stopTimes(),
        base.frequencies(),
        List.of(
            new GtfsFeed.Service(
                "wk", Set.of(DayOfWeek.TUESDAY), DEC_1, LocalDate.of(2026, 12, 29)),
            new GtfsFeed.Service("holiday", Set.of())),
        exceptions);
  }

  static final int[] FROM_A = {
    0, Raptor.UNREACHED, Raptor.UNREACHED, Raptor.UNREACHED, Raptor.UNREACHED
  };
  static final Transfers NO_WALKS = Transfers.of(5, List.of());

  static int[] arrivals(GtfsFeed feed, LocalDate date) {
    return Raptor.search(Timetable.compile(feed, ALL, date), NO_WALKS, FROM_A, at(0), 4, 60)
        .arrival();
  }

  @Test
  void exceptionsReplaceTheCalendarOnTheirDate() {
    GtfsFeed feed = holidayFeed(List.of());
    int b = 1;
    int d = 3;
    assertThat(arrivals(feed, DEC_1)[d]).isEqualTo(at(17));
    assertThat(arrivals(feed, DEC_1)[b]).isEqualTo(at(5));
    assertThat(arrivals(feed, HOLIDAY)[d]).isEqualTo(at(45));
    assertThat(arrivals(feed, HOLIDAY)[b]).isEqualTo(Raptor.UNREACHED);
    assertThat(arrivals(feed, DEC_15)[d]).isEqualTo(at(17));
    assertThat(Timetable.compile(feed, ALL, AFTER).patterns()).isEmpty();
    assertThat(Timetable.compile(feed, ALL, DEC_1.plusDays(1)).patterns())
        .as("a Wednesday: wk runs on Tuesdays only")
        .isEmpty();
  }

  @Test
  void theTypicalTuesdayAvoidsDatesWithExceptions() {
    assertThat(ServiceCalendar.of(holidayFeed(List.of())).typical(DayOfWeek.TUESDAY))
        .isEqualTo(DEC_1);
    // an exception on 1 Dec too: 8 Dec has one as well, so 15 Dec is the first ordinary Tuesday
    GtfsFeed feed = holidayFeed(List.of(new GtfsFeed.ServiceException("wk", DEC_1, false)));
    assertThat(ServiceCalendar.of(feed).typical(DayOfWeek.TUESDAY)).isEqualTo(DEC_15);
    assertThat(Timetable.compile(feed, ALL, DayOfWeek.TUESDAY).patterns())
        .hasSameSizeAs(Timetable.compile(feed, ALL, DEC_15).patterns())
        .isNotEmpty();
  }

  @Test
  void calendarDatesAreReadAndSurviveTheLayer() {
    Map<String, byte[]> files = GtfsReaderTest.tiny();
    GtfsReaderTest.put(
        files,
        "calendar_dates.txt",
        "service_id,date,exception_type\nwk,20261208,2\nwk,20261212,1\n");
    GtfsFeed feed = GtfsReader.read(files);
    assertThat(feed.exceptions())
        .containsExactly(
            new GtfsFeed.ServiceException("wk", HOLIDAY, false),
            new GtfsFeed.ServiceException("wk", LocalDate.of(2026, 12, 12), true));
    GtfsFeed stored = FeedLayer.fromFeatures(FeedLayer.toFeatures(feed, "§1.1"));
    for (GtfsFeed f : List.of(feed, stored)) {
      // tiny(): weekdays 2020–2030, every 10 min 08:00–09:00 → 6 trips on an ordinary Tuesday
      assertThat(tripCount(f, DEC_1)).isEqualTo(6);
      assertThat(tripCount(f, HOLIDAY)).isZero();
      assertThat(tripCount(f, LocalDate.of(2026, 12, 12))).as("a Saturday, added").isEqualTo(6);
      assertThat(tripCount(f, LocalDate.of(2026, 12, 13))).as("a Sunday").isZero();
      assertThat(tripCount(f, LocalDate.of(2031, 1, 7))).as("after end_date").isZero();
    }
  }

  @Test
  void aFeedWithOnlyCalendarDatesIsValidAndABrokenRowIsNamed() {
    Map<String, byte[]> files = GtfsReaderTest.tiny();
    files.remove("calendar.txt");
    GtfsReaderTest.put(
        files, "calendar_dates.txt", "service_id,date,exception_type\nwk,20261208,1\n");
    GtfsFeed feed = GtfsReader.read(files);
    assertThat(tripCount(feed, HOLIDAY)).isEqualTo(6);
    assertThat(tripCount(feed, DEC_1)).isZero();
    assertThat(ServiceCalendar.of(feed).typical(DayOfWeek.TUESDAY)).isEqualTo(DEC_15);

    GtfsReaderTest.put(
        files, "calendar_dates.txt", "service_id,date,exception_type\nwk,20261208,3\n");
    assertThatThrownBy(() -> GtfsReader.read(files))
        .hasMessageStartingWith("calendar_dates.txt line 2: exception_type 3 is outside");
    GtfsReaderTest.put(
        files, "calendar_dates.txt", "service_id,date,exception_type\nwk,2026-12-08,1\n");
    assertThatThrownBy(() -> GtfsReader.read(files))
        .hasMessage("calendar_dates.txt line 2: date '2026-12-08' is not a date YYYYMMDD");
    files.remove("calendar_dates.txt");
    assertThatThrownBy(() -> GtfsReader.read(files)).hasMessageContaining("lacks calendar.txt");
  }

  private static int tripCount(GtfsFeed feed, LocalDate date) {
    return Timetable.compile(feed, Set.of("existing"), date).patterns().stream()
        .mapToInt(Pattern::tripCount)
        .sum();
  }
}
