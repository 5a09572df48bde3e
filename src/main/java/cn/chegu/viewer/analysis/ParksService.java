package cn.chegu.viewer.analysis;

import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.network.EdgeLocation;
import cn.chegu.viewer.network.ShortestPathTree;
import cn.chegu.viewer.network.TravelMode;
import cn.chegu.viewer.store.FeatureStore;
import cn.chegu.viewer.store.StoredFeature;
import cn.chegu.viewer.transit.TransitGain;
import cn.chegu.viewer.transit.TransitRules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.stereotype.Service;

/**
 * The eight industrial parks analysed (plan §3 产城融合, 职住平衡; §3.2 公交可达性; §3.3 TOD): residents within
 * reach of each park by transit, car, foot and bicycle, its jobs and jobs–housing ratio, its
 * station access, and the median transit time from each sub-district. Reaching a park means
 * reaching its nearest {@link ParkGates gate}. Transit trips leave the park in the morning window
 * (07:30–08:30, a departure a minute, median): the sample's lines run the same headways both ways,
 * so this stands for the trip to the park. Answers are cached per (year, set, data version).
 */
@Service
public class ParksService {

  /**
   * Jobs per hectare of park area where no jobs are imported: an assumed planning density for
   * industrial and business land, not a survey; replace it by a numeric {@code jobs} property on
   * the parks layer (import).
   */
  public static final double JOBS_PER_HECTARE = 60;

  /** The same for the agriculture demonstration zone (group agriculture): mostly fields. */
  public static final double AGRICULTURE_JOBS_PER_HECTARE = 3;

  /** Cycling speed on the walk network (no expressways, one-way ignored). */
  public static final double BIKE_KMH = 15;

  /** The travel-time matrix looks this far; a longer median is reported as null. */
  public static final int MATRIX_MINUTES = 90;

  /** Straight-line station distance of "near a station". */
  public static final double STATION_METERS = 800;

  public static final int WINDOW_FROM = 7 * 3600 + 30 * 60;
  public static final int WINDOW_TO = 8 * 3600 + 30 * 60;

  private final TransitService transit;
  private final FeatureStore store;
  private final Map<String, List<ParkAnswer>> cache = new ConcurrentHashMap<>();

  public ParksService(TransitService transit, FeatureStore store) {
    this.transit = transit;
    this.store = store;
  }

  /** Every park of the parks layer, in layer order. */
  public List<ParkAnswer> parks(PopulationYear year, FacilitySet set) {
    long version = transit.version();
    String key = AreaScope.current().id() + "/" + year + "/" + set + "/" + version;
    List<ParkAnswer> answer = cache.get(key);
    if (answer == null) {
      List<ParkAnswer> out = new ArrayList<>();
      for (StoredFeature f : store.allFeatures("parks")) {
        out.add(park(f, year, set));
      }
      answer = List.copyOf(out);
      cache.keySet().removeIf(old -> !old.endsWith("/" + version));
      cache.put(key, answer);
    }
    return answer;
  }

  /**
   * Per park: residents who gain a transit trip to it within {@code minutes} between two sets
   * (cells reached from the park's gates in {@code to} but not in {@code from}, each set with its
   * own lines, roads and gates).
   */
  public List<ParkGainAnswer> compare(
      PopulationYear year, FacilitySet from, FacilitySet to, int minutes) {
    List<ParkGainAnswer> out = new ArrayList<>();
    List<DemandCell> cells = transit.cells(year);
    long[] residents = cells.stream().mapToLong(DemandCell::residents).toArray();
    for (StoredFeature f : store.allFeatures("parks")) {
      Geometry park = AreaScope.current().projection().toMetric(f.geometry());
      double limit = minutes * 60.0;
      TransitGain g =
          TransitGain.of(
              cellSeconds(park, from, year, minutes),
              cellSeconds(park, to, year, minutes),
              residents,
              limit);
      List<String> rules = new ArrayList<>(rules().describe());
      rules.add(
          "gained: residents of population cells reached from the park's gates within "
              + minutes
              + " min by walk + transit with the "
              + to.code()
              + " set but not with the "
              + from.code()
              + " set; each set has its own lines, roads and gates (facilities=)");
      List<String> rulesZh = new ArrayList<>(rules().describeZh());
      rulesZh.add(
          "新增覆盖：以 "
              + to.code()
              + " 方案可从园区出入口经步行 + 公交在 "
              + minutes
              + " 分钟内到达、以 "
              + from.code()
              + " 方案则不能到达的人口网格居民；各方案有各自的线路、道路和出入口（facilities=）");
      out.add(
          new ParkGainAnswer(
              f.id(),
              text(f, "name_zh"),
              text(f, "name_en"),
              minutes,
              from.code(),
              to.code(),
              g.before(),
              g.after(),
              g.gained(),
              g.lost(),
              rules,
              rulesZh));
    }
    return out;
  }

  /** Each cell's walk + transit seconds from the park's gates in a set (infinite beyond). */
  private double[] cellSeconds(Geometry park, FacilitySet set, PopulationYear year, int minutes) {
    TransitNetwork n = transit.network(set);
    List<Coordinate> gates = ParkGates.of(park, n.graph(), n.walk());
    TransitReach r = transit.reach(gates, set, rules(), Duration.ofMinutes(minutes));
    List<EdgeLocation> onFoot = transit.located(set, n.walk(), year);
    double[] out = new double[onFoot.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = r.combined().reach(onFoot.get(i)).seconds();
    }
    return out;
  }

  /** A park's gates (metres) on the set's walk network. */
  public List<Coordinate> gates(String parkId, FacilitySet set) {
    StoredFeature f =
        store.allFeatures("parks").stream()
            .filter(p -> p.id().equals(parkId))
            .findFirst()
            .orElseThrow(() -> new UnknownParkException(parkId));
    TransitNetwork n = transit.network(set);
    return ParkGates.of(
        AreaScope.current().projection().toMetric(f.geometry()), n.graph(), n.walk());
  }

  /** The rules of the parks' transit figures. */
  public TransitRules rules() {
    return transit.rules(WINDOW_FROM, WINDOW_TO, 50);
  }

  private ParkAnswer park(StoredFeature f, PopulationYear year, FacilitySet set) {
    Geometry park = AreaScope.current().projection().toMetric(f.geometry());
    TransitNetwork n = transit.network(set);
    List<Coordinate> gates = ParkGates.of(park, n.graph(), n.walk());
    TransitRules rules = rules();
    TransitReach r = transit.reach(gates, set, rules, Duration.ofMinutes(MATRIX_MINUTES));
    List<DemandCell> cells = transit.cells(year);
    List<EdgeLocation> onFoot = transit.located(set, n.walk(), year);
    long transit30 = TransitNetwork.residentsWithin(r.combined(), cells, onFoot, 1800);
    long transit45 = TransitNetwork.residentsWithin(r.combined(), cells, onFoot, 2700);
    long walk30 = TransitNetwork.residentsWithin(r.walk(), cells, onFoot, 1800);
    long drive30 = within(TravelMode.drive(), gates, set, year, cells);
    long bike30 = within(TravelMode.walk(BIKE_KMH), gates, set, year, cells);
    long jobs = jobs(f, park);
    String jobsSource = jobsSource(f);
    List<String> stations = new ArrayList<>();
    List<Geometry> near = new ArrayList<>();
    GeometryFactory gf = park.getFactory();
    for (int i = 0; i < n.stops().size(); i++) {
      if (n.timetable().served(i)) {
        Geometry stop = gf.createPoint(n.stops().get(i));
        if (park.distance(stop) <= STATION_METERS) {
          stations.add(n.timetable().stop(i).name());
        }
        near.add(stop.buffer(STATION_METERS, 16));
      }
    }
    double share =
        near.isEmpty()
            ? 0
            : park.intersection(gf.buildGeometry(near).union()).getArea() / park.getArea();
    List<String> ruleText = new ArrayList<>(rules.describe());
    ruleText.add(
        "a park is reached at the nearest of its "
            + gates.size()
            + " gates (grid points inside it near a walkable road); trips leave the park in the"
            + " window (the lines run the same headways both ways)");
    ruleText.add(
        "drive: road speeds by class, one-way respected; bicycle: "
            + BIKE_KMH
            + " km/h on the walk network");
    ruleText.add(
        "stations within "
            + (int) STATION_METERS
            + " m: served metro and tram stops of the set, straight line to the park's edge");
    List<String> ruleTextZh = new ArrayList<>(rules.describeZh());
    ruleTextZh.add(
        "园区按其 "
            + gates.size()
            + " 个出入口中最近者计算可达（出入口取园区内靠近可步行道路的格点）；公交出行在时间窗内从园区出发"
            + "（各线路双向发车间隔相同）");
    ruleTextZh.add("驾车：按道路等级车速，遵守单行；自行车：" + BIKE_KMH + " km/h，沿步行路网");
    ruleTextZh.add((int) STATION_METERS + " 米内站点：本方案中有运营服务的地铁、有轨电车站点，按至园区边界的直线距离");
    return new ParkAnswer(
        f.id(),
        text(f, "name_zh"),
        text(f, "name_en"),
        Math.round(park.getArea() / 1e4) / 100.0,
        gates.size(),
        new ParkAnswer.ResidentsWithin(transit30, transit45, drive30, walk30, bike30),
        jobs,
        jobsSource,
        jobsSourceZh(f),
        transit30 == 0 ? null : Math.round(jobs * 1000.0 / transit30) / 1000.0,
        stations.size(),
        stations,
        Math.round(share * 1000) / 1000.0,
        matrix(r.combined(), cells, onFoot),
        ruleText,
        ruleTextZh);
  }

  private long within(
      TravelMode mode,
      List<Coordinate> gates,
      FacilitySet set,
      PopulationYear year,
      List<DemandCell> cells) {
    TransitNetwork n = transit.network(set);
    ShortestPathTree tree =
        ShortestPathTree.grow(n.graph(), mode, gates, Duration.ZERO, Duration.ofMinutes(30));
    return TransitNetwork.residentsWithin(tree, cells, transit.located(set, mode, year), 1800);
  }

  /** Residents-weighted median minutes per sub-district. */
  static List<ParkAnswer.AreaMinutes> matrix(
      ShortestPathTree tree, List<DemandCell> cells, List<EdgeLocation> located) {
    Map<String, List<double[]>> byArea = new TreeMap<>();
    for (int i = 0; i < cells.size(); i++) {
      DemandCell c = cells.get(i);
      if (c.residents() > 0) {
        byArea
            .computeIfAbsent(c.area(), k -> new ArrayList<>())
            .add(new double[] {tree.reach(located.get(i)).seconds(), c.residents()});
      }
    }
    List<ParkAnswer.AreaMinutes> out = new ArrayList<>();
    byArea.forEach(
        (area, list) -> {
          list.sort((a, b) -> Double.compare(a[0], b[0]));
          long total = list.stream().mapToLong(a -> (long) a[1]).sum();
          long seen = 0;
          double median = Double.POSITIVE_INFINITY;
          for (double[] a : list) {
            seen += (long) a[1];
            if (2 * seen >= total) {
              median = a[0];
              break;
            }
          }
          out.add(
              new ParkAnswer.AreaMinutes(
                  area,
                  total,
                  median <= MATRIX_MINUTES * 60 ? Math.round(median / 6.0) / 10.0 : null));
        });
    return out;
  }

  private static long jobs(StoredFeature f, Geometry park) {
    Object imported = f.properties().get("jobs");
    if (imported instanceof Number n) {
      return n.longValue();
    }
    return Math.round(park.getArea() / 1e4 * density(f));
  }

  private static String jobsSource(StoredFeature f) {
    if (f.properties().get("jobs") instanceof Number) {
      return "imported: parks layer property jobs (" + text(f, "source") + ")";
    }
    return "modelled: park area × "
        + density(f)
        + " jobs/ha (assumed planning density"
        + ("agriculture".equals(f.properties().get("group")) ? " for farmland" : "")
        + ", not surveyed; import a jobs property to replace it)";
  }

  private static String jobsSourceZh(StoredFeature f) {
    if (f.properties().get("jobs") instanceof Number) {
      return "导入：园区图层属性 jobs（" + text(f, "source") + "）";
    }
    return "模型估算：园区面积 × "
        + density(f)
        + " 岗位/公顷（假定的规划"
        + ("agriculture".equals(f.properties().get("group")) ? "农业用地" : "")
        + "就业密度，非调查数据；导入 jobs 属性可替换）";
  }

  private static double density(StoredFeature f) {
    return "agriculture".equals(f.properties().get("group"))
        ? AGRICULTURE_JOBS_PER_HECTARE
        : JOBS_PER_HECTARE;
  }

  private static String text(StoredFeature f, String key) {
    Object v = f.properties().get(key);
    return v == null ? "" : v.toString();
  }
}
