package cn.chegu.viewer.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.TestAbortedException;

/**
 * Evaluates {@link RequiresTool}: enabled when every tool is there; otherwise disabled (skipped,
 * with the reason) — or, under {@code CI=true}, an error, so the test is reported failed. The one
 * meaning of CI in this suite is the environment variable {@code CI} equal to {@code true}
 * (ignoring case), as CI services set it.
 */
public final class RequiredToolCondition implements ExecutionCondition {

  /** Whether this run is CI ({@code CI=true}): missing tools fail instead of skip. */
  public static boolean ci() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Optional<RequiresTool> annotation =
        AnnotationSupport.findAnnotation(context.getElement(), RequiresTool.class);
    if (annotation.isEmpty()) {
      return ConditionEvaluationResult.enabled("no tool required here");
    }
    return decide(missing(annotation.get().value()), ci());
  }

  /** Enabled when nothing is missing; else skipped, or an error under CI. */
  static ConditionEvaluationResult decide(String missing, boolean ci) {
    if (missing == null) {
      return ConditionEvaluationResult.enabled("every required tool is installed");
    }
    if (ci) {
      throw new AssertionError(missing + " (CI=true: this test must run)");
    }
    return ConditionEvaluationResult.disabled(missing + " — skipped (CI=true would fail)");
  }

  /**
   * For a test that finds out at run time which tool it needs: returns when it is there, else
   * aborts the test (skipped) or, under {@code CI=true}, fails it — the same rule as the
   * annotation.
   */
  public static void require(Tool tool) {
    String missing = missing(tool);
    if (missing == null) {
      return;
    }
    if (ci()) {
      throw new AssertionError(missing + " (CI=true: this test must run)");
    }
    throw new TestAbortedException(missing + " — skipped (CI=true would fail)");
  }

  /** What is missing of {@code tools}, with the packages that install it, or null. */
  static String missing(Tool... tools) {
    List<String> out = new ArrayList<>();
    for (Tool t : tools) {
      String why = t.missing();
      if (why != null) {
        out.add(why + " (install " + t.installedBy() + ")");
      }
    }
    return out.isEmpty() ? null : String.join("; ", out);
  }
}
