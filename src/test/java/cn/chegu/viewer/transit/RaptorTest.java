package cn.chegu.viewer.transit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * RAPTOR on a timetable small enough to check with a pencil.
 *
 * <pre>
 *   stops:   A ──R── B ──R── C        R (red):    leaves A 08:00 and 08:10; A→B 5 min, B→C 5 min
 *                    │        ┆ walk   G (green):  leaves B 08:07 and 08:20; B→D 10 min
 *                    G        ┆ 5 min  Y (yellow): leaves A 08:30; A→D 15 min
 *                    │        E        walk transfer C ↔ E: 300 s
 *                    D ←──Y── A
 *
 *   leave A at 08:00 (access 0 at A only):
 *     round 1: R 08:00 → B 08:05, C 08:10;  Y 08:30 → D 08:45;  walk C→E → E 08:15
 *     round 2: at B 08:05, +60 s penalty = 08:06 ≤ G 08:07 → D 08:17  (beats Y's 08:45)
 *   with a 180 s penalty: ready 08:08, so G 08:20 → D 08:30
 *   with one ride only: D by Y at 08:45
 *   leave A at 08:01: R 08:10 → B 08:15, ready 08:16 → G 08:20 → D 08:30
 * </pre>
 */
class RaptorTest {

  static final int H8 = 8 * 3600;

  static int at(int minutesAfterEight) {
    return H8 + 60 * minutesAfterEight;
  }

  static GtfsFeed feed(boolean redByFrequency) {
    List<GtfsFeed.Stop> stops =
        List.of(
            new GtfsFeed.Stop("A", "A", 0, 0),
            new GtfsFeed.Stop("B", "B", 0, 0),
            new GtfsFeed.Stop("C", "C", 0, 0),
            new GtfsFeed.Stop("D", "D", 0, 0),
            new GtfsFeed.Stop("E", "E", 0, 0));
    List<GtfsFeed.Route> routes =
        List.of(
            new GtfsFeed.Route("R", "R", "red", 1, "existing", ""),
            new GtfsFeed.Route("G", "G", "green", 1, "existing", ""),
            new GtfsFeed.Route("Y", "Y", "yellow", 1, "planned", ""));
    List<GtfsFeed.Trip> trips =
        List.of(
            new GtfsFeed.Trip("r1", "R", "wk"),
            new GtfsFeed.Trip("r2", "R", "wk"),
            new GtfsFeed.Trip("g1", "G", "wk"),
            new GtfsFeed.Trip("g2", "G", "wk"),
            new GtfsFeed.Trip("y1", "Y", "wk"));
    List<GtfsFeed.StopTime> st =
        new java.util.ArrayList<>(
            List.of(
                call("r1", 1, "A", at(0)),
                call("r1", 2, "B", at(5)),
                call("r1", 3, "C", at(10)),
                call("g1", 1, "B", at(7)),
                call("g1", 2, "D", at(17)),
                call("g2", 1, "B", at(20)),
                call("g2", 2, "D", at(30)),
                call("y1", 1, "A", at(30)),
                call("y1", 2, "D", at(45))));
    List<GtfsFeed.Frequency> frequencies = List.of();
    if (redByFrequency) {
      frequencies = List.of(new GtfsFeed.Frequency("r1", at(0), at(20), 600));
    } else {
      st.addAll(
          List.of(
              call("r2", 1, "A", at(10)), call("r2", 2, "B", at(15)), call("r2", 3, "C", at(20))));
    }
    List<GtfsFeed.Trip> used =
        redByFrequency ? trips.stream().filter(t -> !t.id().equals("r2")).toList() : trips;
    return new GtfsFeed(
        stops,
        routes,
        used,
        st,
        frequencies,
        List.of(new GtfsFeed.Service("wk", Set.of(DayOfWeek.TUESDAY))));
  }

  static GtfsFeed.StopTime call(String trip, int seq, String stop, int time) {
    return new GtfsFeed.StopTime(trip, seq, stop, time, time);
  }

  static final Set<String> ALL = Set.of("existing", "under_construction", "planned");

  Timetable tt = Timetable.compile(feed(false), ALL, DayOfWeek.TUESDAY);
  Transfers walkCE =
      Transfers.of(5, List.of(new Transfers.Walk(2, 4, 300), new Transfers.Walk(4, 2, 300)));
  int[] fromA = {0, Raptor.UNREACHED, Raptor.UNREACHED, Raptor.UNREACHED, Raptor.UNREACHED};

  @Test
  void earliestArrivalsAsWorkedOutByHand() {
    Raptor.Arrivals a = Raptor.search(tt, walkCE, fromA, at(0), 4, 60);
    assertThat(a.arrival()).containsExactly(at(0), at(5), at(10), at(17), at(15));
    assertThat(a.rides()).containsExactly(0, 1, 1, 2, 1);
  }

  @Test
  void transferPenaltyMissesTheConnection() {
    Raptor.Arrivals a = Raptor.search(tt, walkCE, fromA, at(0), 4, 180);
    assertThat(a.arrival()[3]).isEqualTo(at(30));
  }

  @Test
  void oneRideOnlyTakesTheDirectLine() {
    Raptor.Arrivals a = Raptor.search(tt, walkCE, fromA, at(0), 1, 60);
    assertThat(a.arrival()[3]).isEqualTo(at(45));
    assertThat(a.rides()[3]).isEqualTo(1);
  }

  @Test
  void leavingAMinuteLaterWaitsForTheNextTrain() {
    Raptor.Arrivals a = Raptor.search(tt, walkCE, fromA, at(1), 4, 60);
    assertThat(a.arrival()[1]).isEqualTo(at(15));
    assertThat(a.arrival()[3]).isEqualTo(at(30));
    assertThat(a.travelSeconds(3)).isEqualTo(29 * 60);
  }

  @Test
  void accessWalkDelaysTheStart() {
    // 2 min walk to A: the 08:00 train is gone, next 08:10 → B 08:15 → G 08:20 → D 08:30
    int[] walk2 = fromA.clone();
    walk2[0] = 120;
    Raptor.Arrivals a = Raptor.search(tt, walkCE, walk2, at(0), 4, 60);
    assertThat(a.arrival()[0]).isEqualTo(at(2));
    assertThat(a.arrival()[3]).isEqualTo(at(30));
  }

  @Test
  void plannedLinesDropOutOfTheExistingSet() {
    Timetable existing = Timetable.compile(feed(false), Set.of("existing"), DayOfWeek.TUESDAY);
    Raptor.Arrivals a = Raptor.search(existing, walkCE, fromA, at(0), 1, 60);
    assertThat(a.arrival()[3]).isEqualTo(Raptor.UNREACHED); // only yellow (planned) was direct
  }

  @Test
  void servicesNotRunningThatDayAreLeftOut() {
    Timetable sunday = Timetable.compile(feed(false), ALL, DayOfWeek.SUNDAY);
    assertThat(sunday.patterns()).isEmpty();
  }

  @Test
  void frequenciesExpandToTheSameDepartures() {
    Timetable byFrequency = Timetable.compile(feed(true), ALL, DayOfWeek.TUESDAY);
    for (int minute : new int[] {0, 1, 9, 10, 11}) {
      assertThat(Raptor.search(byFrequency, walkCE, fromA, at(minute), 4, 60).arrival())
          .as("leaving at 08:%02d", minute)
          .containsExactly(Raptor.search(tt, walkCE, fromA, at(minute), 4, 60).arrival());
    }
  }

  @Test
  void windowReportsPercentileAndBest() {
    // leave 08:00 → D in 17 min; leave 08:01 → 29 min; 08:02 → 28 min (same 08:30 arrival)
    TransitRules rules =
        new TransitRules(4.0, 15, 400, 60, 4, at(0), at(3), 50, LocalDate.of(2026, 12, 1));
    WindowSearch.StopTravelTimes t = WindowSearch.search(tt, walkCE, fromA, rules);
    assertThat(t.departures()).isEqualTo(3);
    assertThat(t.bestSeconds()[3]).isEqualTo(17 * 60);
    assertThat(t.percentileSeconds()[3]).isEqualTo(28 * 60); // sorted 17, 28, 29: the middle one
  }
}
