package cn.chegu.viewer.web;

import cn.chegu.viewer.indicator.Indicator;
import cn.chegu.viewer.indicator.IndicatorService;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The plan's indicators measured on our data. */
@RestController
class IndicatorController {

  private final IndicatorService indicators;

  IndicatorController(IndicatorService indicators) {
    this.indicators = indicators;
  }

  @GetMapping("/api/indicators")
  List<Indicator> indicators(
      @RequestParam(defaultValue = "2020") String year,
      @RequestParam(defaultValue = "existing") String facilities) {
    return indicators.indicators(
        CoverageParameters.year(year), OutputParameters.facilities(facilities));
  }
}
