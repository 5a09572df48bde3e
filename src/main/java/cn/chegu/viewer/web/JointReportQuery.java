package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.JointRecount;
import cn.chegu.viewer.analysis.JointRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A joint siting view as report query parameters (the panel's URL keys): {@code
 * jointSites=type:lon:lat[:year],…}, {@code budget=} or {@code phases=year:budget,…}, {@code
 * costs=type:cost,…}. Parsed into the same request and sites {@code /api/siting/joint/evaluate}
 * reads, by the same checks.
 */
final class JointReportQuery {

  private JointReportQuery() {}

  static JointRequest request(
      String standard, String year, String facilities, String budget, String phases, String costs) {
    List<JointSitingController.PhaseBody> ph = null;
    if (phases != null && !phases.isBlank()) {
      ph = new ArrayList<>();
      for (String item : phases.split(",")) {
        String[] p = item.split(":");
        if (p.length != 2) {
          throw new InvalidParameterException("phases", "each phase is year:budget, got " + item);
        }
        ph.add(
            new JointSitingController.PhaseBody(integer("phases", p[0]), number("phases", p[1])));
      }
    }
    Map<String, Double> c = new LinkedHashMap<>();
    if (costs != null && !costs.isBlank()) {
      for (String item : costs.split(",")) {
        String[] p = item.split(":");
        if (p.length != 2) {
          throw new InvalidParameterException("costs", "each cost is type:cost, got " + item);
        }
        c.put(p[0].trim(), number("costs", p[1]));
      }
    }
    return JointSitingController.request(
        new JointSitingController.Body(
            standard,
            budget == null ? null : number("budget", budget),
            c,
            null,
            integer("year", year),
            facilities,
            null,
            null,
            ph,
            null,
            null,
            null));
  }

  static List<JointRecount.Placed> sites(String text, JointRequest request) {
    List<JointSitingController.SiteBody> out = new ArrayList<>();
    for (String item : text.split(",")) {
      String[] p = item.split(":");
      if (p.length != 3 && p.length != 4) {
        throw new InvalidParameterException(
            "jointSites", "each site is type:lon:lat or type:lon:lat:year, got '" + item + "'");
      }
      out.add(
          new JointSitingController.SiteBody(
              p[0].trim(),
              number("jointSites", p[1]),
              number("jointSites", p[2]),
              p.length == 4 ? integer("jointSites", p[3]) : null));
    }
    return JointSitingController.sites(out, request);
  }

  private static double number(String name, String text) {
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(name, "not a number: '" + text + "'");
    }
  }

  private static int integer(String name, String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(name, "not a whole number: '" + text + "'");
    }
  }
}
