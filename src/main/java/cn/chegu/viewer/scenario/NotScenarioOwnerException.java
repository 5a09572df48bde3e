package cn.chegu.viewer.scenario;

/** A change of a scenario by an account that is neither its owner nor an ADMIN (answered 403). */
public class NotScenarioOwnerException extends RuntimeException {
  public NotScenarioOwnerException(String message) {
    super(message);
  }
}
