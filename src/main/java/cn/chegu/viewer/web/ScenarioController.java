package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.CoverageService;
import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.analysis.SiteRuleCheck;
import cn.chegu.viewer.analysis.Timings;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.coverage.CoverageResult;
import cn.chegu.viewer.facility.Facility;
import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.scenario.BaselineChange;
import cn.chegu.viewer.scenario.FacilityEdit;
import cn.chegu.viewer.scenario.Scenario;
import cn.chegu.viewer.scenario.ScenarioService;
import cn.chegu.viewer.store.LayerVersionStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What-if scenarios: named edits (add / move / remove facilities) over the baseline. A scenario
 * belongs to the area it was made in ({@code area=}); under another area it is not found (404).
 */
@RestController
@RequestMapping("/api/scenarios")
class ScenarioController {

  private final ScenarioService scenarios;
  private final CoverageService coverage;
  private final SiteRuleCheck rules;
  private final LayerVersionStore versions;

  ScenarioController(
      ScenarioService scenarios,
      CoverageService coverage,
      SiteRuleCheck rules,
      LayerVersionStore versions) {
    this.scenarios = scenarios;
    this.coverage = coverage;
    this.rules = rules;
    this.versions = versions;
  }

  /** A new scenario; {@code facilities} (optional) are added at once — e.g. a siting result. */
  record NewScenario(
      @NotBlank @Size(max = 200) String name,
      @Size(max = 500) List<@NotNull @Valid NewFacility> facilities) {}

  record NewFacility(
      @NotNull String type,
      @Size(max = 200) String name,
      @NotNull Double lon,
      @NotNull Double lat) {}

  record Position(@NotNull Double lon, @NotNull Double lat) {}

  /** A scenario just created: its id. */
  record Created(long id) {}

  /** A scenario facility added or moved: its id ({@code s{scenario}-{n}}). */
  record FacilityId(String id) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Created create(@Valid @RequestBody NewScenario body, Principal user) {
    List<ScenarioService.NewFacility> additions = new java.util.ArrayList<>();
    if (body.facilities() != null) {
      for (int i = 0; i < body.facilities().size(); i++) {
        additions.add(addition(body.facilities().get(i), "facilities[" + i + "]", i, rules));
      }
    }
    return new Created(
        scenarios.create(
            body.name().strip(), user.getName(), additions, versions.currentVersions()));
  }

  /**
   * A scenario as the API shows it: its area, what was stored, and whether the baseline it was made
   * on has changed since ({@code baselineChanged}, by content: a restore of the same content is no
   * change; {@code changedLayers} with the version it was made on and the current one, null when
   * the layer is gone; {@code notes}/{@code notesZh} say so in words).
   */
  record ScenarioView(
      String area,
      long id,
      String name,
      String createdBy,
      java.time.Instant createdAt,
      List<FacilityEdit> edits,
      java.util.Map<String, Integer> layerVersions,
      boolean baselineChanged,
      List<BaselineChange.Layer> changedLayers,
      List<String> notes,
      List<String> notesZh) {

    static ScenarioView of(Scenario s, BaselineChange c) {
      return new ScenarioView(
          cn.chegu.viewer.area.AreaScope.current().id(),
          s.id(),
          s.name(),
          s.createdBy(),
          s.createdAt(),
          s.edits(),
          s.layerVersions(),
          c.changed(),
          c.layers(),
          c.changed() ? List.of(c.note()) : List.of(),
          c.changed() ? List.of(c.noteZh()) : List.of());
    }
  }

  /** Newest first, {@code limit} (1..1000, default 100) after skipping {@code offset}. */
  @GetMapping
  List<ScenarioView> list(
      @RequestParam(required = false) Integer limit, @RequestParam(required = false) Long offset) {
    int max = RequestParameters.limit(limit, 100, ScenarioService.MAX_PAGE);
    if (offset != null && offset < 0) {
      throw new InvalidParameterException("offset", "must be 0 or more, got " + offset);
    }
    java.util.Map<String, Integer> current = versions.currentVersions();
    return scenarios.list(offset == null ? 0 : offset, max).stream()
        .map(s -> ScenarioView.of(s, baselineChange(s, current)))
        .toList();
  }

  @GetMapping("/{id}")
  ScenarioView get(@PathVariable long id) {
    Scenario s = scenarios.get(id);
    return ScenarioView.of(s, baselineChange(s, versions.currentVersions()));
  }

  /** What moved since {@code s} was made, compared by the content of the layer versions. */
  private BaselineChange baselineChange(Scenario s, java.util.Map<String, Integer> current) {
    return BaselineChange.of(s.layerVersions(), current, versions::contentChecksum);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id, Authentication user) {
    scenarios.delete(id, caller(user));
  }

  @GetMapping("/{id}/facilities")
  List<FacilityView> facilities(@PathVariable long id) {
    return scenarios.effectiveFacilities(id).stream().map(FacilityView::of).toList();
  }

  /** A facility as the API shows it: {@code name} is the display name (Chinese, else English). */
  record FacilityView(
      String id,
      FacilityType type,
      String name,
      String nameZh,
      String nameEn,
      double lon,
      double lat,
      Integer capacity,
      String status) {
    static FacilityView of(Facility f) {
      return new FacilityView(
          f.id(),
          f.type(),
          f.nameZh() != null ? f.nameZh() : f.nameEn(),
          f.nameZh(),
          f.nameEn(),
          f.lon(),
          f.lat(),
          f.capacity(),
          f.status());
    }
  }

  /** Coverage of the scenario, with the change from the baseline per sub-district. */
  @GetMapping("/{id}/coverage")
  CoverageView coverage(
      @PathVariable long id,
      @RequestParam String standard,
      @RequestParam(defaultValue = "network") String method,
      @RequestParam(defaultValue = "2020") String year,
      @RequestParam(name = "facilities", defaultValue = "existing") String set,
      HttpServletRequest request) {
    Timings timings = RequestClock.timings(request);
    CoverageMethod m = CoverageParameters.method(method);
    PopulationYear y = CoverageParameters.year(year);
    FacilitySet f = CoverageParameters.facilities(set);
    List<Facility> facilities = scenarios.effectiveFacilities(id);
    // the scenario's edits apply on top of the chosen set (its additions always count)
    CoverageResult after =
        timings.phase("compute", () -> coverage.coverage(standard, m, y, f, facilities));
    CoverageResult before = timings.phase("baseline", () -> coverage.coverage(standard, m, y, f));
    CoverageView view =
        CoverageView.of(
            after,
            y,
            coverage.standards().get(standard),
            f,
            coverage.facilitiesUsed(standard, f, facilities),
            before,
            timings.summary());
    return CoverageController.withDataNotes(coverage, view, standard, m, y, f)
        .withBaseline(baselineChange(scenarios.get(id), versions.currentVersions()));
  }

  @PostMapping("/{id}/facilities")
  @ResponseStatus(HttpStatus.CREATED)
  FacilityId addFacility(
      @PathVariable long id, @Valid @RequestBody NewFacility body, Authentication user) {
    ScenarioService.NewFacility f = addition(body, "lon/lat", 0, rules);
    return new FacilityId(
        scenarios.addFacility(id, caller(user), f.type(), f.name(), f.lon(), f.lat()));
  }

  @PutMapping("/{id}/facilities/{fid}")
  FacilityId moveFacility(
      @PathVariable long id,
      @PathVariable String fid,
      @Valid @RequestBody Position body,
      Authentication user) {
    LonLat at = CoverageParameters.lonLat(body.lon(), body.lat());
    rules.require(rules.rules(), "lon/lat", 0, at.lon(), at.lat(), null);
    scenarios.moveFacility(id, caller(user), fid, at.lon(), at.lat());
    return new FacilityId(fid);
  }

  @DeleteMapping("/{id}/facilities/{fid}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void removeFacility(@PathVariable long id, @PathVariable String fid, Authentication user) {
    scenarios.removeFacility(id, caller(user), fid);
  }

  /** The account asking for a change; ADMINs may change every scenario. */
  private static ScenarioService.Caller caller(Authentication user) {
    boolean admin =
        user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    return new ScenarioService.Caller(user.getName(), admin);
  }

  /** A facility to add, refused (422) where the land rules allow none. */
  private static ScenarioService.NewFacility addition(
      NewFacility body, String what, int index, SiteRuleCheck rules) {
    FacilityType type = type(body.type());
    LonLat at = CoverageParameters.lonLat(body.lon(), body.lat());
    rules.require(rules.rules(), what, index, at.lon(), at.lat(), type);
    String name = body.name() == null || body.name().isBlank() ? type.nameZh() : body.name();
    return new ScenarioService.NewFacility(type, name, at.lon(), at.lat());
  }

  private static FacilityType type(String code) {
    try {
      return FacilityType.fromCode(code);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("type", e.getMessage());
    }
  }
}
