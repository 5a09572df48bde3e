package cn.chegu.viewer.web;

import cn.chegu.viewer.analysis.CoverageService;
import cn.chegu.viewer.analysis.PopulationYear;
import cn.chegu.viewer.analysis.Timings;
import cn.chegu.viewer.coverage.CoverageMethod;
import cn.chegu.viewer.coverage.CoverageResult;
import cn.chegu.viewer.facility.Facility;
import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.scenario.Scenario;
import cn.chegu.viewer.scenario.ScenarioService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
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

/** What-if scenarios: named edits (add / move / remove facilities) over the baseline. */
@RestController
@RequestMapping("/api/scenarios")
class ScenarioController {

  private final ScenarioService scenarios;
  private final CoverageService coverage;

  ScenarioController(ScenarioService scenarios, CoverageService coverage) {
    this.scenarios = scenarios;
    this.coverage = coverage;
  }

  /** A new scenario; {@code facilities} (optional) are added at once — e.g. a siting result. */
  record NewScenario(
      @NotBlank @Size(max = 200) String name,
      @Size(max = 500) List<@Valid NewFacility> facilities) {}

  record NewFacility(
      @NotNull String type,
      @Size(max = 200) String name,
      @NotNull Double lon,
      @NotNull Double lat) {}

  record Position(@NotNull Double lon, @NotNull Double lat) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> create(@Valid @RequestBody NewScenario body, Principal user) {
    List<ScenarioService.NewFacility> additions = new java.util.ArrayList<>();
    if (body.facilities() != null) {
      for (NewFacility f : body.facilities()) {
        additions.add(addition(f));
      }
    }
    return Map.of("id", scenarios.create(body.name().strip(), user.getName(), additions));
  }

  @GetMapping
  List<Scenario> list() {
    return scenarios.list();
  }

  @GetMapping("/{id}")
  Scenario get(@PathVariable long id) {
    return scenarios.get(id);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    scenarios.delete(id);
  }

  @GetMapping("/{id}/facilities")
  List<Facility> facilities(@PathVariable long id) {
    return scenarios.effectiveFacilities(id);
  }

  /** Coverage of the scenario, with the change from the baseline per sub-district. */
  @GetMapping("/{id}/coverage")
  CoverageView coverage(
      @PathVariable long id,
      @RequestParam String standard,
      @RequestParam(defaultValue = "network") String method,
      @RequestParam(defaultValue = "2020") String year,
      HttpServletRequest request) {
    Timings timings = RequestClock.timings(request);
    CoverageMethod m = CoverageParameters.method(method);
    PopulationYear y = CoverageParameters.year(year);
    List<Facility> facilities = scenarios.effectiveFacilities(id);
    CoverageResult after =
        timings.phase("compute", () -> coverage.coverage(standard, m, y, facilities));
    CoverageResult before = timings.phase("baseline", () -> coverage.coverage(standard, m, y));
    return CoverageView.of(after, y, before).with(timings);
  }

  @PostMapping("/{id}/facilities")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, String> addFacility(@PathVariable long id, @Valid @RequestBody NewFacility body) {
    ScenarioService.NewFacility f = addition(body);
    return Map.of("id", scenarios.addFacility(id, f.type(), f.name(), f.lon(), f.lat()));
  }

  @PutMapping("/{id}/facilities/{fid}")
  Map<String, String> moveFacility(
      @PathVariable long id, @PathVariable String fid, @Valid @RequestBody Position body) {
    LonLat at = CoverageParameters.lonLat(body.lon(), body.lat());
    scenarios.moveFacility(id, fid, at.lon(), at.lat());
    return Map.of("id", fid);
  }

  @DeleteMapping("/{id}/facilities/{fid}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void removeFacility(@PathVariable long id, @PathVariable String fid) {
    scenarios.removeFacility(id, fid);
  }

  private static ScenarioService.NewFacility addition(NewFacility body) {
    LonLat at = CoverageParameters.lonLat(body.lon(), body.lat());
    FacilityType type = type(body.type());
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
