package cn.chegu.viewer.imports;

import cn.chegu.viewer.plan.InvalidPlanException;

/**
 * Checks the plan file an area is uploaded with, as the default area's plan file is checked.
 *
 * <p>An interface here, implemented where the standards catalogue lives ({@code
 * indicator.AreaPlans}), so that imports need not depend on the analysis packages.
 */
@FunctionalInterface
public interface PlanFileCheck {

  /**
   * @param file the file's name for messages, e.g. {@code district.zip!plan.json}
   * @throws InvalidPlanException with every problem when it is not a usable plan
   */
  void check(String file, byte[] bytes);
}
