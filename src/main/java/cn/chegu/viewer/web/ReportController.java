package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.report.ReportService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A coverage view as a printable PDF or an Excel workbook. */
@RestController
class ReportController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ReportService reports;

  ReportController(ReportService reports) {
    this.reports = reports;
  }

  @GetMapping("/api/report")
  ResponseEntity<byte[]> report(
      @RequestParam(defaultValue = "health15") String standard,
      @RequestParam(defaultValue = "network") String method,
      @RequestParam(defaultValue = "2020") String year,
      @RequestParam(defaultValue = "existing") String facilities,
      @RequestParam(required = false) String scenario,
      @RequestParam(defaultValue = "pdf") String format) {
    CoverageMethod m = CoverageParameters.method(method);
    PopulationYear y = CoverageParameters.year(year);
    FacilitySet set = OutputParameters.facilities(facilities);
    Long scenarioId = OutputParameters.scenario(scenario);
    String f = OutputParameters.reportFormat(format);
    coverageStandardExists(standard);
    byte[] body =
        f.equals("pdf")
            ? reports.pdf(standard, m, y, set, scenarioId)
            : reports.xlsx(standard, m, y, set, scenarioId);
    String name =
        "chegu-report-" + standard + "-" + m.code() + "-" + y.year() + "-" + set.code() + "." + f;
    return ResponseEntity.ok()
        .contentType(f.equals("pdf") ? MediaType.APPLICATION_PDF : XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }

  private void coverageStandardExists(String standard) {
    reports.standard(standard); // throws UnknownStandardException (404) before any work
  }
}
