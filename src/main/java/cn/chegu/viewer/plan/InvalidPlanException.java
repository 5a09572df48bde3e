package cn.chegu.viewer.plan;

import java.util.List;

/** A plan file that cannot be used, with every problem found in it. */
public class InvalidPlanException extends IllegalArgumentException {

  private final List<String> problems;

  public InvalidPlanException(String file, List<String> problems) {
    super(file + ": " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** What is wrong, one entry per problem. */
  public List<String> problems() {
    return problems;
  }
}
