package cn.chegu.viewer.web;

import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.compare.CompareService;
import cn.chegu.viewer.compare.Side;
import cn.chegu.viewer.coverage.CoverageDiff;
import cn.chegu.viewer.coverage.CoverageMethod;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Two views of one standard side by side: {@code year/facilities/scenario} is side A, {@code
 * yearB/facilitiesB/scenarioB} side B (each defaulting to A's). The answer is a GeoJSON collection
 * of the changed cells with the totals and the per-area table as foreign members.
 */
@RestController
class CompareController {

  private final CompareService compare;

  CompareController(CompareService compare) {
    this.compare = compare;
  }

  @GetMapping(value = "/api/compare", produces = "application/geo+json")
  CompareView compare(
      @RequestParam String standard,
      @RequestParam(defaultValue = "network") String method,
      @RequestParam(defaultValue = "2020") String year,
      @RequestParam(defaultValue = "existing") String facilities,
      @RequestParam(required = false) String scenario,
      @RequestParam(required = false) String yearB,
      @RequestParam(required = false) String facilitiesB,
      @RequestParam(required = false) String scenarioB) {
    CoverageMethod m = CoverageParameters.method(method);
    Side a =
        new Side(
            CoverageParameters.year(year),
            OutputParameters.facilities(facilities),
            OutputParameters.scenario(scenario));
    Side b =
        new Side(
            yearB == null ? a.year() : CoverageParameters.year(yearB),
            facilitiesB == null ? a.facilities() : OutputParameters.facilities(facilitiesB),
            OutputParameters.scenario(scenarioB));
    CoverageDiff diff = compare.compare(standard, m, a, b);
    List<FeatureView<CellChangeView>> features = new ArrayList<>();
    for (CoverageDiff.CellChange c : diff.cells()) {
      features.add(
          FeatureView.of(
              c.cellId(),
              AreaScope.current().projection().toLonLat(c.geometry()),
              new CellChangeView(
                  c.change().name().toLowerCase(),
                  c.area(),
                  c.uncoveredA(),
                  c.uncoveredB(),
                  c.uncoveredB() - c.uncoveredA())));
    }
    return new CompareView(
        "FeatureCollection",
        features,
        standard,
        m.code(),
        a.label(),
        b.label(),
        diff.totalA(),
        diff.coveredA(),
        diff.totalB(),
        diff.coveredB(),
        diff.byArea().stream()
            .map(
                ac ->
                    new AreaChangeView(
                        ac.area(),
                        ac.totalA(),
                        ac.coveredA(),
                        ac.totalB(),
                        ac.coveredB(),
                        ac.change()))
            .toList(),
        "cells in the same grid compared one by one: gain = not covered in A and covered in B,"
            + " loss = the reverse; uncovered residents per cell on both sides; per area, covered"
            + " residents on both sides",
        "同一网格逐格比较：A 未覆盖而 B 覆盖为增加，反之为减少；两侧各格的未覆盖居民；各街道两侧的覆盖居民");
  }

  /**
   * The answer: a GeoJSON FeatureCollection of the cells that changed, with both sides' totals.
   *
   * @param a side A in words (year, facility set, scenario)
   * @param b side B in words
   * @param rule how cells and areas are compared
   * @param ruleZh the same in Chinese
   */
  record CompareView(
      @Schema(allowableValues = "FeatureCollection") String type,
      List<FeatureView<CellChangeView>> features,
      String standard,
      String method,
      String a,
      String b,
      long totalA,
      long coveredA,
      long totalB,
      long coveredB,
      List<AreaChangeView> byArea,
      String rule,
      String ruleZh) {}

  /**
   * One cell that changed.
   *
   * @param change {@code gain}, {@code loss} or {@code same}
   * @param uncoveredChange uncoveredB − uncoveredA
   */
  record CellChangeView(
      String change, String area, long uncoveredA, long uncoveredB, long uncoveredChange) {}

  /** One sub-district: covered residents on both sides and the change (B − A). */
  record AreaChangeView(
      String area, long totalA, long coveredA, long totalB, long coveredB, long change) {}
}
