package cn.chegu.viewer.transit;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * Every rule that moves a transit answer, stated with it.
 *
 * @param walkSpeedKmh walking speed of access, egress and transfers
 * @param maxAccessWalkMinutes longest walk from the origin to the first stop
 * @param maxTransferWalkMeters longest walk between two stops at a transfer
 * @param transferPenaltySeconds minimum time between reaching a stop and boarding, from the 2nd
 *     ride
 * @param maxRides most vehicle trips
 * @param fromSeconds first departure (seconds after midnight, inclusive)
 * @param toSeconds end of the window (exclusive); a departure every minute in between
 * @param percentile the travel time reported per place is this percentile over the departures
 * @param date the service date whose trips run (calendar.txt and calendar_dates.txt)
 */
public record TransitRules(
    double walkSpeedKmh,
    double maxAccessWalkMinutes,
    double maxTransferWalkMeters,
    int transferPenaltySeconds,
    int maxRides,
    int fromSeconds,
    int toSeconds,
    int percentile,
    LocalDate date) {

  public TransitRules {
    if (!(walkSpeedKmh > 0) || !(maxAccessWalkMinutes >= 0) || !(maxTransferWalkMeters >= 0)) {
      throw new IllegalArgumentException("walk speed must be > 0 and walk limits ≥ 0");
    }
    if (toSeconds <= fromSeconds) {
      throw new IllegalArgumentException(
          "the departure window must end after it starts ("
              + ServiceTime.format(fromSeconds)
              + " – "
              + ServiceTime.format(toSeconds)
              + ")");
    }
    if (toSeconds - fromSeconds > 4 * 3600) {
      throw new IllegalArgumentException("the departure window may span at most 4 hours");
    }
    if (date == null) {
      throw new IllegalArgumentException("a service date is required");
    }
    if (percentile < 1 || percentile > 100) {
      throw new IllegalArgumentException("percentile must be 1–100, got " + percentile);
    }
    if (maxRides < 1 || maxRides > 8) {
      throw new IllegalArgumentException("maxRides must be 1–8, got " + maxRides);
    }
  }

  /** The same rules over another window. */
  public TransitRules window(int from, int to) {
    return new TransitRules(
        walkSpeedKmh,
        maxAccessWalkMinutes,
        maxTransferWalkMeters,
        transferPenaltySeconds,
        maxRides,
        from,
        to,
        percentile,
        date);
  }

  /** Departures in the window (one a minute). */
  public int departures() {
    return (toSeconds - fromSeconds + 59) / 60;
  }

  /** The rules in words, for answers. */
  public List<String> describe() {
    return List.of(
        "departures every minute "
            + ServiceTime.format(fromSeconds)
            + "–"
            + ServiceTime.format(toSeconds)
            + " on "
            + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
            + " "
            + date
            + " (services of calendar.txt and calendar_dates.txt on that date; "
            + departures()
            + " departures); travel time = percentile "
            + percentile
            + " over departures (R5's convention; 50 = median), best also reported",
        "walk " + walkSpeedKmh + " km/h on the walk network (access, egress, transfers)",
        "access walk to the first stop at most " + maxAccessWalkMinutes + " min",
        "transfer walk between stops at most " + maxTransferWalkMeters + " m",
        "transfer penalty "
            + transferPenaltySeconds
            + " s before every boarding after the first; at most "
            + maxRides
            + " rides",
        "routing: RAPTOR (Delling et al. 2012), frequency-based trips as scheduled departures",
        "a place's time is min(walk alone, stop time + egress walk) for the stop time's percentile:"
            + " never later than walking alone");
  }
}
