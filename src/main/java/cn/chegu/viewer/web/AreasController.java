package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.CoverageService;
import cn.chegu.viewer.area.Area;
import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.coverage.NetworkReadiness;
import cn.chegu.viewer.imports.AreaImportService;
import cn.chegu.viewer.store.FeatureStore;
import cn.chegu.viewer.store.LayerInfo;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Planning areas: list, create from one GeoPackage or zip (EDITOR), delete (EDITOR). Every other
 * endpoint answers for the area named by {@code area=} ({@link AreaResolver}).
 */
@RestController
class AreasController {

  private static final Logger log = LoggerFactory.getLogger(AreasController.class);

  private final FeatureStore store;
  private final AreaImportService areas;
  private final CoverageService coverage;
  private final AreaResolver resolver;

  AreasController(
      FeatureStore store,
      AreaImportService areas,
      CoverageService coverage,
      AreaResolver resolver) {
    this.store = store;
    this.areas = areas;
    this.coverage = coverage;
    this.resolver = resolver;
  }

  /** An area as the API shows it. */
  record AreaView(
      String id,
      String name,
      @com.fasterxml.jackson.annotation.JsonProperty("default") boolean isDefault,
      String crs,
      Map<String, Integer> layers,
      Map<String, Object> readiness,
      List<String> warnings) {}

  @GetMapping("/api/areas")
  List<AreaView> list() {
    return store.areas().stream().map(a -> view(a, null)).toList();
  }

  @GetMapping("/api/areas/{id}")
  AreaView one(@PathVariable String id) {
    return view(resolver.resolve(id), null);
  }

  /** 201 with the new area; 422 with every problem (nothing created). */
  @PostMapping(value = "/api/areas", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<AreaView> create(
      @RequestParam("file") MultipartFile file,
      @RequestParam(required = false) String name,
      Principal user)
      throws IOException {
    AreaImportService.Created created;
    try (InputStream in = file.getInputStream()) {
      created = areas.create(in, file.getOriginalFilename(), name, user.getName());
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(view(created.area(), created.warnings()));
  }

  /** 204; 404 for an unknown area, 409 for the default area. */
  @DeleteMapping("/api/areas/{id}")
  ResponseEntity<Void> delete(@PathVariable String id) {
    areas.delete(resolver.resolve(id));
    return ResponseEntity.noContent().build();
  }

  private AreaView view(Area area, List<String> warnings) {
    return AreaScope.with(
        area,
        () -> {
          Map<String, Integer> layers = new LinkedHashMap<>();
          for (LayerInfo l : store.layers()) {
            layers.put(l.id(), l.count());
          }
          return new AreaView(
              area.id(), area.name(), area.isDefault(), area.crs(), layers, readiness(), warnings);
        });
  }

  /** The current area's readiness, or why it cannot be measured. */
  private Map<String, Object> readiness() {
    Map<String, Object> out = new LinkedHashMap<>();
    NetworkReadiness r;
    try {
      r = coverage.readiness();
    } catch (RuntimeException e) {
      log.warn("readiness of area {} not measurable", AreaScope.current().id(), e);
      out.put("measured", false);
      out.put("reason", "the area's layers cannot be analysed yet: " + e.getMessage());
      return out;
    }
    out.put("measured", true);
    out.put("residents", r.residents());
    out.put("residentsNearWalkableRoad", r.nearRoad());
    out.put("nearWalkableRoadShare", round4(r.nearRoadShare()));
    out.put("snapMaxMeters", r.snapMaxMeters());
    out.put("largestComponentResidents", r.largestComponent());
    out.put("largestComponentShare", round4(r.largestComponentShare()));
    out.put("components", r.components());
    out.put("sufficient", !r.insufficient());
    return out;
  }

  private static double round4(double x) {
    return Math.round(x * 10_000) / 10_000.0;
  }
}
