package cn.chegu.viewer.transit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The GTFS reader on a tiny valid feed, the sample feed and broken feeds. */
class GtfsReaderTest {

  /** Two stops, one line, one trip repeated every 10 min from 08:00 to 09:00 (frequencies). */
  static Map<String, byte[]> tiny() {
    Map<String, byte[]> f = new LinkedHashMap<>();
    put(
        f,
        "stops.txt",
        "stop_id,stop_name,stop_lat,stop_lon\nA,Alpha,30.50,114.20\nB,Beta,30.51,114.21\n");
    put(f, "routes.txt", "route_id,route_short_name,route_long_name,route_type\nL,L,Line,1\n");
    put(f, "trips.txt", "route_id,service_id,trip_id\nL,wk,t1\n");
    put(
        f,
        "stop_times.txt",
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
            + "t1,08:00:00,08:00:00,A,1\nt1,08:04:00,08:04:00,B,2\n");
    put(
        f,
        "calendar.txt",
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
            + "wk,1,1,1,1,1,0,0,20200101,20301231\n");
    put(
        f,
        "frequencies.txt",
        "trip_id,start_time,end_time,headway_secs\nt1,08:00:00,09:00:00,600\n");
    return f;
  }

  static void put(Map<String, byte[]> files, String name, String text) {
    files.put(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsATinyFrequencyFeed() {
    GtfsFeed feed = GtfsReader.read(tiny());
    assertThat(feed.stops()).hasSize(2);
    assertThat(feed.routes().get(0).status()).isEqualTo("existing");
    Timetable tt = Timetable.compile(feed, Set.of("existing"), DayOfWeek.TUESDAY);
    // 08:00, 08:10, …, 08:50: six departures
    assertThat(tt.patterns()).hasSize(1);
    assertThat(tt.patterns().get(0).tripCount()).isEqualTo(6);
    assertThat(tt.patterns().get(0).arrivals()[5][1]).isEqualTo(8 * 3600 + 54 * 60);
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstColumn() {
    Map<String, byte[]> f = tiny();
    put(
        f,
        "stops.txt",
        "\uFEFFstop_id,stop_name,stop_lat,stop_lon\nA,Alpha,30.5,114.2\nB,B,30.51,114.21\n");
    assertThat(GtfsReader.read(f).stops()).hasSize(2);
  }

  @Test
  void brokenFeedsSayFileLineAndWhat() {
    Map<String, byte[]> noCalendar = tiny();
    noCalendar.remove("calendar.txt");
    assertThatThrownBy(() -> GtfsReader.read(noCalendar))
        .isInstanceOf(InvalidFeedException.class)
        .hasMessageContaining("lacks calendar.txt");

    Map<String, byte[]> badStop = tiny();
    put(
        badStop,
        "stop_times.txt",
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
            + "t1,08:00:00,08:00:00,A,1\nt1,08:04:00,08:04:00,Z,2\n");
    assertThatThrownBy(() -> GtfsReader.read(badStop))
        .hasMessage("stop_times.txt line 3: stop_id 'Z' is not in stops.txt");

    Map<String, byte[]> badTime = tiny();
    put(
        badTime,
        "stop_times.txt",
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
            + "t1,8h,08:00:00,A,1\nt1,08:04:00,08:04:00,B,2\n");
    assertThatThrownBy(() -> GtfsReader.read(badTime))
        .hasMessageStartingWith("stop_times.txt line 2: arrival_time: '8h' is not a time");

    Map<String, byte[]> noLat = tiny();
    put(noLat, "stops.txt", "stop_id,stop_name,stop_lon\nA,Alpha,114.2\n");
    assertThatThrownBy(() -> GtfsReader.read(noLat))
        .hasMessage("stops.txt line 1: required column stop_lat is missing");

    Map<String, byte[]> backwards = tiny();
    put(
        backwards,
        "stop_times.txt",
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
            + "t1,08:00:00,08:00:00,A,1\nt1,07:54:00,07:54:00,B,2\n");
    assertThatThrownBy(() -> GtfsReader.read(backwards))
        .hasMessageContaining("trip 't1' arrives at stop_sequence 2 before it leaves");

    Map<String, byte[]> zeroHeadway = tiny();
    put(
        zeroHeadway,
        "frequencies.txt",
        "trip_id,start_time,end_time,headway_secs\nt1,08:00:00,09:00:00,0\n");
    assertThatThrownBy(() -> GtfsReader.read(zeroHeadway))
        .hasMessageStartingWith("frequencies.txt line 2: headway_secs 0 is outside");
  }

  @Test
  void theSampleFeedRoundTripsThroughTheLayer() {
    GtfsFeed feed = GtfsReader.readDirectory(Path.of("gis-data/gtfs"));
    GtfsFeed stored = FeedLayer.fromFeatures(FeedLayer.toFeatures(feed, "§1.1"));
    for (Set<String> set :
        java.util.List.of(Set.of("existing"), Set.of("existing", "under_construction"))) {
      Timetable a = Timetable.compile(feed, set, DayOfWeek.TUESDAY);
      Timetable b = Timetable.compile(stored, set, DayOfWeek.TUESDAY);
      assertThat(b.patterns()).hasSameSizeAs(a.patterns());
      for (int i = 0; i < a.patterns().size(); i++) {
        assertThat(b.patterns().get(i).stops()).isEqualTo(a.patterns().get(i).stops());
        assertThat(b.patterns().get(i).departures())
            .isDeepEqualTo(a.patterns().get(i).departures());
      }
    }
  }

  @Test
  void line16SouthOfZhuankouRunsOnlyOnceCommitted() {
    GtfsFeed feed = GtfsReader.readDirectory(Path.of("gis-data/gtfs"));
    int airport =
        Timetable.compile(feed, Set.of("existing"), DayOfWeek.TUESDAY).stopIndex("station-20");
    assertThat(Timetable.compile(feed, Set.of("existing"), DayOfWeek.TUESDAY).served(airport))
        .isFalse();
    assertThat(
            Timetable.compile(feed, Set.of("existing", "under_construction"), DayOfWeek.TUESDAY)
                .served(airport))
        .isTrue();
  }
}
