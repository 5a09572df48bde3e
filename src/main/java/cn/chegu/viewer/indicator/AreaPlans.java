package cn.chegu.viewer.indicator;

import cn.chegu.viewer.analysis.StandardCatalog;
import cn.chegu.viewer.area.Area;
import cn.chegu.viewer.area.AreaScope;
import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.plan.InvalidPlanException;
import cn.chegu.viewer.plan.Plan;
import cn.chegu.viewer.plan.PlanFile;
import cn.chegu.viewer.plan.PlanIndicator;
import cn.chegu.viewer.store.GisDataLoader;
import cn.chegu.viewer.store.StoreProperties;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;

/**
 * The plan of each area. The default area's plan is the plan file next to its sample data ({@code
 * chegu.sample-data} + {@code plan.json}, i.e. {@code gis-data/plan.json} for 车谷), read and checked
 * once at startup: a broken file or one naming a standard the catalogue does not hold stops the
 * start with every problem listed. Any other area, and the default one when no plan file is there,
 * has the {@linkplain Plan#national national plan}.
 */
@Service
public class AreaPlans {

  private static final Logger log = LoggerFactory.getLogger(AreaPlans.class);

  /** The default area's plan file, or null when its data has none. */
  private final Plan defaultPlan;

  public AreaPlans(
      StoreProperties properties, ResourceLoader resources, StandardCatalog standards) {
    this.defaultPlan = load(properties.sampleData(), resources, standards);
  }

  /** The plan of the area of the current request. */
  public Plan current() {
    return of(AreaScope.current());
  }

  /** The plan of {@code area}. */
  public Plan of(Area area) {
    if (area.isDefault() && defaultPlan != null) {
      return defaultPlan;
    }
    return Plan.national(area.name());
  }

  private static Plan load(String location, ResourceLoader resources, StandardCatalog standards) {
    Resource file = GisDataLoader.resource(resources, location, PlanFile.NAME);
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
    check(plan, standards);
    log.info(
        "Plan {} of the default area: {} standards, {} indicators",
        plan.id(),
        plan.standards().size(),
        plan.indicators().size());
    return plan;
  }

  /** Every standard the plan names exists in the catalogue. */
  static void check(Plan plan, StandardCatalog standards) {
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
    if (!problems.isEmpty()) {
      throw new InvalidPlanException(PlanFile.NAME, problems);
    }
  }
}
