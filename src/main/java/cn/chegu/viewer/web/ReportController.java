package cn.chegu.viewer.web;

import cn.chegu.viewer.access.AccessType;
import cn.chegu.viewer.analysis.JointRecount;
import cn.chegu.viewer.analysis.JointRequest;
import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.compare.Side;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.report.ParksReport;
import cn.chegu.viewer.report.ReportService;
import cn.chegu.viewer.report.ViewReport;
import cn.chegu.viewer.report.ViewReports;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The view on screen as a printable PDF or an Excel workbook. {@code view} names which: {@code
 * coverage} (default; with {@code scenario} its before/after), {@code scenario} (the same, a
 * scenario required), {@code siting} ({@code sites=lon:lat,…} evaluated for {@code standard},
 * {@code year}, {@code facilities}; a joint answer instead by {@code
 * jointSites=type:lon:lat[:year],…} with {@code budget} or {@code phases=year:budget,…} and {@code
 * costs=type:cost,…}), {@code access} ({@code type}, {@code year}, {@code facilities}) or {@code
 * compare} (side A {@code year/facilities/scenario}, side B {@code yearB/facilitiesB/scenarioB}) or
 * {@code parks} (the Parks tab's table for {@code year} and {@code facilities}, its rules and a map
 * of the parks). The parameters are the panel's, so the report asks the same question the screen
 * asked.
 */
@RestController
class ReportController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ReportService reports;
  private final ViewReports views;
  private final ParksReport parksReport;

  ReportController(ReportService reports, ViewReports views, ParksReport parksReport) {
    this.reports = reports;
    this.views = views;
    this.parksReport = parksReport;
  }

  @GetMapping("/api/report")
  ResponseEntity<byte[]> report(
      @RequestParam(defaultValue = "health15") String standard,
      @RequestParam(defaultValue = "network") String method,
      @RequestParam(defaultValue = "2020") String year,
      @RequestParam(defaultValue = "existing") String facilities,
      @RequestParam(required = false) String scenario,
      @RequestParam(defaultValue = "pdf") String format,
      @RequestParam(defaultValue = "coverage") String view,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String sites,
      @RequestParam(required = false) String jointSites,
      @RequestParam(required = false) String budget,
      @RequestParam(required = false) String phases,
      @RequestParam(required = false) String costs,
      @RequestParam(required = false) String yearB,
      @RequestParam(required = false) String facilitiesB,
      @RequestParam(required = false) String scenarioB) {
    CoverageMethod m = CoverageParameters.method(method);
    PopulationYear y = CoverageParameters.year(year);
    FacilitySet set = OutputParameters.facilities(facilities);
    Long scenarioId = OutputParameters.scenario(scenario);
    String f = OutputParameters.reportFormat(format);
    byte[] body;
    String name;
    switch (view) {
      case "coverage", "scenario" -> {
        if (view.equals("scenario") && scenarioId == null) {
          throw new InvalidParameterException("scenario", "required for view=scenario");
        }
        coverageStandardExists(standard);
        body =
            f.equals("pdf")
                ? reports.pdf(standard, m, y, set, scenarioId)
                : reports.xlsx(standard, m, y, set, scenarioId);
        name = standard + "-" + m.code() + "-" + y.year() + "-" + set.code();
      }
      case "siting" -> {
        if (jointSites != null) {
          coverageStandardExists(standard);
          JointRequest r =
              JointReportQuery.request(standard, year, facilities, budget, phases, costs);
          List<JointRecount.Placed> placed = JointReportQuery.sites(jointSites, r);
          body = write(f, () -> views.joint(r, placed));
          name = "joint-siting-" + standard + "-" + set.code();
          break;
        }
        List<double[]> points = sites(sites);
        coverageStandardExists(standard);
        body = write(f, () -> views.siting(standard, y, set, points));
        name = "siting-" + standard + "-" + y.year() + "-" + set.code();
      }
      case "access" -> {
        if (type == null) {
          throw new InvalidParameterException("type", "required for view=access, e.g. hospital");
        }
        AccessType t = AccessController.type(type);
        body = write(f, () -> views.access(t, y, set));
        name = "access-" + t.code() + "-" + y.year() + "-" + set.code();
      }
      case "compare" -> {
        coverageStandardExists(standard);
        Side a = new Side(y, set, scenarioId);
        Side b =
            new Side(
                yearB == null ? y : CoverageParameters.year(yearB),
                facilitiesB == null ? set : OutputParameters.facilities(facilitiesB),
                OutputParameters.scenario(scenarioB));
        body = write(f, () -> views.compare(standard, m, a, b));
        name = "compare-" + standard + "-" + m.code();
      }
      case "parks" -> {
        boolean pdf = f.equals("pdf");
        body = write(f, () -> parksReport.parks(y, set, pdf));
        name = "parks-" + y.year() + "-" + set.code();
      }
      default ->
          throw new InvalidParameterException(
              "view",
              "must be coverage, scenario, siting, access, compare or parks, got '" + view + "'");
    }
    name = "chegu-report-" + name + "." + f;
    return ResponseEntity.ok()
        .contentType(f.equals("pdf") ? MediaType.APPLICATION_PDF : XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }

  private byte[] write(String format, Supplier<ViewReport> report) {
    return format.equals("pdf") ? views.pdf(report) : views.xlsx(report);
  }

  /** {@code lon:lat,lon:lat,…} (the siting view's URL key), 1 to 50 points inside lon/lat range. */
  static List<double[]> sites(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidParameterException("sites", "required for view=siting: lon:lat,lon:lat,…");
    }
    String[] items = text.split(",");
    if (items.length > SitingController.MAX_SITES) {
      throw new InvalidParameterException(
          "sites", "at most " + SitingController.MAX_SITES + " points, got " + items.length);
    }
    List<double[]> out = new ArrayList<>();
    for (String item : items) {
      String[] p = item.split(":");
      try {
        if (p.length != 2) {
          throw new NumberFormatException();
        }
        LonLat ll =
            CoverageParameters.lonLat(
                Double.parseDouble(p[0].trim()), Double.parseDouble(p[1].trim()));
        out.add(new double[] {ll.lon(), ll.lat()});
      } catch (NumberFormatException e) {
        throw new InvalidParameterException("sites", "each site is lon:lat, got '" + item + "'");
      }
    }
    return out;
  }

  private void coverageStandardExists(String standard) {
    reports.standard(standard); // throws UnknownStandardException (404) before any work
  }
}
