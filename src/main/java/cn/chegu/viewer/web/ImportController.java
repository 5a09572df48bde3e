package cn.chegu.viewer.web;

import cn.chegu.viewer.imports.ImportReport;
import cn.chegu.viewer.imports.ImportRequest;
import cn.chegu.viewer.imports.ImportService;
import cn.chegu.viewer.store.LayerVersion;
import cn.chegu.viewer.store.LayerVersionStore;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Imports of planners' files into layers, and the layers' versions (EDITOR role to write). */
@RestController
class ImportController {

  private final ImportService imports;
  private final LayerVersionStore versions;

  ImportController(ImportService imports, LayerVersionStore versions) {
    this.imports = imports;
    this.versions = versions;
  }

  /**
   * Imports one file into a layer: 200 with the report, 422 with every problem (nothing written).
   * {@code crs} is the file's CRS, as a form field or in the query string (not an export CRS: the
   * answer is always the JSON report).
   */
  @PostMapping(value = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportReport importFile(
      @RequestParam("file") MultipartFile file,
      @RequestParam String layer,
      @RequestParam(required = false) String mode,
      @Parameter(
              description =
                  "the file's CRS (EPSG:<code>, GCJ02, BD09); needed when the file does not say it"
                      + " or says one this application cannot read (a GeoPackage srs 999999, a .prj"
                      + " on another ellipsoid)")
          @RequestParam(name = "crs", required = false)
          List<String> crs,
      @RequestParam(required = false) String encoding,
      @Parameter(
              description =
                  "JSON: columns (target → source column) and values (source → stored value);"
                      + " in a CSV/XLSX, columns may name the coordinate columns,"
                      + " e.g. {\"columns\":{\"lon\":\"东经\",\"lat\":\"北纬\"}}")
          @RequestParam(required = false)
          String mapping,
      @RequestParam(required = false) String table,
      @Parameter(
              description =
                  "CSV/XLSX: the 1-based row holding the column names (title rows above are"
                      + " skipped); default: row 1, or the first of rows 1-10 naming coordinate"
                      + " columns")
          @RequestParam(required = false)
          Integer headerRow,
      @Parameter(
              description =
                  "dasymetric (layer population): the file's features are admin units with census"
                      + " residents (polygons, or a CSV/XLSX table of unit name and population"
                      + " joined to the area's subdistricts by exact name_zh), spread over the"
                      + " current population cells in proportion to their residents")
          @RequestParam(required = false)
          String spread,
      @RequestParam(defaultValue = "false") boolean dryRun,
      @RequestParam(defaultValue = "false") boolean skipInvalid,
      @RequestParam(defaultValue = "false") boolean repair,
      Principal user)
      throws IOException {
    ImportRequest request =
        new ImportRequest(
            layer,
            mode,
            RequestParameters.single("crs", crs),
            encoding,
            mapping,
            table,
            headerRow,
            spread,
            dryRun,
            skipInvalid,
            repair,
            user.getName());
    try (InputStream in = file.getInputStream()) {
      return imports.importFile(in, file.getOriginalFilename(), request);
    }
  }

  /** A layer's versions, oldest first: the sample is version 1. */
  @GetMapping("/api/layers/{id}/versions")
  List<VersionView> versions(@PathVariable String id) {
    return versions.versions(id).stream().map(VersionView::of).toList();
  }

  /** Makes version {@code v} current again (as a new version). */
  @PostMapping("/api/layers/{id}/versions/{v}/restore")
  VersionView restore(@PathVariable String id, @PathVariable int v, Principal user) {
    return VersionView.of(imports.restore(id, v, user.getName()));
  }

  /** A version as the API shows it. */
  record VersionView(
      int version,
      String who,
      Instant when,
      String file,
      String sha256,
      Map<String, Integer> counts,
      String note) {
    static VersionView of(LayerVersion v) {
      return new VersionView(
          v.version(),
          v.who(),
          v.when(),
          v.file(),
          v.sha256(),
          Map.of("features", v.features()),
          v.note());
    }
  }
}
