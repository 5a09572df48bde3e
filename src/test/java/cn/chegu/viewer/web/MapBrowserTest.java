package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Opens the map in a real headless Chromium against the embedded store loaded with the sample data
 * and checks what a planner would look at first: the eight parks and the layout (1 core, 2
 * clusters, 1 axis, 2 belts) are drawn, a layer can be switched off and on, and a name can be
 * searched and zoomed to. Saves {@code target/screenshots/map.png}.
 *
 * <p>Skipped when Chromium or chromedriver is missing, except under {@code CI=true}, where that is
 * a failure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MapBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(90);
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static Path dataDir;
  private static Path profileDir;
  private static ChromeDriver driver;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) throws IOException {
    dataDir = Files.createTempDirectory("chegu-browser-test-data");
    registry.add("chegu.data-dir", dataDir::toString);
  }

  @BeforeAll
  static void startBrowser() throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present) {
      String message = "Chromium/chromedriver not installed at " + CHROMIUM + ", " + CHROMEDRIVER;
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message + " (required in CI)");
      }
      Assumptions.assumeTrue(false, message);
    }
    profileDir = Files.createTempDirectory("chegu-browser-test-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-dev-shm-usage",
        "--window-size=1400,900",
        "--user-data-dir=" + profileDir);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void mapShowsThePlanTogglesLayersAndSearches() throws IOException {
    driver.get("http://localhost:" + port + "/");
    new WebDriverWait(driver, LOAD_TIMEOUT)
        .until(
            d ->
                Boolean.TRUE.equals(
                    js(
                        "return !!(window.cheguMap && (window.cheguMap.ready || window.cheguMap.error));")));
    assertThat(js("return window.cheguMap.error;")).as("load error").isNull();

    // The eight parks and the plan's layout elements are on the map.
    assertThat(drawnCount("parks", null)).isEqualTo(8);
    assertThat(drawnCount("layout", "core")).isEqualTo(1);
    assertThat(drawnCount("layout", "cluster")).isEqualTo(2);
    assertThat(drawnCount("layout", "axis")).isEqualTo(1);
    assertThat(drawnCount("layout", "belt")).isEqualTo(2);
    // ... and really painted: a canvas with non-transparent pixels, and one label per park.
    assertThat(((Number) js(PAINTED_PIXELS)).longValue()).isGreaterThan(10_000);
    assertThat(driver.findElements(By.cssSelector(".leaflet-tooltip.park-label"))).hasSize(8);
    // The default basemap is offline: no request went to an online tile server.
    assertThat(
            js(
                "return performance.getEntriesByType('resource')"
                    + ".filter(e => !e.name.startsWith(location.origin)).map(e => e.name);"))
        .asList()
        .isEmpty();
    saveScreenshot("map.png");

    // Toggling parks off removes them from the map; on brings them back.
    WebElement parks = driver.findElement(By.cssSelector("input[data-layer-id='parks']"));
    assertThat(parks.isSelected()).isTrue();
    parks.click();
    waitFor("return window.cheguMap.drawnFeatures('parks').length === 0;");
    assertThat(js("return window.cheguMap.map.hasLayer(window.cheguMap.layers.get('parks'));"))
        .isEqualTo(false);
    // park labels fade out (Leaflet removes them after a short animation)
    waitFor("return document.querySelectorAll('.leaflet-tooltip.park-label').length === 0;");
    parks.click();
    waitFor("return window.cheguMap.drawnFeatures('parks').length === 8;");
    assertThat(js("return window.cheguMap.map.hasLayer(window.cheguMap.layers.get('parks'));"))
        .isEqualTo(true);

    // Searching a name lists it; choosing it zooms there.
    double zoomBefore = ((Number) js("return window.cheguMap.map.getZoom();")).doubleValue();
    WebElement input = driver.findElement(By.id("search-input"));
    input.sendKeys("沌口");
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> !d.findElements(By.cssSelector("#search-results li.search-result")).isEmpty());
    List<WebElement> results =
        driver.findElements(By.cssSelector("#search-results li.search-result"));
    assertThat(results).allSatisfy(r -> assertThat(r.getText()).containsIgnoringCase("沌口"));
    results.get(0).click();
    waitFor("return !!window.cheguMap.lastSearch;");
    @SuppressWarnings("unchecked")
    Map<String, Object> view =
        (Map<String, Object>)
            js(
                "const m = window.cheguMap.map, s = window.cheguMap.lastSearch;"
                    + "return {zoom: m.getZoom(), contains: m.getBounds().contains([s.lat, s.lon]),"
                    + " popup: !!document.querySelector('.leaflet-popup-content')};");
    assertThat(((Number) view.get("zoom")).doubleValue()).isGreaterThan(zoomBefore);
    assertThat(view.get("contains")).isEqualTo(true);
    assertThat(view.get("popup")).isEqualTo(true);
    waitFor( // let the popup finish fading in before the picture
        "const p = document.querySelector('.leaflet-popup');"
            + " return !!p && getComputedStyle(p).opacity === '1';");
    saveScreenshot("map-search.png");
  }

  /** Non-transparent pixels over all map canvases, sampled on a 4-pixel grid. */
  private static final String PAINTED_PIXELS =
      "let n = 0;"
          + "for (const c of document.querySelectorAll('#map canvas')) {"
          + "  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
          + "  for (let i = 3; i < d.length; i += 16) if (d[i] > 0) n++;"
          + "}"
          + "return n;";

  private long drawnCount(String layer, String element) {
    String filter = element == null ? "" : ".filter(p => p.element === '" + element + "')";
    return ((Number)
            js("return window.cheguMap.drawnFeatures('" + layer + "')" + filter + ".length;"))
        .longValue();
  }

  private Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  private void waitFor(String script) {
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(js(script)));
  }

  private void saveScreenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
