package cn.chegu.viewer.bench;

import cn.chegu.viewer.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application as the siting benches start it: own in-memory database, no siting warm-up. */
final class BenchApp {

  private BenchApp() {}

  /**
   * Starts the app on a free port with the in-memory H2 database {@code database}, quiet logs and
   * the siting warm-up off (a bench times its own first calls).
   */
  static ConfigurableApplicationContext start(String database) {
    return new SpringApplicationBuilder(Application.class)
        .run(
            "--server.port=0",
            "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
            "--logging.level.root=WARN",
            "--chegu.siting.warm-up=false");
  }
}
