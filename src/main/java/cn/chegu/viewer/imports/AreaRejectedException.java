package cn.chegu.viewer.imports;

import java.util.List;

/** An area cannot be created from the upload; nothing was created. Carries every problem. */
public class AreaRejectedException extends ImportRejectedException {

  public AreaRejectedException(List<ImportProblem> problems, List<String> warnings) {
    super(problems, warnings);
  }
}
