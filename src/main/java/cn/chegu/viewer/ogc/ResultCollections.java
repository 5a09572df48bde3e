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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Component;

/**
 * The analysis results offered as collections: gaps (network, 2020 residents) and service areas
 * (network, the standard's own time) of every standard, for the existing facilities and for the
 * whole plan. The list is kept modest (2 kinds × 8 standards × 2 sets) so that clients listing
 * every collection (GDAL, QGIS) stay quick; other parameters remain on {@code /api/coverage/…}.
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
            new ResultKind(
                "gaps",
                "network-2020",
                "Gaps",
                "覆盖缺口",
                "network travel time, 2020 residents",
                "路网通行时间，2020年人口",
                this::gaps),
            new ResultKind(
                "service-areas",
                "network",
                "Service areas",
                "服务范围",
                "network travel time, the standard's own time",
                "路网通行时间，标准时间",
                this::serviceAreas));
  }

  /** All result collections; {@code extent} is the zone's (results lie within it). */
  public List<OgcCollection> all(Envelope extent) {
    List<OgcCollection> out = new ArrayList<>();
    for (ResultKind kind : kinds) {
      for (ServiceStandard s : coverage.standards().all()) {
        for (FacilitySet set : SETS) {
          out.add(
              new OgcCollection(
                  kind.id(s, set),
                  kind.nameEn()
                      + " · "
                      + s.nameEn()
                      + " · "
                      + kind.parametersEn()
                      + " · "
                      + en(set),
                  kind.nameZh()
                      + " · "
                      + s.nameZh()
                      + " · "
                      + kind.parametersZh()
                      + " · "
                      + zh(set),
                  kind.nameEn()
                      + " of the "
                      + s.nameEn()
                      + " ("
                      + s.code()
                      + "), "
                      + kind.parametersEn()
                      + ", "
                      + en(set)
                      + ". Computed on request from the modelled population and the schematic"
                      + " road network.",
                  extent,
                  () ->
                      features(
                          kind.prefix() + "/" + s.code() + "/" + set.code(),
                          () -> kind.compute().apply(s, set))));
        }
      }
    }
    return out;
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

  private List<StoredFeature> gaps(ServiceStandard s, FacilitySet set) {
    List<Gap> gaps = coverage.gaps(s.code(), CoverageMethod.NETWORK, PopulationYear.Y2020, set);
    List<StoredFeature> out = new ArrayList<>();
    for (Gap g : gaps) {
      Map<String, Object> p =
          new LinkedHashMap<>(GapProperties.of(g, CoverageMethod.NETWORK).toMap());
      p.put("standard", s.code());
      p.put("facilities", set.code());
      out.add(
          new StoredFeature(
              "gaps",
              "gap-" + g.rank(),
              AreaScope.current().projection().toLonLat(g.polygon()),
              p));
    }
    return out;
  }

  private List<StoredFeature> serviceAreas(ServiceStandard s, FacilitySet set) {
    List<ServiceArea> areas =
        coverage.serviceAreas(s.code(), CoverageMethod.NETWORK, List.of(s.time()), set);
    List<StoredFeature> out = new ArrayList<>();
    for (ServiceArea area : areas) {
      double minutes = area.limit().toMillis() / 60_000.0;
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("standard", s.code());
      p.put("method", "network");
      p.put("minutes", minutes);
      out.add(
          new StoredFeature(
              "service-areas",
              s.code() + "-" + minutes,
              AreaScope.current().projection().toLonLat(area.area()),
              p));
    }
    return out;
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
