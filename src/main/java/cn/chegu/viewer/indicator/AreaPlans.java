package cn.chegu.viewer.indicator;

import cn.chegu.viewer.analysis.StandardCatalog;
import cn.chegu.viewer.area.Area;
import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.imports.PlanFileCheck;
import cn.chegu.viewer.plan.InvalidPlanException;
import cn.chegu.viewer.plan.Plan;
import cn.chegu.viewer.plan.PlanFile;
import cn.chegu.viewer.plan.PlanIndicator;
import cn.chegu.viewer.store.FeatureStore;
import cn.chegu.viewer.store.LayersChangedEvent;
import cn.chegu.viewer.store.SampleDataset;
import cn.chegu.viewer.store.StoreProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;

/**
 * The plan of each area. The default area's plan is the plan file next to its sample data ({@code
 * chegu.sample-data} + {@code plan.json}, i.e. {@code gis-data/plan.json} for 车谷), read and checked
 * once at startup: a broken file or one naming a standard the catalogue does not hold stops the
 * start with every problem listed. Another area's plan is the plan file it was created with (a
 * {@code plan.json} in its zip, or a {@code plan} table in its GeoPackage), checked by {@link
 * #read} before the area is created and kept in the store. An area without a plan file has the
 * {@linkplain Plan#national national plan}.
 *
 * <p>The sources of a standard's numbers ({@link #sources}) are the catalogue's national sources
 * (GB 50180-2018, the EMS guideline) with the area's plan clauses ({@code standardSources} of its
 * plan file) laid over them: an area without a plan file quotes national standards only.
 */
@Service
public class AreaPlans implements PlanFileCheck {

  private static final Logger log = LoggerFactory.getLogger(AreaPlans.class);

  /** The default area's plan file, or null when its data has none. */
  private final Plan defaultPlan;

  private final StandardCatalog standards;
  private final FeatureStore store;

  /** Plans of the other areas, read from the store once (empty = no plan file). */
  private final Map<String, Optional<Plan>> areaPlans = new ConcurrentHashMap<>();

  public AreaPlans(
      StoreProperties properties,
      ResourceLoader resources,
      StandardCatalog standards,
      FeatureStore store) {
    this.defaultPlan = load(properties.sampleData(), resources, standards);
    this.standards = standards;
    this.store = store;
  }

  /**
   * The plan in a plan file an area is created with, checked as the default area's is.
   *
   * @param file the file's name for messages, e.g. {@code district.zip!plan.json}
   * @throws InvalidPlanException with every problem when it is not a usable plan
   */
  public Plan read(String file, byte[] bytes) {
    Plan plan = PlanFile.read(file, bytes);
    check(file, plan, standards);
    return plan;
  }

  @Override
  public void check(String file, byte[] bytes) {
    read(file, bytes);
  }

  /**
   * The sources of {@code standard}'s numbers for the current area: the catalogue's national
   * sources with the area's plan clauses laid over them.
   */
  public Map<String, String> sources(ServiceStandard standard) {
    return current().sources(standard.code(), standard.sources());
  }

  /** {@link #sources} in Chinese (see {@code Plan#sourcesZh}). */
  public Map<String, String> sourcesZh(ServiceStandard standard) {
    return current().sourcesZh(standard.code(), standard.sourcesZh());
  }

  /** Forgets a plan read for an area whose layers changed (deleted, or created anew). */
  @EventListener
  public void layersChanged(LayersChangedEvent event) {
    areaPlans.remove(event.areaId());
  }

  /** The plan of the area of the current request. */
  public Plan current() {
    return of(AreaScope.current());
  }

  /** The plan of {@code area}. */
  public Plan of(Area area) {
    if (area.isDefault()) {
      return defaultPlan != null ? defaultPlan : Plan.national(area.name());
    }
    return areaPlans
        .computeIfAbsent(
            area.id(),
            id ->
                store
                    .areaPlanJson(id)
                    .map(
                        json ->
                            PlanFile.read(PlanFile.NAME, json.getBytes(StandardCharsets.UTF_8))))
        .orElseGet(() -> Plan.national(area.name()));
  }

  private static Plan load(String location, ResourceLoader resources, StandardCatalog standards) {
    Resource file = SampleDataset.resource(resources, location, PlanFile.NAME);
    if (!file.exists()) {
      log.info("No {} at {}: the default area has the national plan", PlanFile.NAME, location);
      return null;
    }
    byte[] bytes;
    try (InputStream in = file.getInputStream()) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new InvalidPlanException(
          PlanFile.NAME, List.of("cannot be read at " + file.getDescription() + ": " + e));
    }
    Plan plan = PlanFile.read(PlanFile.NAME, bytes);
    check(PlanFile.NAME, plan, standards);
    log.info(
        "Plan {} of the default area: {} standards, {} indicators",
        plan.id(),
        plan.standards().size(),
        plan.indicators().size());
    return plan;
  }

  /** Every standard the plan names exists in the catalogue. */
  static void check(String file, Plan plan, StandardCatalog standards) {
    List<String> problems = new ArrayList<>();
    List<String> known = standards.all().stream().map(s -> s.code()).toList();
    for (String code : plan.standards()) {
      if (!known.contains(code)) {
        problems.add("standards: '" + code + "' is not a standard of the catalogue " + known);
      }
    }
    for (PlanIndicator i : plan.indicators()) {
      if (i.standard() != null && !known.contains(i.standard())) {
        problems.add(
            "indicator " + i.code() + ": standard '" + i.standard() + "' is not in " + known);
      }
      for (String type : i.types()) {
        try {
          FacilityType.fromCode(type);
        } catch (IllegalArgumentException e) {
          problems.add("indicator " + i.code() + ": " + e.getMessage());
        }
      }
    }
    for (String code : plan.standardSources().keySet()) {
      if (!known.contains(code)) {
        problems.add("standardSources: '" + code + "' is not a standard of the catalogue " + known);
      }
    }
    for (String code : plan.standardSourcesZh().keySet()) {
      if (!known.contains(code)) {
        problems.add(
            "standardSourcesZh: '" + code + "' is not a standard of the catalogue " + known);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidPlanException(file, problems);
    }
  }
}
