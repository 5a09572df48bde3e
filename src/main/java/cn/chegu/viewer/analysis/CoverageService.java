package cn.chegu.viewer.analysis;

import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.coverage.AreaOutline;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.coverage.CoverageModel;
import cn.chegu.viewer.coverage.CoverageOp;
import cn.chegu.viewer.coverage.CoverageResult;
import cn.chegu.viewer.coverage.Gap;
import cn.chegu.viewer.coverage.GapOp;
import cn.chegu.viewer.coverage.Gaps;
import cn.chegu.viewer.coverage.NetworkReadiness;
import cn.chegu.viewer.coverage.PointCoverage;
import cn.chegu.viewer.coverage.ServiceAreas;
import cn.chegu.viewer.coverage.ServicePoint;
import cn.chegu.viewer.coverage.SiteGain;
import cn.chegu.viewer.facility.Facility;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.network.ServiceArea;
import cn.chegu.viewer.store.LayersChangedEvent;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Coverage of the baseline in a {@link FacilitySet} (cached per standard, method, year and set) and
 * of any other list of facilities (a scenario; computed on demand). Facilities and roads follow the
 * same set. Everything is per planning area (the current one, {@link AreaScope}): each area's
 * snapshot is read from the store once, on first use. The store's {@link LayersChangedEvent} (after
 * every committed write: import, restore, area created or deleted) drops that area's snapshot with
 * every result cached on it, and moves {@link #version()}, which the other derived caches (zone
 * check, siting, transit) compare against.
 */
@Service
public class CoverageService {

  /** Walk offset of network-buffer service areas: the last few metres off the street. */
  public static final double SERVICE_AREA_OFFSET_METERS = 60;

  /** Grid cell of map outlines when the request names none (≈ one screen pixel at zoom 13). */
  public static final double MAP_TOLERANCE_METERS = 20;

  /** Distinct (standard, method, bands, set, outline) service-area answers kept at most. */
  static final int MAX_CACHED_SERVICE_AREAS = 64;

  /**
   * Default {@code minResidents} of gaps: 50 residents, about one residential building; smaller
   * clusters (stray cells at the edge of a circle) go to the remainder.
   */
  public static final long DEFAULT_MIN_GAP_RESIDENTS = 50;

  /**
   * Default {@code minCellResidents}: 20 residents per 250 m cell (320 per km²). The modelled
   * population puts 1–12 residents in every rural cell as background; those cells are sparse and
   * never make a gap (their residents count in the remainder).
   */
  public static final long DEFAULT_MIN_CELL_RESIDENTS = 20;

  /** Best-site candidates inside a gap are thinned to one per this many metres, walking… */
  static final double WALK_SITE_SPACING_METERS = 250;

  /** … and driving. */
  static final double DRIVE_SITE_SPACING_METERS = 1_000;

  /** At most this many best-site candidates per gap (the spacing grows until it fits). */
  static final int MAX_SITE_CANDIDATES_PER_GAP = 60;

  private final AnalysisDataLoader loader;
  private final StandardCatalog standards;
  private final Map<String, AreaState> states = new ConcurrentHashMap<>();
  private final AtomicLong version = new AtomicLong();

  /** The snapshot of one planning area and every result cached on it. */
  private static final class AreaState {
    private volatile AnalysisData data;
    private final Map<String, CoverageModel> models = new ConcurrentHashMap<>();
    private final Map<String, CoverageResult> results = new ConcurrentHashMap<>();
    private final Map<String, Gaps> gaps = new ConcurrentHashMap<>();
    private final Map<ServiceAreaKey, List<ServiceArea>> serviceAreas = new ConcurrentHashMap<>();
    private final Map<String, NetworkReadiness> readiness = new ConcurrentHashMap<>();
  }

  public CoverageService(AnalysisDataLoader loader, StandardCatalog standards) {
    this.loader = loader;
    this.standards = standards;
  }

  /** The state of the current planning area ({@link AreaScope}). */
  private AreaState state() {
    return states.computeIfAbsent(AreaScope.current().id(), k -> new AreaState());
  }

  /** The analysis snapshot of the current planning area, loaded on first use. */
  public AnalysisData data() {
    AreaState s = state();
    AnalysisData d = s.data;
    if (d == null) {
      synchronized (s) {
        if (s.data == null) {
          s.data = loader.load();
        }
        d = s.data;
      }
    }
    return d;
  }

  /** Drops the snapshots and all cached results of every area. */
  public void refresh() {
    version.incrementAndGet();
    states.clear();
  }

  /**
   * Listens to the store: drops the snapshot and cached results of the area whose layers changed.
   * Not synchronized and never clearing a map another thread may be computing into: a computation
   * in flight finishes on the detached state, the next request builds a new one.
   */
  @EventListener
  public void layersChanged(LayersChangedEvent event) {
    version.incrementAndGet();
    states.remove(event.areaId());
  }

  /**
   * How well the roads of {@code set} reach the residents of {@code year} for the travel mode of
   * standard {@code code} (cached).
   */
  public NetworkReadiness readiness(String code, PopulationYear year, FacilitySet set) {
    ServiceStandard standard = standards.get(code);
    return state()
        .readiness
        .computeIfAbsent(
            code + "/" + year + "/" + set,
            k ->
                NetworkReadiness.compute(
                    data().graph(set),
                    CoverageModel.travelMode(standard),
                    data().cells().get(year)));
  }

  /**
   * The area's readiness: how the existing roads reach the 2020 residents on foot (the first
   * walking standard's rules).
   */
  public NetworkReadiness readiness() {
    ServiceStandard walk =
        standards.all().stream()
            .filter(s -> s.mode() == ServiceStandard.Mode.WALK)
            .findFirst()
            .orElse(standards.all().get(0));
    return readiness(walk.code(), PopulationYear.Y2020, FacilitySet.EXISTING);
  }

  /**
   * The note (English, Chinese) an answer on a network that reaches fewer than {@value
   * NetworkReadiness#MIN_SHARE} of the residents carries, or null.
   */
  public String[] readinessNote(String code, PopulationYear year, FacilitySet set) {
    NetworkReadiness r = readiness(code, year, set);
    if (!r.insufficient()) {
      return null;
    }
    java.util.Locale root = java.util.Locale.ROOT;
    return new String[] {
      String.format(
          root,
          "the road network reaches only %.1f %% of the residents within %.0f m of a usable road"
              + " (%.1f %% on its largest connected part, %d parts): network shares count"
              + " everyone else as not covered; import a fuller roads layer",
          100 * r.nearRoadShare(),
          r.snapMaxMeters(),
          100 * r.largestComponentShare(),
          r.components()),
      String.format(
          root,
          "路网仅覆盖 %.1f%% 的居民（距可通行道路 %.0f 米以内；最大连通部分 %.1f%%，共 %d 个部分）："
              + "其余居民在路网方法中计为未覆盖；请导入更完整的道路图层",
          100 * r.nearRoadShare(),
          r.snapMaxMeters(),
          100 * r.largestComponentShare(),
          r.components())
    };
  }

  /**
   * The note (English, Chinese) an answer on the residents of {@code year} carries when population
   * cells outside the boundary were left out, or null ({@link OutsideBoundary}).
   */
  public String[] outsideNote(PopulationYear year) {
    return data().outside().note(year);
  }

  /**
   * The outside-boundary notes of an answer on the residents of {@code years} (siting, access):
   * empty lists when no cell was left out ({@link OutsideBoundary#notes}).
   */
  public OutsideBoundary.Notes outsideNotes(java.util.Collection<PopulationYear> years) {
    return data().outside().notes(years);
  }

  /** Counts data changes: state derived from the data is stale once it moves. */
  public long version() {
    return version.get();
  }

  public StandardCatalog standards() {
    return standards;
  }

  /** Baseline coverage of what exists today. */
  public CoverageResult coverage(String code, CoverageMethod method, PopulationYear year) {
    return coverage(code, method, year, FacilitySet.EXISTING);
  }

  /** Baseline coverage by the facilities and roads of {@code set}. */
  public CoverageResult coverage(
      String code, CoverageMethod method, PopulationYear year, FacilitySet set) {
    ServiceStandard standard = standards.get(code);
    return state()
        .results
        .computeIfAbsent(
            code + "/" + method + "/" + year + "/" + set,
            k -> CoverageOp.compute(model(standard, method, set), data().cells().get(year)));
  }

  /** Coverage of a scenario's facilities on the roads of what exists today. */
  public CoverageResult coverage(
      String code, CoverageMethod method, PopulationYear year, List<Facility> facilities) {
    return coverage(code, method, year, FacilitySet.EXISTING, facilities);
  }

  /**
   * Coverage with other facilities (WGS84), e.g. those of a scenario, over the roads of {@code
   * set}: baseline facilities count only when in {@code set}; facilities the baseline does not hold
   * (a scenario's additions) always count. Not cached.
   */
  public CoverageResult coverage(
      String code,
      CoverageMethod method,
      PopulationYear year,
      FacilitySet set,
      List<Facility> facilities) {
    ServiceStandard standard = standards.get(code);
    AnalysisData d = data();
    List<ServicePoint> points =
        AnalysisDataLoader.servicePoints(inSet(facilities, set), d.projection());
    return CoverageOp.compute(d.graph(set), points, d.cells().get(year), standard, method);
  }

  /**
   * Of {@code facilities}: those of the baseline in {@code set}, and every one it does not hold.
   */
  public List<Facility> inSet(List<Facility> facilities, FacilitySet set) {
    Set<String> baselineIds = new HashSet<>();
    data().baseline().forEach(f -> baselineIds.add(f.id()));
    return facilities.stream()
        .filter(f -> !baselineIds.contains(f.id()) || set.includes(f.status()))
        .toList();
  }

  /** Facilities of the standard's types in {@code set}, and what to know about them. */
  public FacilitiesUsed facilitiesUsed(String code, FacilitySet set) {
    return FacilitiesUsed.of(standards.get(code), set, data().baseline(set));
  }

  /** Facilities of the standard's types among a scenario's, in {@code set}. */
  public FacilitiesUsed facilitiesUsed(String code, FacilitySet set, List<Facility> facilities) {
    return FacilitiesUsed.of(standards.get(code), set, inSet(facilities, set));
  }

  /** Gaps of what exists today, with the default {@code minResidents}. */
  public List<Gap> gaps(String code, CoverageMethod method, PopulationYear year) {
    return gaps(code, method, year, FacilitySet.EXISTING);
  }

  /** Gaps of the baseline in {@code set}, rank 1 (most residents) first, in metres. */
  public List<Gap> gaps(String code, CoverageMethod method, PopulationYear year, FacilitySet set) {
    return gaps(code, method, year, set, DEFAULT_MIN_GAP_RESIDENTS, DEFAULT_MIN_CELL_RESIDENTS)
        .gaps();
  }

  /** Gaps with their remainder; each gap's best site evaluated (cached). */
  public Gaps gaps(
      String code,
      CoverageMethod method,
      PopulationYear year,
      FacilitySet set,
      long minResidents,
      long minCellResidents) {
    ServiceStandard standard = standards.get(code);
    Map<String, Gaps> gaps = state().gaps;
    if (gaps.size() >= MAX_CACHED_SERVICE_AREAS) {
      gaps.clear(); // arbitrary thresholds must not grow the cache without bound
    }
    return gaps.computeIfAbsent(
        code + "/" + method + "/" + year + "/" + set + "/" + minResidents + "/" + minCellResidents,
        k -> {
          AnalysisData d = data();
          CoverageResult r = coverage(code, method, year, set);
          double spacing =
              standard.mode() == ServiceStandard.Mode.WALK
                  ? WALK_SITE_SPACING_METERS
                  : DRIVE_SITE_SPACING_METERS;
          SiteGain gain =
              new SiteGain(
                  d.graph(set),
                  standard,
                  method,
                  r,
                  d.cells().get(year),
                  spacing,
                  MAX_SITE_CANDIDATES_PER_GAP);
          return new GapOp(minResidents, minCellResidents)
              .compute(r, d.cells().get(year), d.facilities(set), gain);
        });
  }

  /** Service areas of what exists today. */
  public List<ServiceArea> serviceAreas(String code, CoverageMethod method, List<Duration> bands) {
    return serviceAreas(code, method, bands, FacilitySet.EXISTING);
  }

  /** Exact service areas (network buffers, for exports) of the baseline in {@code set}. */
  public List<ServiceArea> serviceAreas(
      String code, CoverageMethod method, List<Duration> bands, FacilitySet set) {
    return serviceAreas(code, method, bands, set, AreaOutline.EXACT, MAP_TOLERANCE_METERS);
  }

  /**
   * Service areas of the baseline in {@code set} in the given bands, in metres, drawn as {@code
   * outline} asks ({@code toleranceMeters}: the grid cell of a map outline); exports use {@link
   * AreaOutline#EXACT}, the network buffer itself. Cached, since an exact driving network buffer
   * costs ~0.1 s to build (see the bench) and the map asks for the same bands repeatedly.
   */
  public List<ServiceArea> serviceAreas(
      String code,
      CoverageMethod method,
      List<Duration> bands,
      FacilitySet set,
      AreaOutline outline,
      double toleranceMeters) {
    ServiceAreaKey key =
        new ServiceAreaKey(code, method, List.copyOf(bands), set, outline, toleranceMeters);
    ServiceStandard standard = standards.get(code);
    AnalysisData d = data();
    Map<ServiceAreaKey, List<ServiceArea>> serviceAreas = state().serviceAreas;
    if (serviceAreas.size() >= MAX_CACHED_SERVICE_AREAS) {
      serviceAreas.clear(); // arbitrary bands must not grow the cache without bound
    }
    return serviceAreas.computeIfAbsent(
        key,
        k ->
            ServiceAreas.compute(
                d.graph(set),
                d.facilities(set),
                standard,
                method,
                bands,
                SERVICE_AREA_OFFSET_METERS,
                outline,
                toleranceMeters));
  }

  /**
   * One answer of {@link #serviceAreas}: the cache key, and what a caller can ask {@link
   * #serviceAreasPrepared} about.
   */
  public record ServiceAreaKey(
      String code,
      CoverageMethod method,
      List<Duration> bands,
      FacilitySet set,
      AreaOutline outline,
      double toleranceMeters) {}

  /** Whether {@link #serviceAreas} holds this answer already (then it only looks it up). */
  public boolean serviceAreasPrepared(ServiceAreaKey key) {
    return state().serviceAreas.containsKey(key);
  }

  /**
   * The bands the map asks for by default (as {@code web/js/standards.js} does): thirds of the
   * standard's time (15 → 5, 10, 15), halves up to 10 minutes, one band up to 5.
   */
  public static List<Duration> defaultBands(ServiceStandard s) {
    double m = s.minutes();
    List<Double> minutes =
        m <= 5
            ? List.of(m)
            : m <= 10
                ? List.of(m / 2, m)
                : List.of((double) Math.round(m / 3), (double) Math.round(2 * m / 3), m);
    return minutes.stream().map(x -> Duration.ofMillis(Math.round(x * 60_000))).toList();
  }

  /** How a WGS84 point is served by what exists today. */
  public PointCoverage at(double lon, double lat, String code, CoverageMethod method) {
    return at(lon, lat, code, method, FacilitySet.EXISTING);
  }

  /** How a WGS84 point is served by the baseline in {@code set}: the batch's answer there. */
  public PointCoverage at(
      double lon, double lat, String code, CoverageMethod method, FacilitySet set) {
    ServiceStandard standard = standards.get(code);
    Coordinate p = data().inZone(lon, lat);
    return model(standard, method, set).at(p);
  }

  private CoverageModel model(ServiceStandard standard, CoverageMethod method, FacilitySet set) {
    AnalysisData d = data();
    return state()
        .models
        .computeIfAbsent(
            standard.code() + "/" + method + "/" + set,
            k -> new CoverageModel(d.graph(set), d.facilities(set), standard, method));
  }
}
