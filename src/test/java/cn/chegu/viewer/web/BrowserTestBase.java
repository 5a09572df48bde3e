package cn.chegu.viewer.web;

import cn.chegu.viewer.tools.RequiresTool;
import cn.chegu.viewer.tools.Tool;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What every browser test class sets up: the application on a random port over a fresh data
 * directory, and one headless Chromium ({@link Browser}) for the class, in the language its {@link
 * Language} names (the system's without one). Needs Chromium and chromedriver: skipped without
 * them, failed under {@code CI=true}.
 *
 * <p>The start-up warm-ups are off: they compute coverage, gaps and service areas of every standard
 * (and the siting state) that the pages mostly never ask for, on the cores the browser and the
 * answers the tests wait for need. What a page asks for is computed on its first request, as the
 * warm-up would have; the warm-ups have their own tests ({@code CoverageWarmupTest}).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"chegu.warmup.enabled=false", "chegu.siting.warm-up=false"})
@RequiresTool(Tool.CHROMIUM)
abstract class BrowserTestBase {

  /** The browser's UI language ({@code --lang}), e.g. {@code zh-CN}. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @interface Language {
    String value();
  }

  static Browser browser;
  static ChromeDriver driver;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) throws IOException {
    Browser.freshDataDir(registry);
  }

  @BeforeAll
  static void startBrowser(TestInfo info) throws IOException {
    String lang =
        info.getTestClass()
            .map(c -> c.getAnnotation(Language.class))
            .map(Language::value)
            .orElse(null);
    browser = Browser.start(lang);
    driver = browser.driver;
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
      driver = null;
    }
  }
}
