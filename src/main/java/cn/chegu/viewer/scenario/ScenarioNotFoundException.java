package cn.chegu.viewer.scenario;

/** No scenario, or no facility within a scenario, has the id asked for. */
public class ScenarioNotFoundException extends RuntimeException {
  public ScenarioNotFoundException(String message) {
    super(message);
  }
}
