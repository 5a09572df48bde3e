package cn.chegu.viewer.web;

import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.indicator.AreaPlans;
import cn.chegu.viewer.plan.Plan;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The area's plan as the map shows it: titles, layer groups, legend labels, standards in force. */
@RestController
class PlanController {

  private final AreaPlans plans;

  PlanController(AreaPlans plans) {
    this.plans = plans;
  }

  /**
   * The plan of an area.
   *
   * @param area the area ({@code area=} of the request)
   * @param id the plan document's id ({@code national} without a plan file)
   * @param national true when the area has no plan file: GB 50180 life circles only
   * @param source the plan document quoted
   * @param title the viewer's title (zh, en)
   * @param reportTitle the reports' title
   * @param layerGroups the layer tree's groups in order with their names
   * @param legend the plan's own labels of legend and tree entries (front-end string keys)
   * @param standards the service standards in force, in display order (the indicators are at {@code
   *     GET /api/indicators})
   */
  record PlanView(
      String area,
      String id,
      boolean national,
      String source,
      Plan.Text title,
      Plan.Text reportTitle,
      List<Plan.Label> layerGroups,
      List<Plan.Label> legend,
      List<String> standards) {}

  @GetMapping("/api/plan")
  PlanView plan() {
    Plan p = plans.current();
    return new PlanView(
        AreaScope.current().id(),
        p.id(),
        p.national(),
        p.source(),
        p.title(),
        p.reportTitle(),
        p.layerGroups(),
        p.legend(),
        p.standards());
  }
}
