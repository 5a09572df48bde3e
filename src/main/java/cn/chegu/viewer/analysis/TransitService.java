package cn.chegu.viewer.analysis;

import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.network.EdgeLocation;
import cn.chegu.viewer.network.ShortestPathTree;
import cn.chegu.viewer.network.TravelMode;
import cn.chegu.viewer.store.FeatureStore;
import cn.chegu.viewer.store.StoredFeature;
import cn.chegu.viewer.transit.FeedLayer;
import cn.chegu.viewer.transit.GtfsFeed;
import cn.chegu.viewer.transit.ServiceCalendar;
import cn.chegu.viewer.transit.Timetable;
import cn.chegu.viewer.transit.TransitRules;
import cn.chegu.viewer.transit.WalkLinks;
import cn.chegu.viewer.transit.WindowSearch;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.stereotype.Service;

/**
 * Public transport on the store's data: the {@code transit} layer's feed compiled per facility set
 * (cached per data version), and travel-time trees that combine walking and RAPTOR. A transit tree
 * starts the origins at 0 and every stop at its travel time (the rules' percentile over the
 * departure window), then walks on from all of them at once: a place's time is the least of walking
 * alone and (stop time + egress walk) over the stops. Since the origins are sources of the same
 * tree, transit never reaches fewer places than walking alone.
 */
@Service
public class TransitService {

  /** Longest access walk (Conveyal R5's default maximum walk time). */
  public static final double MAX_ACCESS_WALK_MINUTES = 20;

  /** Longest walk between two stops at a transfer. */
  public static final double MAX_TRANSFER_WALK_METERS = 800;

  /** Minimum time from reaching a stop to boarding, for every boarding after the first. */
  public static final int TRANSFER_PENALTY_SECONDS = 120;

  public static final int MAX_RIDES = 4;

  /**
   * The weekday whose services run when no date is asked: the feed's typical Tuesday ({@link
   * ServiceCalendar#typical}: the first Tuesday of the feed's dates without calendar_dates
   * exceptions).
   */
  public static final DayOfWeek DAY = DayOfWeek.TUESDAY;

  /** Walk distance of a station area (TOD), metres. */
  public static final double STATION_AREA_METERS = 800;

  private final CoverageService coverage;
  private final FeatureStore store;
  private final Map<String, TransitNetwork> networks = new ConcurrentHashMap<>();
  private final Map<String, GtfsFeed> feeds = new ConcurrentHashMap<>();

  public TransitService(CoverageService coverage, FeatureStore store) {
    this.coverage = coverage;
    this.store = store;
  }

  /** The rules over a window (seconds after midnight), with a percentile, on the typical day. */
  public TransitRules rules(int fromSeconds, int toSeconds, int percentile) {
    return rules(fromSeconds, toSeconds, percentile, null);
  }

  /** The rules over a window on a service date ({@code null}: the feed's typical {@link #DAY}). */
  public TransitRules rules(int fromSeconds, int toSeconds, int percentile, LocalDate date) {
    return new TransitRules(
        TravelMode.DEFAULT_WALK_SPEED_KMH,
        MAX_ACCESS_WALK_MINUTES,
        MAX_TRANSFER_WALK_METERS,
        TRANSFER_PENALTY_SECONDS,
        MAX_RIDES,
        fromSeconds,
        toSeconds,
        percentile,
        date == null ? typicalDate() : date);
  }

  /** The feed's typical {@link #DAY} (calendar_dates.txt exceptions avoided). */
  public LocalDate typicalDate() {
    return ServiceCalendar.of(feed()).typical(DAY);
  }

  /** The data version the cached state follows. */
  public long version() {
    return coverage.version();
  }

  /**
   * The transit network of a set on the typical day (empty timetable when the store has no transit
   * layer).
   */
  public TransitNetwork network(FacilitySet set) {
    return network(set, typicalDate());
  }

  /** The transit network of a set on a service date. */
  public TransitNetwork network(FacilitySet set, LocalDate date) {
    long v = coverage.version();
    String key = AreaScope.current().id() + "/" + set + "/" + date + "/" + v;
    TransitNetwork n = networks.get(key);
    if (n == null) {
      // built outside the map's lock: the build reads the analysis snapshot, whose refresh must
      // never wait on this map
      n = build(set, date);
      networks.keySet().removeIf(k -> !k.endsWith("/" + v));
      TransitNetwork raced = networks.putIfAbsent(key, n);
      n = raced == null ? n : raced;
    }
    return n;
  }

  /** The stored feed (cached per area and data version). */
  private GtfsFeed feed() {
    long v = coverage.version();
    String key = AreaScope.current().id() + "/" + v;
    GtfsFeed feed = feeds.get(key);
    if (feed == null) {
      feed = FeedLayer.fromFeatures(features());
      feeds.keySet().removeIf(k -> !k.endsWith("/" + v));
      feeds.putIfAbsent(key, feed);
    }
    return feed;
  }

  private TransitNetwork build(FacilitySet set, LocalDate date) {
    Timetable tt = Timetable.compile(feed(), set.statuses(), date);
    List<Coordinate> stops = new ArrayList<>();
    for (GtfsFeed.Stop s : tt.stops()) {
      stops.add(AreaScope.current().projection().toMetric(s.lon(), s.lat()));
    }
    TravelMode walk = TravelMode.walk(TravelMode.DEFAULT_WALK_SPEED_KMH);
    var graph = coverage.data().graph(set);
    return TransitNetwork.of(
        tt, stops, WalkLinks.transfers(graph, walk, stops, MAX_TRANSFER_WALK_METERS), graph, walk);
  }

  private List<FeedLayer.Feature> features() {
    if (store.layer("transit").isEmpty()) {
      return List.of();
    }
    List<FeedLayer.Feature> out = new ArrayList<>();
    for (StoredFeature f : store.allFeatures("transit")) {
      out.add(new FeedLayer.Feature(f.id(), f.geometry(), f.properties()));
    }
    return out;
  }

  /**
   * Travel from origins (metres) by walk + transit within {@code limit}.
   *
   * @return the combined tree, the walk-only tree and each stop's travel times
   */
  public TransitReach reach(
      List<Coordinate> origins, FacilitySet set, TransitRules rules, Duration limit) {
    TransitNetwork n = network(set, rules.date());
    ShortestPathTree walkTree =
        ShortestPathTree.grow(n.graph(), n.walk(), origins, Duration.ZERO, limit);
    Duration accessLimit = Duration.ofSeconds((long) (rules.maxAccessWalkMinutes() * 60));
    ShortestPathTree accessTree =
        limit.compareTo(accessLimit) >= 0
            ? walkTree
            : ShortestPathTree.grow(n.graph(), n.walk(), origins, Duration.ZERO, accessLimit);
    int[] access = WalkLinks.access(accessTree, n.stops(), accessLimit.toSeconds());
    WindowSearch.StopTravelTimes times =
        WindowSearch.search(n.timetable(), n.transfers(), access, rules);
    List<Coordinate> sources = new ArrayList<>(origins);
    sources.addAll(n.stops());
    double[] start = new double[sources.size()];
    for (int i = 0; i < n.stops().size(); i++) {
      // a stop reached on foot only is already in the walk part; one reached by a ride starts anew
      start[origins.size() + i] = times.percentileSeconds()[i];
    }
    ShortestPathTree combined =
        ShortestPathTree.growFrom(n.graph(), n.walk(), sources, start, limit);
    return new TransitReach(n, origins.size(), walkTree, combined, times, access);
  }

  /** Cells of a year located on the set's network for a mode. */
  public List<EdgeLocation> located(FacilitySet set, TravelMode mode, PopulationYear year) {
    return network(set).located(coverage.data().cells().get(year), mode, year);
  }

  public List<DemandCell> cells(PopulationYear year) {
    return coverage.data().cells().get(year);
  }

  /**
   * Residents within {@link #STATION_AREA_METERS} of walk of a stop served in the set (metro and
   * tram), and the stops counted.
   */
  public StationArea stationArea(PopulationYear year, FacilitySet set) {
    List<DemandCell> cells = cells(year);
    boolean[] near = nearStation(year, set);
    long total = 0;
    long nearResidents = 0;
    Map<String, long[]> byArea = new java.util.TreeMap<>();
    for (int i = 0; i < cells.size(); i++) {
      DemandCell c = cells.get(i);
      long[] a = byArea.computeIfAbsent(c.area(), k -> new long[2]);
      a[1] += c.residents();
      total += c.residents();
      if (near[i]) {
        nearResidents += c.residents();
        a[0] += c.residents();
      }
    }
    return new StationArea(nearResidents, total, servedStops(set).size(), byArea);
  }

  /** The stops (metres) served by a running trip in the set. */
  public List<Coordinate> servedStops(FacilitySet set) {
    TransitNetwork n = network(set);
    List<Coordinate> served = new ArrayList<>();
    for (int i = 0; i < n.stops().size(); i++) {
      if (n.timetable().served(i)) {
        served.add(n.stops().get(i));
      }
    }
    return served;
  }

  /**
   * Per cell of the year: whether its centre is within {@link #STATION_AREA_METERS} of walk of a
   * served stop.
   */
  public boolean[] nearStation(PopulationYear year, FacilitySet set) {
    TransitNetwork n = network(set);
    List<Coordinate> served = servedStops(set);
    List<DemandCell> cells = cells(year);
    boolean[] out = new boolean[cells.size()];
    if (served.isEmpty()) {
      return out;
    }
    double seconds = STATION_AREA_METERS / (n.walk().walkSpeedKmh() / 3.6);
    ShortestPathTree tree =
        ShortestPathTree.grow(
            n.graph(), n.walk(), served, Duration.ZERO, Duration.ofSeconds((long) seconds + 1));
    List<EdgeLocation> located = located(set, n.walk(), year);
    for (int i = 0; i < cells.size(); i++) {
      out[i] = tree.reach(located.get(i)).meters() <= STATION_AREA_METERS;
    }
    return out;
  }

  /**
   * Residents near a station.
   *
   * @param byArea sub-district → {near, total}
   */
  public record StationArea(long near, long total, int stations, Map<String, long[]> byArea) {}
}
