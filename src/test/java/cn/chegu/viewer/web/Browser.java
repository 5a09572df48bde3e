package cn.chegu.viewer.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The headless Chromium every browser test drives (the test class says
 * {@code @RequiresTool(Tool.CHROMIUM)}): started once per class with its own profile, plus the few
 * steps they all take — run a script, wait for a condition, open the map at a hash, read the API
 * from the page, save a screenshot under {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

  static final Duration LOAD_TIMEOUT = Duration.ofSeconds(90);
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  /** Chromium at 1400×900; {@code lang} (e.g. {@code zh-CN}) or null for the system's. */
  static Browser start(String lang, String... moreArguments) throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-dev-shm-usage",
        "--window-size=1400,900",
        "--user-data-dir=" + Files.createTempDirectory("chegu-browser-test-profile"));
    if (lang != null) {
      options.addArguments("--lang=" + lang);
    }
    options.addArguments(moreArguments);
    return new Browser(
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
            options));
  }

  /** A fresh data directory for the application under test (its embedded store). */
  static void freshDataDir(DynamicPropertyRegistry registry) throws IOException {
    Path dataDir = Files.createTempDirectory("chegu-browser-test-data");
    registry.add("chegu.data-dir", dataDir::toString);
  }

  Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  void waitFor(String script) {
    waitFor(script, Duration.ofSeconds(15));
  }

  void waitFor(String script, Duration timeout) {
    new WebDriverWait(driver, timeout).until(d -> Boolean.TRUE.equals(js(script)));
  }

  /** Opens the map at this hash in a fresh page and waits until it and its tools are ready. */
  void open(int port, String hash) {
    driver.get("about:blank");
    driver.get("http://localhost:" + port + "/" + hash);
    waitFor(
        "return !!(window.cheguMap && window.cheguMap.ready && window.cheguMap.outputs);",
        LOAD_TIMEOUT);
  }

  /** A GET of the API from the page (same origin, same session), then {@code expression} of a. */
  Object apiJson(String path, String expression) {
    return js(
        "const x = new XMLHttpRequest(); x.open('GET', '"
            + path
            + "', false); x.send(); const a = JSON.parse(x.responseText); return "
            + expression
            + ";");
  }

  void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
