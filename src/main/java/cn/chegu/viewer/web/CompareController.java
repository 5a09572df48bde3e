package cn.chegu.viewer.web;

import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.compare.CompareService;
import cn.chegu.viewer.compare.Side;
import cn.chegu.viewer.coverage.CoverageDiff;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.store.StoredFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  ObjectNode compare(
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
    List<StoredFeature> features = new ArrayList<>();
    for (CoverageDiff.CellChange c : diff.cells()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("change", c.change().name().toLowerCase());
      p.put("area", c.area());
      p.put("uncoveredA", c.uncoveredA());
      p.put("uncoveredB", c.uncoveredB());
      p.put("uncoveredChange", c.uncoveredB() - c.uncoveredA());
      features.add(
          new StoredFeature(
              "compare", c.cellId(), AreaScope.current().projection().toLonLat(c.geometry()), p));
    }
    ObjectNode out = GeoJsonFeatures.collection(features);
    out.put("standard", standard);
    out.put("method", m.code());
    out.put("a", a.label());
    out.put("b", b.label());
    out.put("totalA", diff.totalA());
    out.put("coveredA", diff.coveredA());
    out.put("totalB", diff.totalB());
    out.put("coveredB", diff.coveredB());
    var areas = out.putArray("byArea");
    for (CoverageDiff.AreaChange ac : diff.byArea()) {
      areas
          .addObject()
          .put("area", ac.area())
          .put("totalA", ac.totalA())
          .put("coveredA", ac.coveredA())
          .put("totalB", ac.totalB())
          .put("coveredB", ac.coveredB())
          .put("change", ac.change());
    }
    out.put(
        "rule",
        "cells in the same grid compared one by one: gain = not covered in A and covered in B,"
            + " loss = the reverse; uncovered residents per cell on both sides; per area, covered"
            + " residents on both sides");
    return out;
  }
}
