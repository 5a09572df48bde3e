package cn.chegu.viewer.store;

import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Before anything opens the embedded database: a data directory that is read-only, full or cannot
 * be made stops the start with one clear sentence ({@link Analyzer} prints it as Spring Boot's
 * "APPLICATION FAILED TO START"), instead of a failed migration and a hint to restore backups.
 */
public class DataDirectoryCheck implements EnvironmentPostProcessor {

  /** The start stops: the sentence is the message. */
  public static class UnusableDataDirectoryException extends IllegalStateException {
    public UnusableDataDirectoryException(String message) {
      super(message);
    }
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    String url = env.getProperty("spring.datasource.url", "");
    if (!url.startsWith("jdbc:h2:file:")) {
      return;
    }
    Path dir = Path.of(env.getProperty("chegu.data-dir", "./data"));
    long minFree = env.getProperty("chegu.storage.min-free-megabytes", Long.class, 64L) << 20;
    String problem = DataDirectory.problem(dir, minFree);
    if (problem != null) {
      throw new UnusableDataDirectoryException(
          "Cannot start: "
              + problem
              + "; give the service a writable directory with space (CHEGU_DATA_DIR) and start"
              + " again — no data was touched.");
    }
  }

  /** Prints the sentence without a stack trace. */
  public static class Analyzer extends AbstractFailureAnalyzer<UnusableDataDirectoryException> {
    @Override
    protected FailureAnalysis analyze(Throwable root, UnusableDataDirectoryException cause) {
      return new FailureAnalysis(
          cause.getMessage(),
          "Set CHEGU_DATA_DIR (chegu.data-dir) to a writable directory with at least"
              + " chegu.storage.min-free-megabytes free.",
          cause);
    }
  }
}
