package cn.chegu.viewer.transit;

import static cn.chegu.viewer.transit.RaptorTest.ALL;
import static cn.chegu.viewer.transit.RaptorTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Residents who gain a 45-minute trip when the planned line opens, on {@link RaptorTest}'s pencil
 * timetable (R: A 08:00, 08:10 → B +5 → C +10; G: B 08:07, 08:20 → D +10; planned Y: A 08:30 → D
 * 08:45).
 *
 * <pre>
 *   leave A every minute 08:20–08:22 (3 departures, median):
 *     existing lines: R's last trip left A at 08:10 → nothing reached but A itself
 *     with Y:         wait for 08:30, D at 08:45 → 25, 24, 23 min → median 24 min ≤ 45
 *   residents: A 0, B 10, C 20, D 100, E 5   →   before 0, after 100, gained 100 (D), lost 0
 *   a 20-minute limit: D (24 min) is not reached either way → gained 0
 * </pre>
 */
class TransitGainTest {

  static final long[] RESIDENTS = {0, 10, 20, 100, 5};
  static final int[] FROM_A = {
    0, Raptor.UNREACHED, Raptor.UNREACHED, Raptor.UNREACHED, Raptor.UNREACHED
  };

  static double[] medianSeconds(Set<String> statuses) {
    Timetable tt = Timetable.compile(RaptorTest.feed(false), statuses, LocalDate.of(2026, 12, 1));
    TransitRules rules =
        new TransitRules(4.0, 15, 400, 60, 4, at(20), at(23), 50, LocalDate.of(2026, 12, 1));
    return WindowSearch.search(tt, Transfers.of(5, List.of()), FROM_A, rules).percentileSeconds();
  }

  @Test
  void thePlannedLineGivesDItsFortyFiveMinuteTrip() {
    double[] existing = medianSeconds(Set.of("existing"));
    double[] plan = medianSeconds(ALL);
    assertThat(plan[3]).isEqualTo(24 * 60);
    assertThat(existing[3]).isGreaterThan(45 * 60);
    TransitGain g = TransitGain.of(existing, plan, RESIDENTS, 45 * 60);
    assertThat(g).isEqualTo(new TransitGain(0, 100, 100, 0));
    assertThat(TransitGain.of(existing, plan, RESIDENTS, 20 * 60))
        .isEqualTo(new TransitGain(0, 0, 0, 0));
  }

  @Test
  void aDroppedLineCountsAsLostAndTheLimitIsInclusive() {
    double inf = Double.POSITIVE_INFINITY;
    TransitGain g =
        TransitGain.of(
            new double[] {0, 2700, inf, 100},
            new double[] {0, inf, 2700, 2701},
            new long[] {1, 10, 100, 1000},
            2700);
    assertThat(g).isEqualTo(new TransitGain(1011, 101, 100, 1010));
    assertThatThrownBy(() -> TransitGain.of(new double[1], new double[2], new long[1], 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
