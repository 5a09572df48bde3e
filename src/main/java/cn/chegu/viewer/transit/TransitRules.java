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

  /** The same rules in Chinese planning terms, one for one with {@link #describe()}. */
  public List<String> describeZh() {
    return List.of(
        "发车时刻：每分钟一班，"
            + ServiceTime.format(fromSeconds)
            + "–"
            + ServiceTime.format(toSeconds)
            + "，"
            + date
            + "（"
            + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINESE)
            + "；取 calendar.txt 与 calendar_dates.txt 中当日运营的班次；共 "
            + departures()
            + " 个发车时刻）；出行时间取各发车时刻的第 "
            + percentile
            + " 百分位数（R5 惯例，50 = 中位数），并同时给出最短时间",
        "步行速度 " + walkSpeedKmh + " km/h，沿步行路网（进站、出站及换乘步行）",
        "至首个站点的进站步行不超过 " + maxAccessWalkMinutes + " 分钟",
        "站间换乘步行距离不超过 " + maxTransferWalkMeters + " 米",
        "换乘惩罚：首次上车之后每次上车前加 " + transferPenaltySeconds + " 秒；最多乘车 " + maxRides + " 次",
        "路径算法：RAPTOR（Delling 等，2012），按发车间隔运行的线路折算为时刻表班次",
        "某地的出行时间 = min（纯步行时间，站点到达时间 + 出站步行时间），站点到达时间取同一百分位：不会晚于纯步行");
  }
}
