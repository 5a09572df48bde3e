package cn.chegu.viewer.analysis;

import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.coverage.CoverageOp;
import cn.chegu.viewer.coverage.CoverageResult;
import cn.chegu.viewer.coverage.DemandCell;
import cn.chegu.viewer.facility.Facility;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.imports.DryRunHeadline;
import cn.chegu.viewer.store.StoredFeature;
import cn.chegu.viewer.store.UnknownLayerException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The headline of a dry run: the share of residents {@value #STANDARD} (the 15-minute community
 * health circle; else the first standard configured) covers by network, population {@link
 * PopulationYear#Y2020}, existing facilities and roads, today and with the layer the import would
 * write. Only the imported layer is swapped; the other layers are today's:
 *
 * <ul>
 *   <li>{@code facilities}: the would-be facilities are an in-memory overlay like a scenario's
 *       ({@link CoverageService#coverage(String, CoverageMethod, PopulationYear, FacilitySet,
 *       List)}), on today's roads and cells;
 *   <li>{@code population}: the would-be cells, read as the analysis reads the layer (a cell
 *       outside the zone left out, a cell without sub-district joined to one), covered by today's
 *       facilities on today's roads; the headline also carries the residents of the year before and
 *       after;
 *   <li>{@code roads}: a road graph built in memory from the would-be roads (the set's roads, noded
 *       as the analysis nodes them), today's facilities and cells.
 * </ul>
 *
 * Nothing is written and no cache changes: the population and roads answers cost one coverage
 * computation (and a graph build for roads), as a scenario does.
 */
@Component
class ImportHeadline implements DryRunHeadline {

  static final String STANDARD = "health15";
  static final String FACILITIES = StoreFacilityCatalog.LAYER;
  static final String POPULATION = "population";
  static final String ROADS = "roads";
  static final CoverageMethod METHOD = CoverageMethod.NETWORK;
  static final PopulationYear YEAR = PopulationYear.Y2020;
  static final FacilitySet SET = FacilitySet.EXISTING;

  private final CoverageService coverage;
  private final AnalysisDataLoader loader;

  ImportHeadline(CoverageService coverage, AnalysisDataLoader loader) {
    this.coverage = coverage;
    this.loader = loader;
  }

  @Override
  public Headline of(String layer, List<StoredFeature> wouldBe) {
    if (!List.of(FACILITIES, POPULATION, ROADS).contains(layer)
        || coverage.standards().all().isEmpty()) {
      return null;
    }
    List<ServiceStandard> all = coverage.standards().all();
    ServiceStandard standard =
        all.stream().filter(s -> s.code().equals(STANDARD)).findFirst().orElse(all.get(0));
    CoverageResult before;
    CoverageResult after;
    try {
      before = coverage.coverage(standard.code(), METHOD, YEAR, SET);
      after =
          switch (layer) {
            case FACILITIES -> withFacilities(standard, wouldBe);
            case POPULATION -> withPopulation(standard, wouldBe);
            default -> withRoads(standard, wouldBe);
          };
    } catch (UnknownLayerException e) {
      return null; // a store without roads or population: no coverage to show, counts only
    }
    boolean population = POPULATION.equals(layer);
    return new Headline(
        standard.code(),
        "network",
        YEAR.year(),
        SET.code(),
        round4(before.share()),
        round4(after.share()),
        population ? before.totalResidents() : null,
        population ? after.totalResidents() : null);
  }

  private CoverageResult withFacilities(ServiceStandard standard, List<StoredFeature> wouldBe) {
    // only the would-be facilities the set counts: a planned one added by the file does not count
    List<Facility> facilities =
        wouldBe.stream()
            .map(StoreFacilityCatalog::facility)
            .filter(f -> SET.includes(f.status()))
            .toList();
    return coverage.coverage(standard.code(), METHOD, YEAR, SET, facilities);
  }

  private CoverageResult withPopulation(ServiceStandard standard, List<StoredFeature> wouldBe) {
    AnalysisData d = coverage.data();
    List<DemandCell> cells =
        AnalysisDataLoader.cells(
                wouldBe,
                d.projection(),
                d.zone(),
                loader.adminUnits(d.projection()),
                d.area().name())
            .inside()
            .get(YEAR);
    return CoverageOp.compute(d.graph(SET), d.facilities(SET), cells, standard, METHOD);
  }

  private CoverageResult withRoads(ServiceStandard standard, List<StoredFeature> wouldBe) {
    AnalysisData d = coverage.data();
    RoadNetworks roads = AnalysisDataLoader.roads(wouldBe, d.projection());
    return CoverageOp.compute(
        roads.graph(SET), d.facilities(SET), d.cells().get(YEAR), standard, METHOD);
  }

  private static double round4(double share) {
    return Math.round(share * 10_000) / 10_000.0;
  }
}
