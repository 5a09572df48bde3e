package cn.chegu.viewer.analysis;

import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.facility.Facility;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.imports.DryRunHeadline;
import cn.chegu.viewer.store.StoredFeature;
import cn.chegu.viewer.store.UnknownLayerException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The headline of a facilities dry run: the share of residents {@value #STANDARD} (the 15-minute
 * community health circle; else the first standard configured) covers by network, population {@link
 * PopulationYear#Y2020}, existing facilities, today and with the layer the import would write. The
 * would-be facilities are an in-memory overlay like a scenario's ({@link
 * CoverageService#coverage(String, CoverageMethod, PopulationYear, FacilitySet, List)}): nothing is
 * written and no cache changes. Population and roads dry runs get no headline: their would-be data
 * would need a second network or cell set built in memory, which a dry run does not pay for.
 */
@Component
class ImportHeadline implements DryRunHeadline {

  static final String STANDARD = "health15";
  static final String LAYER = StoreFacilityCatalog.LAYER;
  static final CoverageMethod METHOD = CoverageMethod.NETWORK;
  static final PopulationYear YEAR = PopulationYear.Y2020;
  static final FacilitySet SET = FacilitySet.EXISTING;

  private final CoverageService coverage;

  ImportHeadline(CoverageService coverage) {
    this.coverage = coverage;
  }

  @Override
  public Headline of(String layer, List<StoredFeature> wouldBe) {
    if (!LAYER.equals(layer) || coverage.standards().all().isEmpty()) {
      return null;
    }
    List<ServiceStandard> all = coverage.standards().all();
    ServiceStandard standard =
        all.stream().filter(s -> s.code().equals(STANDARD)).findFirst().orElse(all.get(0));
    // only the would-be facilities the set counts: a planned one added by the file does not count
    List<Facility> facilities =
        wouldBe.stream()
            .map(StoreFacilityCatalog::facility)
            .filter(f -> SET.includes(f.status()))
            .toList();
    double before;
    double after;
    try {
      before = coverage.coverage(standard.code(), METHOD, YEAR, SET).share();
      after = coverage.coverage(standard.code(), METHOD, YEAR, SET, facilities).share();
    } catch (UnknownLayerException e) {
      return null; // a store without roads or population: no coverage to show, counts only
    }
    return new Headline(
        standard.code(), "network", YEAR.year(), SET.code(), round4(before), round4(after));
  }

  private static double round4(double share) {
    return Math.round(share * 10_000) / 10_000.0;
  }
}
