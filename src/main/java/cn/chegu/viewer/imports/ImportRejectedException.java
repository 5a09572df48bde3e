package cn.chegu.viewer.imports;

import java.util.List;

/** The file cannot be imported as it is; nothing was written. Carries every problem found. */
public class ImportRejectedException extends RuntimeException {

  private final transient List<ImportProblem> errors;
  private final transient List<String> warnings;

  public ImportRejectedException(List<ImportProblem> errors, List<String> warnings) {
    super(summary(errors));
    this.errors = List.copyOf(errors);
    this.warnings = List.copyOf(warnings);
  }

  public List<ImportProblem> errors() {
    return errors;
  }

  public List<String> warnings() {
    return warnings;
  }

  private static String summary(List<ImportProblem> errors) {
    ImportProblem first = errors.get(0);
    String head =
        first.file()
            + ": "
            + (first.feature() == null || first.feature().equals("file")
                ? ""
                : first.feature() + ": ")
            + (first.field() == null ? "" : first.field() + ": ")
            + first.message();
    return errors.size() == 1 ? head : head + " (and " + (errors.size() - 1) + " more problems)";
  }
}
