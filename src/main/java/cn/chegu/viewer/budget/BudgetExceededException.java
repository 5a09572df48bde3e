package cn.chegu.viewer.budget;

/** The current work ran past its budget (or was cancelled); nothing of it is kept. */
public class BudgetExceededException extends RuntimeException {

  public BudgetExceededException(String message) {
    super(message);
  }
}
