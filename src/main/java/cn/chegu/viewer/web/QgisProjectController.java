package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.ogc.OgcException;
import cn.chegu.viewer.qgis.QgisGeoPackage;
import cn.chegu.viewer.qgis.QgisProjectService;
import cn.chegu.viewer.qgis.QgisProjectWriter;
import cn.chegu.viewer.qgis.QgisView;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/qgis-project?<view>}: the map's view as a QGIS project whose layers read our OGC
 * API – Features service ({@code service=wfs}: our WFS), styled as the map, at the view's extent;
 * {@code format=gpkg}: the same layers' features in one GeoPackage whose {@code layer_styles} holds
 * each layer's style (QML and SLD) as its default.
 */
@RestController
class QgisProjectController {

  private final QgisProjectService projects;
  private final cn.chegu.viewer.analysis.CoverageService coverage;
  private final PublicBaseUrl publicBase;
  private final QgisGeoPackage geoPackages;

  QgisProjectController(
      QgisProjectService projects,
      cn.chegu.viewer.analysis.CoverageService coverage,
      PublicBaseUrl publicBase,
      QgisGeoPackage geoPackages) {
    this.geoPackages = geoPackages;
    this.projects = projects;
    this.coverage = coverage;
    this.publicBase = publicBase;
  }

  @GetMapping("/api/qgis-project")
  ResponseEntity<byte[]> project(
      @RequestParam(required = false) String standard,
      @RequestParam(required = false) String method,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String facilities,
      @RequestParam(required = false) String scenario,
      @RequestParam(required = false) String bbox,
      @RequestParam(required = false) String layers,
      @RequestParam(required = false) String tab,
      @RequestParam(defaultValue = "zh") String lang,
      @RequestParam(defaultValue = "ogc") String service,
      @RequestParam(defaultValue = "qgz") String format) {
    if (!lang.equals("zh") && !lang.equals("en")) {
      throw new InvalidParameterException("lang", "zh or en, not '" + lang + "'");
    }
    if (!service.equals("ogc") && !service.equals("wfs")) {
      throw new InvalidParameterException("service", "ogc or wfs, not '" + service + "'");
    }
    if (!format.equals("qgz") && !format.equals("qgs") && !format.equals("gpkg")) {
      throw new InvalidParameterException("format", "qgz, qgs or gpkg, not '" + format + "'");
    }
    if (scenario != null && !scenario.matches("\\d{1,18}")) {
      throw new InvalidParameterException(
          "scenario", "a scenario id (digits), not '" + scenario + "'");
    }
    Envelope extent = bbox == null || bbox.isBlank() ? null : RequestParameters.bbox(bbox);
    List<String> shown =
        layers == null
            ? null
            : Arrays.stream(layers.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    String base = publicBase.root();
    QgisView view;
    try {
      view =
          projects.view(
              analysis(standard, method, year, facilities),
              scenario,
              extent,
              shown,
              lang.equals("zh"),
              service.equals("wfs"),
              base);
    } catch (OgcException e) {
      throw new InvalidParameterException(
          scenario != null ? "scenario" : "standard", e.description());
    }
    if (format.equals("gpkg")) {
      return ResponseEntity.ok()
          .contentType(MediaType.parseMediaType("application/geopackage+sqlite3"))
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.attachment().filename("chegu-view.gpkg").build().toString())
          .body(geoPackages.of(view));
    }
    boolean zip = format.equals("qgz");
    byte[] body = zip ? QgisProjectWriter.qgz(view, "chegu-view") : QgisProjectWriter.qgs(view);
    return ResponseEntity.ok()
        .contentType(
            zip
                ? MediaType.parseMediaType("application/vnd.qgis.qgz")
                : MediaType.parseMediaType("application/x-qgis-project+xml"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("chegu-view." + format).build().toString())
        .body(body);
  }

  /** The view's analysis; none when it names no standard. */
  private QgisProjectService.Analysis analysis(
      String standard, String method, Integer year, String facilities) {
    if (standard == null || standard.isBlank()) {
      return null;
    }
    try {
      coverage.standards().get(standard);
    } catch (RuntimeException e) {
      throw new InvalidParameterException("standard", e.getMessage());
    }
    try {
      return new QgisProjectService.Analysis(
          standard,
          CoverageMethod.fromCode(method == null ? "network" : method),
          PopulationYear.of(year == null ? 2020 : year),
          FacilitySet.of(facilities == null ? "existing" : facilities));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("method/year/facilities", e.getMessage());
    }
  }
}
