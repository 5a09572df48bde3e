package cn.chegu.viewer.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The import from the command line, for batch loads (e.g. into PostGIS): the same {@link
 * ImportService} as the API, run once when {@code chegu.import.file} is set; prints the report as
 * JSON and exits 0, or prints the problems and exits 1. See the README for the command.
 */
@Component
@ConditionalOnProperty("chegu.import.file")
class ImportCommand implements ApplicationRunner {

  private final ImportService imports;
  private final Environment env;
  private final ConfigurableApplicationContext context;

  ImportCommand(ImportService imports, Environment env, ConfigurableApplicationContext context) {
    this.imports = imports;
    this.env = env;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    Path file = Path.of(env.getRequiredProperty("chegu.import.file"));
    ImportRequest request =
        new ImportRequest(
            env.getRequiredProperty("chegu.import.layer"),
            env.getProperty("chegu.import.mode", "replace"),
            env.getProperty("chegu.import.crs"),
            env.getProperty("chegu.import.encoding"),
            env.getProperty("chegu.import.mapping"),
            env.getProperty("chegu.import.table"),
            env.getProperty("chegu.import.header-row", Integer.class),
            env.getProperty("chegu.import.spread"),
            env.getProperty("chegu.import.dry-run", Boolean.class, false),
            env.getProperty("chegu.import.skip-invalid", Boolean.class, false),
            env.getProperty("chegu.import.repair", Boolean.class, false),
            env.getProperty("chegu.import.user", System.getProperty("user.name", "cli")));
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    int code;
    try (InputStream in = Files.newInputStream(file)) {
      System.out.println(
          json.writeValueAsString(imports.importFile(in, file.getFileName().toString(), request)));
      code = 0;
    } catch (ImportRejectedException e) {
      System.err.println(json.writeValueAsString(e.errors()));
      code = 1;
    } catch (RuntimeException e) {
      System.err.println("import failed: " + e.getMessage());
      code = 1;
    }
    int exit = code;
    System.exit(org.springframework.boot.SpringApplication.exit(context, () -> exit));
  }
}
