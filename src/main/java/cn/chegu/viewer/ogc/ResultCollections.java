package cn.chegu.viewer.ogc;

import cn.chegu.viewer.analysis.AnalysisData;
import cn.chegu.viewer.analysis.CoverageService;
import cn.chegu.viewer.analysis.GapProperties;
import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.coverage.Gap;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.network.ServiceArea;
import cn.chegu.viewer.store.StoredFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.springframework.stereotype.Component;

/**
 * The analysis results offered as collections: gaps and service areas (the standard's own time) of
 * every standard. The list is kept modest (network, 2020 residents; existing facilities and the
 * whole plan: 2 kinds × 8 standards × 2 sets) so that clients listing every collection (GDAL, QGIS)
 * stay quick; any other method, year or facility set is a collection found by its id.
 */
@Component
public class ResultCollections {

  /** The facility sets each result is offered for. */
  static final List<FacilitySet> SETS = List.of(FacilitySet.EXISTING, FacilitySet.PLAN);

  private final CoverageService coverage;
  private final List<ResultKind> kinds;
  private final Map<String, Computed> computed = new ConcurrentHashMap<>();

  /** A collection's features and the analysis snapshot they were computed from. */
  private record Computed(AnalysisData data, List<StoredFeature> features) {}

  public ResultCollections(CoverageService coverage) {
    this.coverage = coverage;
    this.kinds =
        List.of(
            new ResultKind("gaps", true, "Gaps", "覆盖缺口", "MultiPolygon", this::gaps),
            new ResultKind(
                "service-areas",
                false,
                "Service areas",
                "服务范围",
                "MultiPolygon",
                this::serviceAreas));
  }

  /**
   * The listed result collections: network gaps for 2020 residents and network service areas, for
   * the existing facilities and the whole plan; {@code extent} is the zone's (results lie within
   * it). Other parameters are found by id ({@link #find}).
   */
  public List<OgcCollection> all(Envelope extent) {
    List<OgcCollection> out = new ArrayList<>();
    for (ResultKind kind : kinds) {
      for (ServiceStandard s : coverage.standards().all()) {
        for (FacilitySet set : SETS) {
          out.add(
              collection(
                  kind,
                  s,
                  new ResultParameters(CoverageMethod.NETWORK, PopulationYear.Y2020, set),
                  extent));
        }
      }
    }
    return out;
  }

  /**
   * The result collection of any standard, method, year and facility set by its id ({@code
   * gaps-health15-euclidean-2025-committed}, {@code service-areas-park10-network-plan}), listed or
   * not: a QGIS project of any view points at its own results.
   */
  public Optional<OgcCollection> find(String id, Envelope extent) {
    for (ResultKind kind : kinds) {
      if (!id.startsWith(kind.prefix() + "-")) {
        continue;
      }
      String[] parts = id.substring(kind.prefix().length() + 1).split("-");
      if (parts.length != (kind.byYear() ? 4 : 3)) {
        continue;
      }
      try {
        ServiceStandard s = coverage.standards().get(parts[0]);
        CoverageMethod method = CoverageMethod.fromCode(parts[1]);
        PopulationYear year =
            kind.byYear() ? PopulationYear.of(Integer.parseInt(parts[2])) : PopulationYear.Y2020;
        FacilitySet set = FacilitySet.of(parts[parts.length - 1]);
        ResultParameters p = new ResultParameters(method, year, set);
        if (kind.id(s, p).equals(id)) {
          return Optional.of(collection(kind, s, p, extent));
        }
      } catch (RuntimeException e) { // an unknown standard, method, year or set: no such id
        continue;
      }
    }
    return Optional.empty();
  }

  private OgcCollection collection(
      ResultKind kind, ServiceStandard s, ResultParameters p, Envelope extent) {
    String id = kind.id(s, p);
    return new OgcCollection(
        id,
        kind.nameEn() + " · " + s.nameEn() + " · " + en(p, kind.byYear()) + " · " + en(p.set()),
        kind.nameZh() + " · " + s.nameZh() + " · " + zh(p, kind.byYear()) + " · " + zh(p.set()),
        kind.nameEn()
            + " of the "
            + s.nameEn()
            + " ("
            + s.code()
            + "), "
            + en(p, kind.byYear())
            + ", "
            + en(p.set())
            + ". Computed on request from the modelled population and the schematic"
            + " road network.",
        extent,
        kind.geometryType(),
        () -> features(id, () -> kind.compute().apply(s, p)));
  }

  private static String en(ResultParameters p, boolean byYear) {
    String m =
        p.method() == CoverageMethod.NETWORK ? "network travel time" : "straight-line distance";
    return m + (byYear ? ", " + p.year().year() + " residents" : ", the standard's own time");
  }

  private static String zh(ResultParameters p, boolean byYear) {
    String m = p.method() == CoverageMethod.NETWORK ? "路网通行时间" : "直线距离";
    return m + (byYear ? "，" + p.year().year() + "年人口" : "，标准时间");
  }

  /**
   * The features of a result collection, computed once per analysis snapshot: paging clients ask
   * for the whole list once per page, and gaps cost about a second each.
   */
  private List<StoredFeature> features(String id, Supplier<List<StoredFeature>> compute) {
    AnalysisData data = coverage.data();
    String key = data.area().id() + ":" + id;
    Computed c = computed.get(key);
    if (c == null || c.data() != data) {
      c = new Computed(data, compute.get());
      computed.put(key, c);
    }
    return c.features();
  }

  private List<StoredFeature> gaps(ServiceStandard s, ResultParameters params) {
    List<Gap> gaps = coverage.gaps(s.code(), params.method(), params.year(), params.set());
    List<StoredFeature> out = new ArrayList<>();
    for (Gap g : gaps) {
      Map<String, Object> p = new LinkedHashMap<>(GapProperties.of(g, params.method()).toMap());
      p.put("standard", s.code());
      p.put("year", params.year().year());
      p.put("facilities", params.set().code());
      out.add(
          new StoredFeature(
              "gaps",
              "gap-" + g.rank(),
              multiPolygon(AreaScope.current().projection().toLonLat(g.polygon())),
              p));
    }
    return out;
  }

  private List<StoredFeature> serviceAreas(ServiceStandard s, ResultParameters params) {
    List<ServiceArea> areas =
        coverage.serviceAreas(s.code(), params.method(), List.of(s.time()), params.set());
    List<StoredFeature> out = new ArrayList<>();
    for (ServiceArea area : areas) {
      double minutes = area.limit().toMillis() / 60_000.0;
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("standard", s.code());
      p.put("method", params.method().code());
      p.put("facilities", params.set().code());
      p.put("minutes", minutes);
      out.add(
          new StoredFeature(
              "service-areas",
              s.code() + "-" + minutes,
              multiPolygon(AreaScope.current().projection().toLonLat(area.area())),
              p));
    }
    return out;
  }

  /**
   * The polygons of {@code g} as one MultiPolygon (empty when there are none), so every item of a
   * result collection has the type its metadata declares.
   */
  static MultiPolygon multiPolygon(Geometry g) {
    if (g instanceof MultiPolygon m) {
      return m;
    }
    List<Polygon> parts = new ArrayList<>();
    for (Object p : PolygonExtracter.getPolygons(g)) {
      parts.add((Polygon) p);
    }
    return g.getFactory().createMultiPolygon(parts.toArray(Polygon[]::new));
  }

  private static String en(FacilitySet set) {
    return switch (set) {
      case EXISTING -> "existing facilities";
      case COMMITTED -> "existing and under-construction facilities";
      case PLAN -> "all planned facilities";
    };
  }

  private static String zh(FacilitySet set) {
    return switch (set) {
      case EXISTING -> "现状设施";
      case COMMITTED -> "现状及在建设施";
      case PLAN -> "规划全部设施";
    };
  }
}
