package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import cn.chegu.viewer.tools.RequiresTool;
import cn.chegu.viewer.tools.Tool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens the map in a real headless Chromium against the embedded store loaded with the sample data
 * and checks what a planner would look at first: the eight parks and the layout (1 core, 2
 * clusters, 1 axis, 2 belts) are drawn, a layer can be switched off and on, and a name can be
 * searched and zoomed to. Saves {@code target/screenshots/map.png}.
 *
 * <p>Needs Chromium and chromedriver ({@link RequiresTool}): skipped without them, failed under
 * {@code CI=true}.
 */
class MapBrowserTest extends BrowserTestBase {

  private static final Duration LOAD_TIMEOUT = Browser.LOAD_TIMEOUT;
  private static final Path SCREENSHOTS = Browser.SCREENSHOTS;

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

  @Test
  void coverageAndSitingPanelsAnswerOnTheMap() throws IOException {
    driver.manage().deleteAllCookies();
    driver.get("http://localhost:" + port + "/");
    new WebDriverWait(driver, LOAD_TIMEOUT)
        .until(
            d -> Boolean.TRUE.equals(js("return !!(window.cheguMap && window.cheguMap.ready);")));

    // Coverage: health15 by network, 2020.
    driver.findElement(By.cssSelector("#panel-tabs [data-tab='coverage']")).click();
    waitFor("return document.querySelectorAll('#coverage-standard option').length >= 8;");
    select("coverage-standard", "health15");
    select("coverage-method", "network");
    select("coverage-year", "2020");
    driver.findElement(By.id("coverage-run")).click();
    waitFor(
        "const r = document.getElementById('coverage-result');"
            + " return !r.hidden && r.dataset.method === 'network' && !!r.dataset.share;",
        Duration.ofSeconds(60));
    double shown =
        Double.parseDouble(
            driver.findElement(By.id("coverage-result")).getDomAttribute("data-share"));
    double api =
        ((Number)
                js(
                    "const x = new XMLHttpRequest();"
                        + " x.open('GET', '/api/coverage?standard=health15&method=network&year=2020', false);"
                        + " x.send(); return JSON.parse(x.responseText).share;"))
            .doubleValue();
    assertThat(shown).isEqualTo(api);
    assertThat(driver.findElement(By.cssSelector("#coverage-result .share")).getText())
        .isEqualTo(oneDecimal(api * 100) + "%");
    // both methods side by side, service areas and gaps drawn
    assertThat(driver.findElement(By.id("coverage-compare")).getText()).contains("pp");
    assertThat(
            ((Number)
                    js("return window.cheguMap.analysisLayers().serviceAreas.getLayers().length;"))
                .intValue())
        .isGreaterThan(0);
    List<WebElement> gaps = driver.findElements(By.cssSelector("#gap-list li"));
    assertThat(gaps).isNotEmpty();
    assertThat(
            ((Number) js("return window.cheguMap.analysisLayers().gaps.getLayers().length;"))
                .intValue())
        .isEqualTo(gaps.size());
    saveScreenshot("coverage.png");
    // clicking the first gap zooms to it and highlights it
    double zoomBefore = ((Number) js("return window.cheguMap.map.getZoom();")).doubleValue();
    gaps.get(0).click();
    waitFor("return window.cheguMap.coverage.layers.highlightedRank === 1;");
    waitFor("return window.cheguMap.map.getZoom() > " + zoomBefore + ";");
    assertThat(gaps.get(0).getDomAttribute("class")).contains("active");

    // Point query: click the map centre → a covered / not covered popup from /api/coverage/at.
    // (an earlier test may have left a point popup in the DOM: start from none)
    js(
        "window.cheguMap.map.closePopup();"
            + " document.querySelectorAll('.point-result').forEach(e => e.remove());"
            + " window.cheguMap.map.fitBounds(window.cheguMap.coverage.layers.gapByRank.get(1).getBounds());");
    WebElement mapElement = driver.findElement(By.id("map"));
    new org.openqa.selenium.interactions.Actions(driver)
        .moveToElement(mapElement, 20, 20)
        .click()
        .perform();
    // wait for the popup to finish fading in: Selenium reads a fading (opacity 0) element as ""
    waitFor(
        "const h = document.querySelector('.point-result h3');"
            + " const p = h && h.closest('.leaflet-popup');"
            + " return !!p && getComputedStyle(p).opacity === '1';");
    WebElement pointHead = driver.findElement(By.cssSelector(".point-result h3"));
    // ... and is really shown (not clipped by the map while autoPan still moves it)
    try {
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> pointHead.isDisplayed());
    } catch (org.openqa.selenium.TimeoutException e) {
      // the assertion below reports what the popup holds
    }
    assertThat(pointHead.getText())
        .as(
            "%s displayed=%s",
            js("return document.querySelector('.leaflet-popup').outerHTML;"),
            pointHead.isDisplayed())
        .containsAnyOf("✓", "✗");
    // ... and it says what the API says for that spot
    assertThat(
            js(
                "const p = window.cheguMap.lastPointQuery, x = new XMLHttpRequest();"
                    + " x.open('GET', '/api/coverage/at?standard=health15&method=network&lon='"
                    + " + p.lon.toFixed(6) + '&lat=' + p.lat.toFixed(6), false);"
                    + " x.send(); return JSON.parse(x.responseText).covered === p.answer.covered"
                    + " && document.querySelector('.point-result h3').textContent"
                    + ".includes(p.answer.covered ? '✓' : '✗');"))
        .isEqualTo(true);
    saveScreenshot("coverage-point.png");

    // Siting: health15, MCLP k = 2, exact → 2 numbered markers and OPTIMAL.
    driver.findElement(By.cssSelector("#panel-tabs [data-tab='siting']")).click();
    waitFor("return document.querySelectorAll('#siting-standard option').length >= 7;");
    select("siting-standard", "health15");
    WebElement k = driver.findElement(By.id("siting-k"));
    k.clear();
    k.sendKeys("2");
    select("siting-method", "exact");
    driver.findElement(By.id("siting-run")).click();
    waitFor("return !document.getElementById('siting-result').hidden;", Duration.ofSeconds(60));
    WebElement result = driver.findElement(By.id("siting-result"));
    assertThat(result.getDomAttribute("data-status")).isEqualTo("OPTIMAL");
    assertThat(driver.findElements(By.cssSelector(".leaflet-marker-icon.site-marker"))).hasSize(2);

    // Log in as editor, save as a scenario → the comparison table appears.
    driver.findElement(By.id("login-user")).sendKeys("editor");
    driver.findElement(By.id("login-password")).sendKeys("editor-chegu");
    driver.findElement(By.id("login-submit")).click();
    waitFor("return !!document.getElementById('login-who');");
    driver.findElement(By.id("scenario-name")).sendKeys("browser test: 2 health stations");
    driver.findElement(By.id("scenario-save")).click();
    waitFor(
        "return document.querySelectorAll('#scenario-compare tbody tr').length > 0;",
        Duration.ofSeconds(60));
    assertThat(driver.findElements(By.cssSelector("#scenario-list li[data-id]"))).isNotEmpty();
    assertThat(driver.findElement(By.cssSelector("#scenario-compare tfoot")).getText())
        .contains("+");
    saveScreenshot("siting.png");

    // Dragging a saved site moves it in the scenario (PUT) and recomputes the comparison.
    String version = driver.findElement(By.id("scenario-compare")).getDomAttribute("data-version");
    js(
        "const m = window.cheguMap.analysisLayers().sites.getLayers()[0], p = m.getLatLng();"
            + " m.setLatLng([p.lat + 0.01, p.lng]); m.fire('dragend');");
    waitFor(
        "return document.getElementById('scenario-compare').dataset.version !== '" + version + "';",
        Duration.ofSeconds(60));
    assertThat(driver.findElement(By.id("scenario-message")).getDomAttribute("class"))
        .doesNotContain("error");

    // Loading the saved scenario from the list shows its two added stations again.
    js("window.cheguMap.analysisLayers().sites.clearLayers();");
    driver.findElement(By.cssSelector("#scenario-list li[data-id] .scn-load")).click();
    waitFor("return window.cheguMap.analysisLayers().sites.getLayers().length === 2;");
  }

  private void select(String id, String value) {
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByValue(value);
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
    return browser.js(script);
  }

  private void waitFor(String script) {
    browser.waitFor(script);
  }

  private void waitFor(String script, Duration timeout) {
    browser.waitFor(script, timeout);
  }

  private void saveScreenshot(String name) throws IOException {
    browser.screenshot(name);
  }

  /**
   * A dry run that would replace the facilities by one kindergarten shows "health15: before →
   * after" in English and in Chinese, after 0.0 % (no health facility left), and writes nothing.
   */
  @Test
  void anImportDryRunShowsTheHeadlineBeforeAndAfterInBothLanguages() throws IOException {
    Path file = Files.createTempFile("dry-run", ".csv");
    Files.writeString(file, "id,type,lon,lat,status\nk1,kindergarten,114.11,30.46,existing\n");
    openFresh("#tab=layers");
    double before =
        ((Number)
                apiJson(
                    "/api/coverage?standard=health15&method=network&year=2020&facilities=existing",
                    "a.share"))
            .doubleValue();
    Object version = apiJson("/api/layers/facilities/versions", "a.length");
    openFresh("#tab=siting"); // the login form is on the siting tab
    if (driver.findElements(By.id("login-who")).isEmpty()) {
      driver.findElement(By.id("login-user")).sendKeys("editor");
      driver.findElement(By.id("login-password")).sendKeys("editor-chegu");
      driver.findElement(By.id("login-submit")).click();
      waitFor("return !!document.getElementById('login-who');");
    }
    for (String lang : List.of("en", "zh")) {
      js("localStorage.setItem('chegu.lang', '" + lang + "');");
      openFresh("#tab=import");
      waitFor(
          "return [...document.querySelectorAll('#panel-import select[name=layer] option')]"
              + ".some(o => o.value === 'facilities');");
      js(
          "const f = document.querySelector('#panel-import form');"
              + " f.layer.value = 'facilities'; f.mode.value = 'replace';");
      driver
          .findElement(By.cssSelector("#panel-import input[type=file]"))
          .sendKeys(file.toAbsolutePath().toString());
      driver.findElement(By.cssSelector("#panel-import .import-check")).click();
      waitFor(
          "return !!document.querySelector('#panel-import .import-headline');",
          Duration.ofSeconds(60));
      String text = driver.findElement(By.cssSelector("#panel-import .import-headline")).getText();
      assertThat(text)
          .as(lang)
          .startsWith("health15")
          .contains(oneDecimal(before * 100) + "% → 0.0%")
          .contains(lang.equals("zh") ? "现状设施" : "existing facilities");
    }
    saveScreenshot("import-dry-run.png");
    assertThat(apiJson("/api/layers/facilities/versions", "a.length")).isEqualTo(version);
    // a population file (zh): the coverage of its cells and the residents it holds, before → after;
    // one cell of 1,000 residents around an existing health centre is covered in full
    Path cell = Files.createTempFile("dry-run", ".geojson");
    Files.writeString(
        cell,
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
            + "{\"type\":\"Polygon\",\"coordinates\":[[[114.1853,30.4616],[114.1863,30.4616],"
            + "[114.1863,30.4624],[114.1853,30.4624],[114.1853,30.4616]]]},"
            + "\"properties\":{\"id\":\"c1\",\"residents\":1000}}]}");
    Object residents =
        apiJson(
            "/api/coverage?standard=health15&method=network&year=2020&facilities=existing",
            "a.totalResidents.toLocaleString('en-US')");
    Object populationVersion = apiJson("/api/layers/population/versions", "a.length");
    js(
        "const f = document.querySelector('#panel-import form');"
            + " f.layer.value = 'population'; f.mode.value = 'replace';");
    driver
        .findElement(By.cssSelector("#panel-import input[type=file]"))
        .sendKeys(cell.toAbsolutePath().toString());
    driver.findElement(By.cssSelector("#panel-import .import-check")).click();
    waitFor(
        "const h = document.querySelector('#panel-import .import-headline');"
            + " return !!h && h.textContent.includes('人口：');",
        Duration.ofSeconds(60));
    assertThat(driver.findElement(By.cssSelector("#panel-import .import-headline")).getText())
        .startsWith("health15")
        .contains(oneDecimal(before * 100) + "% → 100.0%")
        .contains("按导入的人口计算的覆盖率")
        .contains("区内 2020 年人口：" + residents + " → 1,000");
    saveScreenshot("import-dry-run-population.png");
    assertThat(apiJson("/api/layers/population/versions", "a.length")).isEqualTo(populationVersion);
    js("localStorage.removeItem('chegu.lang');");
  }

  @Test
  void accessPanelDrawsTheChoroplethAndZoomsToAnOverloadedSchool() throws IOException {
    driver.get("http://localhost:" + port + "/");
    waitFor("return !!(window.cheguMap && window.cheguMap.ready);", LOAD_TIMEOUT);
    driver.findElement(By.cssSelector("[data-tab='access']")).click();
    select("access-type", "primary_school");
    select("access-year", "2025");
    select("access-set", "existing");
    driver.findElement(By.id("access-run")).click();
    waitFor("return !document.getElementById('access-result').hidden;", LOAD_TIMEOUT);

    // one coloured cell per population cell of the answer, a legend with units, modelled labels
    long cells = ((Number) js("return window.cheguMap.access.last.cells.length;")).longValue();
    assertThat(((Number) js("return window.cheguMap.access.layer.getLayers().length;")).longValue())
        .isEqualTo(cells);
    assertThat(driver.findElement(By.cssSelector(".access-legend")).getText()).contains("≤");
    assertThat(driver.findElement(By.id("access-result")).getText()).containsPattern("学位|places");
    assertThat(driver.findElements(By.cssSelector(".modelled-capacity"))).hasSize(1);
    // the overloaded list is the answer's facilities with load > 1; a click zooms to one
    long overloaded =
        ((Number)
                js(
                    "return window.cheguMap.access.last.facilities.filter(f => f.overloaded).length;"))
            .longValue();
    List<WebElement> items = driver.findElements(By.cssSelector("#access-overloaded li"));
    assertThat(items).hasSize((int) overloaded);
    if (!items.isEmpty()) {
      items.get(0).click();
      waitFor("return window.cheguMap.map.getZoom() >= 14;");
    }
    saveScreenshot("access.png");
  }

  // ---- outputs: indicators, shared views, report, phone/tablet, keyboard ----

  private void openFresh(String hash) {
    browser.open(port, hash);
  }

  private Object apiJson(String path, String expression) {
    return browser.apiJson(path, expression);
  }

  /**
   * A per cent with one decimal as the map and the report print it: the exact binary value rounded
   * (JavaScript's {@code toFixed(1)}, {@code report.Percent}), not {@code String.format}, which
   * rounds the shortest decimal form half up (66.85 → 66.9 where the double is 66.8499…).
   */
  private static String oneDecimal(double percent) {
    return new java.math.BigDecimal(percent)
        .setScale(1, java.math.RoundingMode.HALF_EVEN)
        .toPlainString();
  }

  @Test
  void indicatorsTabShowsThePlanTargetsAndOpensTheViewOfEach() throws IOException {
    openFresh("");
    driver.findElement(By.cssSelector("#panel-tabs [data-tab='indicators']")).click();
    waitFor(
        "return document.querySelectorAll('#indicator-list li.indicator').length >= 8;",
        Duration.ofSeconds(60));
    WebElement health =
        driver.findElement(By.cssSelector("#indicator-list li[data-code='health15_circle']"));
    Number measured =
        (Number)
            apiJson(
                "/api/indicators?year=2020&facilities=existing",
                "a.find(i => i.code === 'health15_circle').measured");
    assertThat(health.findElement(By.cssSelector(".ind-measured")).getText())
        .isEqualTo(oneDecimal(measured.doubleValue()) + " %");
    assertThat(health.getText()).contains("§9.3");
    // an indicator the data cannot measure says what it needs, never a number
    WebElement physicians =
        driver.findElement(By.cssSelector("#indicator-list li[data-code='physicians_per_1000']"));
    assertThat(physicians.findElement(By.cssSelector(".ind-measured")).getText()).isEqualTo("—");
    assertThat(physicians.findElement(By.cssSelector(".ind-needs")).getText()).isNotBlank();
    assertThat(
            driver
                .findElement(By.cssSelector("#panel-tabs [data-tab='indicators']"))
                .getDomAttribute("aria-selected"))
        .isEqualTo("true");
    saveScreenshot("indicators.png");

    // a click opens the map view that shows it: the coverage of health15 by network
    health.click();
    waitFor(
        "const r = document.getElementById('coverage-result');"
            + " return !r.hidden && r.dataset.standard === 'health15' && r.dataset.method === 'network';",
        Duration.ofSeconds(60));
    assertThat(js("return document.querySelector('#panel-tabs [data-tab].active').dataset.tab;"))
        .isEqualTo("coverage");
    assertThat((String) js("return location.hash;"))
        .contains("standard=health15")
        .contains("tab=coverage");
  }

  @Test
  void aSharedUrlReopensTheSameViewAndBackForwardWork() {
    String hash =
        "#center=30.40000,114.15000&zoom=12&tab=coverage&standard=emergency12&method=euclidean"
            + "&year=2025&facilities=existing&layers=zone,subdistricts,water";
    openFresh(hash);
    waitFor(
        "const r = document.getElementById('coverage-result');"
            + " return !r.hidden && r.dataset.standard === 'emergency12' && r.dataset.method === 'euclidean';",
        Duration.ofSeconds(60));
    @SuppressWarnings("unchecked")
    Map<String, Object> v =
        (Map<String, Object>)
            js(
                "const m = window.cheguMap.map, c = m.getCenter();"
                    + " return {lat: c.lat, lon: c.lng, zoom: m.getZoom(),"
                    + " year: document.getElementById('coverage-year').value,"
                    + " on: [...window.cheguMap.manager.toggles.values()].filter(x => x.on).map(x => x.id).sort().join(',')};");
    assertThat(((Number) v.get("lat")).doubleValue())
        .isCloseTo(30.4, org.assertj.core.data.Offset.offset(0.001));
    assertThat(((Number) v.get("lon")).doubleValue())
        .isCloseTo(114.15, org.assertj.core.data.Offset.offset(0.001));
    assertThat(((Number) v.get("zoom")).doubleValue()).isEqualTo(12.0);
    assertThat(v.get("year")).isEqualTo("2025");
    assertThat(v.get("on")).isEqualTo("subdistricts,water,zone");

    // the URL follows the view: another tab is a new history entry; back returns to the coverage
    driver.findElement(By.cssSelector("#panel-tabs [data-tab='layers']")).click();
    waitFor("return location.hash.includes('tab=layers');");
    driver.navigate().back();
    waitFor(
        "return document.querySelector('#panel-tabs [data-tab].active').dataset.tab === 'coverage';");
    driver.navigate().forward();
    waitFor(
        "return document.querySelector('#panel-tabs [data-tab].active').dataset.tab === 'layers';");
  }

  @Test
  @RequiresTool({Tool.PDFTOTEXT, Tool.CJK_FONT})
  void theReportOfTheViewIsAPdfWithTheHeadlineAndTheTable() throws Exception {
    openFresh("#tab=coverage&standard=health15&method=network&year=2020&facilities=existing");
    waitFor(
        "const r = document.getElementById('coverage-result'); return !r.hidden && r.dataset.standard === 'health15';",
        Duration.ofSeconds(60));
    String url = (String) js("return window.cheguMap.outputs.tools.reportUrl('pdf');");
    assertThat(url).contains("standard=health15").contains("year=2020").contains("format=pdf");
    java.net.http.HttpResponse<byte[]> pdf =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + url))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    String text = ReportApiTest.pdfToText(pdf.body());
    double share =
        ((Number) apiJson("/api/coverage?standard=health15&method=network&year=2020", "a.share"))
            .doubleValue();
    String headline =
        new java.math.BigDecimal(share * 100)
            .setScale(1, java.math.RoundingMode.HALF_EVEN)
            .toPlainString();
    assertThat(text).contains("覆盖率 Coverage: " + headline + " %").contains("沌口街道").contains("纱帽街道");
    Files.createDirectories(SCREENSHOTS);
    Path file = SCREENSHOTS.resolve("report.pdf");
    Files.write(file, pdf.body());
    if (Files.isExecutable(Path.of("/usr/bin/pdftoppm"))) {
      new ProcessBuilder(
              "pdftoppm",
              "-png",
              "-r",
              "60",
              "-f",
              "1",
              "-l",
              "1",
              "-singlefile",
              file.toString(),
              SCREENSHOTS.resolve("report-page1").toString())
          .inheritIO()
          .start()
          .waitFor();
    }
  }

  @Test
  void phoneAndTabletLayoutsKeepAUsableMap() throws IOException {
    org.openqa.selenium.Dimension desktop = driver.manage().window().getSize();
    try {
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
      openFresh("");
      waitFor("return document.body.classList.contains('phone');");
      assertThat(
              ((Number) js("return document.getElementById('map').getBoundingClientRect().width;"))
                  .doubleValue())
          .isGreaterThanOrEqualTo(300);
      assertThat(
              ((Number) js("return document.getElementById('map').getBoundingClientRect().height;"))
                  .doubleValue())
          .isGreaterThanOrEqualTo(500);
      assertThat(js("return document.getElementById('legend-box').open;")).isEqualTo(false);
      // a tab opens the panel under the map; the map stays usable above it
      driver.findElement(By.cssSelector("#panel-tabs [data-tab='indicators']")).click();
      waitFor(
          "return document.querySelectorAll('#indicator-list li.indicator').length >= 8;",
          Duration.ofSeconds(60));
      assertThat(
              ((Number) js("return document.getElementById('map').getBoundingClientRect().height;"))
                  .doubleValue())
          .isGreaterThanOrEqualTo(300);
      assertThat(
              ((Number) js("return document.getElementById('map').getBoundingClientRect().width;"))
                  .doubleValue())
          .isGreaterThanOrEqualTo(300);
      saveScreenshot("phone.png");
      driver.findElement(By.id("panel-toggle")).click();
      waitFor("return document.body.classList.contains('panel-collapsed');");

      driver.manage().window().setSize(new org.openqa.selenium.Dimension(768, 1024));
      openFresh("");
      assertThat(
              ((Number) js("return document.getElementById('map').getBoundingClientRect().width;"))
                  .doubleValue())
          .isGreaterThanOrEqualTo(300);
      assertThat(
              ((Number)
                      js(
                          "return document.getElementById('side-panel').getBoundingClientRect().width;"))
                  .doubleValue())
          .isLessThanOrEqualTo(340);
      saveScreenshot("tablet.png");
    } finally {
      driver.manage().window().setSize(desktop);
    }
  }

  /** Presses Tab until the script is true of document.activeElement (as {@code a}). */
  private void tabUntil(String condition, int max) {
    for (int i = 0; i < max; i++) {
      if (Boolean.TRUE.equals(js("const a = document.activeElement; return " + condition + ";"))) {
        return;
      }
      new org.openqa.selenium.interactions.Actions(driver)
          .sendKeys(org.openqa.selenium.Keys.TAB)
          .perform();
    }
    fail("Tab never reached: " + condition);
  }

  private void press(CharSequence key) {
    new org.openqa.selenium.interactions.Actions(driver).sendKeys(key).perform();
  }

  @Test
  void aKeyboardAloneRunsACoverageOpensAGapAndQueriesAPoint() {
    openFresh("");
    tabUntil("a.getAttribute('role') === 'tab'", 40);
    assertThat(js("return document.activeElement.dataset.tab;")).isEqualTo("layers");
    press(org.openqa.selenium.Keys.ARROW_RIGHT);
    waitFor(
        "return document.querySelector('#panel-tabs [data-tab=coverage]').getAttribute('aria-selected') === 'true';");
    waitFor("return document.querySelectorAll('#coverage-standard option').length >= 8;");
    tabUntil("a.id === 'coverage-run'", 20);
    press(org.openqa.selenium.Keys.ENTER);
    waitFor("return !document.getElementById('coverage-result').hidden;", Duration.ofSeconds(60));
    tabUntil("a.matches('#gap-list li')", 60);
    press(org.openqa.selenium.Keys.ENTER);
    waitFor("return !!document.querySelector('#gap-list li.active');");
    tabUntil("a.id === 'map'", 300);
    assertThat(js("return document.activeElement.id;")).isEqualTo("map");
    press(org.openqa.selenium.Keys.ENTER);
    waitFor(
        "return !!window.cheguMap.lastPointQuery && !!document.querySelector('.point-result h3');",
        Duration.ofSeconds(30));
  }

  @Test
  void compareMapsTheChangeAndTheMeasureToolMeasures() throws IOException {
    openFresh("#tab=compare");
    waitFor("return document.querySelectorAll('#cmp-standard option').length >= 8;");
    driver.findElement(By.cssSelector("#panel-compare [data-preset='years']")).click();
    driver.findElement(By.id("cmp-run")).click();
    waitFor("return !document.getElementById('cmp-result').hidden;", Duration.ofSeconds(60));
    assertThat(driver.findElements(By.cssSelector("#cmp-result tbody tr"))).hasSize(7);
    Number drawn = (Number) js("return window.cheguMap.outputs.compare.layer.getLayers().length;");
    assertThat(drawn.intValue())
        .isEqualTo(
            Integer.parseInt(driver.findElement(By.id("cmp-result")).getDomAttribute("data-cells")))
        .isPositive();
    saveScreenshot("compare.png");

    // measure: three clicks on the map → a distance and an area
    driver.findElement(By.id("tool-measure")).click();
    WebElement map = driver.findElement(By.id("map"));
    new org.openqa.selenium.interactions.Actions(driver)
        .moveToElement(map, -100, -50)
        .click()
        .pause(Duration.ofMillis(400))
        .moveToElement(map, 100, -50)
        .click()
        .pause(Duration.ofMillis(400))
        .moveToElement(map, 100, 80)
        .click()
        .perform();
    waitFor("return !!window.cheguMap.lastMeasure && window.cheguMap.lastMeasure.points === 3;");
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) js("return window.cheguMap.lastMeasure;");
    assertThat(((Number) m.get("lengthM")).doubleValue()).isPositive();
    assertThat(((Number) m.get("areaM2")).doubleValue()).isPositive();
    assertThat(driver.findElement(By.id("measure-result")).getText()).contains("km");
    press(org.openqa.selenium.Keys.ESCAPE);
    waitFor("return !window.cheguMap.measuring;");
  }

  @Test
  void atOverviewALineClickInsideTheCoreOpensTheCore() {
    openFresh("");
    // a transport line's popup opened at the core's centre (what a click there on the line does)
    Object name =
        js(
            "const m = window.cheguMap.manager, map = window.cheguMap.map;"
                + " const core = m.features.get('layout').find(f => f.properties.element === 'core');"
                + " const c = L.geoJSON(core).getBounds().getCenter();"
                + " let line = null;"
                + " for (const t of m.toggles.values()) if (t.layerId === 'transport' && t.on && t.leaflet)"
                + "   t.leaflet.eachLayer(l => { if (!line && /LineString/.test(l.feature.geometry.type)) line = l; });"
                + " map.setZoom(10, {animate: false}); line.openPopup(c);"
                + " return core.properties.name_zh;");
    waitFor(
        "const p = document.querySelector('.leaflet-popup-content');"
            + " return !!p && p.textContent.includes('"
            + name
            + "');");
  }

  /**
   * A capacity per site in the Siting tab (issue 21 §2): health15, 3 sites of 10 beds; the answer
   * shows beds served within capacity and E2SFCA per 1,000 residents before and after, per
   * sub-district, as the API answered it.
   */
  @Test
  void capacityPerSiteShowsBedsServedAndAccessBeforeAndAfter() {
    driver.manage().deleteAllCookies();
    driver.get("http://localhost:" + port + "/");
    new WebDriverWait(driver, LOAD_TIMEOUT)
        .until(
            d -> Boolean.TRUE.equals(js("return !!(window.cheguMap && window.cheguMap.ready);")));
    driver.findElement(By.cssSelector("#panel-tabs [data-tab='siting']")).click();
    waitFor("return document.querySelectorAll('#siting-standard option').length >= 7;");
    select("siting-standard", "health15");
    select("siting-method", "greedy");
    select("siting-facilities", "existing");
    driver.findElement(By.id("siting-capacity")).sendKeys("10");
    driver.findElement(By.id("siting-run")).click();
    waitFor(
        "return !!document.querySelector('#siting-result table.capacity-access');",
        Duration.ofSeconds(90));
    Object served = js("return window.cheguMap.siting.state.result.capacity.served.toFixed(1);");
    Object areas = js("return window.cheguMap.siting.state.result.capacity.access.byArea.length;");
    WebElement result = driver.findElement(By.id("siting-result"));
    assertThat(served).isEqualTo("30.0");
    assertThat(result.getText()).contains(served + " / ");
    assertThat(result.findElements(By.cssSelector("table.capacity-access tr")).size())
        .isEqualTo(((Number) areas).intValue() + 2); // header and the zone's row
    assertThat(result.findElements(By.cssSelector("ul.capacity-rules li"))).hasSize(5);
  }

  /**
   * Siting is one live state: dragging a proposed site (not saved) redraws the headline share from
   * POST /api/siting/evaluate; dropping it into a lake is refused and the marker returns.
   */
  @Test
  void draggingAProposedSiteChangesTheHeadlineAndALakeIsRefused() {
    driver.manage().deleteAllCookies();
    driver.get("http://localhost:" + port + "/");
    new WebDriverWait(driver, LOAD_TIMEOUT)
        .until(
            d -> Boolean.TRUE.equals(js("return !!(window.cheguMap && window.cheguMap.ready);")));
    driver.findElement(By.cssSelector("#panel-tabs [data-tab='siting']")).click();
    waitFor("return document.querySelectorAll('#siting-standard option').length >= 7;");
    select("siting-standard", "health15");
    select("siting-method", "greedy");
    select("siting-facilities", "existing");
    driver.findElement(By.id("siting-run")).click();
    waitFor(
        "const r = document.getElementById('siting-result');"
            + " return !r.hidden && !!r.dataset.share && !!window.cheguMap.siting.state.evaluation;",
        Duration.ofSeconds(90));
    String before = driver.findElement(By.id("siting-result")).getDomAttribute("data-share");

    js(
        "const m = window.cheguMap.analysisLayers().sites.getLayers()[0], p = m.getLatLng();"
            + " m.setLatLng([p.lat + 0.02, p.lng + 0.02]); m.fire('dragend');");
    waitFor(
        "return document.getElementById('siting-result').dataset.share !== '" + before + "';",
        Duration.ofSeconds(60));
    WebElement result = driver.findElement(By.id("siting-result"));
    assertThat(result.getDomAttribute("data-status")).isEqualTo("EDITED");
    assertThat(result.getText()).contains("ms");

    // 南太子湖 (South Taizi Lake): refused, and the marker goes back where it was
    String share = result.getDomAttribute("data-share");
    Object at =
        js(
            "const m = window.cheguMap.analysisLayers().sites.getLayers()[0], p = m.getLatLng();"
                + " window.__before = [p.lat, p.lng]; m.setLatLng([30.4849, 114.207]);"
                + " m.fire('dragend'); return true;");
    assertThat(at).isEqualTo(true);
    waitFor(
        "return Number(document.getElementById('siting-result').dataset.refused || 0) > 0;",
        Duration.ofSeconds(60));
    waitFor(
        "const p = window.cheguMap.analysisLayers().sites.getLayers()[0].getLatLng();"
            + " return Math.abs(p.lat - window.__before[0]) < 1e-9;",
        Duration.ofSeconds(30));
    assertThat(driver.findElement(By.id("scenario-message")).getText()).contains("water");
    assertThat(driver.findElement(By.id("siting-result")).getDomAttribute("data-share"))
        .isEqualTo(share);
  }

  /**
   * The first map load (empty cache: page, scripts, styles, Leaflet, every default layer) moves at
   * most 500 kB over the wire — compression and zoom-simplified layers — summed from the browser's
   * own resource timing ({@code transferSize}, headers included).
   */
  @Test
  void firstMapLoadTransfersAtMost500Kilobytes() {
    driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    driver.manage().deleteAllCookies();
    driver.get("http://localhost:" + port + "/");
    new WebDriverWait(driver, LOAD_TIMEOUT)
        .until(
            d -> Boolean.TRUE.equals(js("return !!(window.cheguMap && window.cheguMap.ready);")));
    @SuppressWarnings("unchecked")
    Map<String, Object> load =
        (Map<String, Object>)
            js(
                "const all = [...performance.getEntriesByType('navigation'),"
                    + " ...performance.getEntriesByType('resource')];"
                    + " return {transferred: all.reduce((s, e) => s + e.transferSize, 0),"
                    + " decoded: all.reduce((s, e) => s + e.decodedBodySize, 0),"
                    + " requests: all.length};");
    long transferred = ((Number) load.get("transferred")).longValue();
    long decoded = ((Number) load.get("decoded")).longValue();
    System.out.printf(
        "first map load: %d requests, %.1f kB transferred, %.1f kB decoded%n",
        ((Number) load.get("requests")).longValue(), transferred / 1000.0, decoded / 1000.0);
    assertThat(transferred).as("bytes of the first load").isPositive().isLessThanOrEqualTo(500_000);
    assertThat(transferred).as("compressed").isLessThan(decoded / 2);
  }

  @Test
  void downloadButtonsOfCoverageAndSitingAnswerFiles() throws Exception {
    openFresh("#tab=coverage&standard=health15&method=network&year=2020&facilities=existing");
    waitFor(
        "const r = document.getElementById('coverage-result'); return !r.hidden && !!document.getElementById('dl-gaps-gpkg');",
        Duration.ofSeconds(60));
    for (String[] link :
        new String[][] {{"dl-gaps-gpkg", "geopackage"}, {"dl-area-xlsx", "spreadsheetml"}}) {
      String href = driver.findElement(By.id(link[0])).getDomAttribute("href");
      assertThat(href).contains("standard=health15").contains("year=2020").contains("format=");
      java.net.http.HttpResponse<byte[]> file =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(
                          java.net.URI.create("http://localhost:" + port + href))
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofByteArray());
      assertThat(file.statusCode()).as(href).isEqualTo(200);
      assertThat(file.headers().firstValue("Content-Type").orElse("")).contains(link[1]);
    }
    driver.findElement(By.cssSelector("#panel-tabs [data-tab='siting']")).click();
    waitFor("return document.querySelectorAll('#siting-standard option').length >= 7;");
    select("siting-standard", "health15");
    select("siting-method", "greedy");
    driver.findElement(By.id("siting-run")).click();
    waitFor(
        "return !!document.getElementById('dl-sites-gpkg') && !!window.cheguMap.siting.state.evaluation;",
        Duration.ofSeconds(90));
    js(
        "const f = window.fetch; window.fetch = async (u, o) => { const r = await f(u, o);"
            + " if (String(u).includes('format=gpkg')) window.__dl = { status: r.status,"
            + " type: r.headers.get('Content-Type') }; return r; };"
            + " HTMLAnchorElement.prototype.click = function () { window.__dlName = this.download; };");
    driver.findElement(By.id("dl-sites-gpkg")).click();
    waitFor("return !!window.__dlName;", Duration.ofSeconds(30));
    assertThat(((Number) js("return window.__dl.status;")).intValue()).isEqualTo(200);
    assertThat((String) js("return window.__dl.type;")).contains("geopackage");
    assertThat((String) js("return window.__dlName;")).endsWith(".gpkg");
  }

  @Test
  void mapLabelsDoNotOverlapAtAnyZoom() throws IOException {
    openFresh("");
    waitFor("return window.cheguMap.hiddenLabels !== undefined;");
    String overlaps =
        "const v = [...document.querySelectorAll('.leaflet-tooltip.map-label')]"
            + ".filter(e => getComputedStyle(e).visibility !== 'hidden'"
            + " && getComputedStyle(e).display !== 'none').map(e => e.getBoundingClientRect())"
            + ".filter(r => r.width > 0);"
            + " let n = 0; for (let i = 0; i < v.length; i++) for (let j = i + 1; j < v.length; j++)"
            + " { const a = v[i], b = v[j]; if (a.left < b.right && b.left < a.right"
            + " && a.top < b.bottom && b.top < a.bottom) n++; } return [v.length, n];";
    for (int zoom : new int[] {11, 12, 13}) {
      js("window.cheguMap.hiddenLabels = undefined; window.cheguMap.map.setZoom(" + zoom + ");");
      waitFor("return window.cheguMap.hiddenLabels !== undefined;");
      List<?> shownAndOverlapping = (List<?>) js(overlaps);
      assertThat(((Number) shownAndOverlapping.get(0)).intValue()).as("labels shown").isPositive();
      assertThat(((Number) shownAndOverlapping.get(1)).intValue())
          .as("overlapping label pairs at zoom %d", zoom)
          .isZero();
    }
    // every park keeps its label element (hidden ones return when there is room)
    assertThat(driver.findElements(By.cssSelector(".leaflet-tooltip.park-label"))).hasSize(8);
    saveScreenshot("map-labels.png");
  }

  @Test
  void leavingThePageMidSolveCancelsTheServersSolve() {
    openFresh("#tab=siting");
    waitFor("return document.querySelectorAll('#siting-standard option').length >= 7;");
    // record the requests the page sends (a real pagehide would unload the page with them)
    js(
        "window.__sent = []; const f = window.fetch;"
            + " window.fetch = (u, o) => { window.__sent.push({ url: String(u),"
            + " method: (o && o.method) || 'GET', keepalive: !!(o && o.keepalive) });"
            + " return f(u, o); };");
    select("siting-standard", "middle15");
    select("siting-method", "exact");
    WebElement k = driver.findElement(By.id("siting-k"));
    k.clear();
    k.sendKeys("50");
    WebElement limit = driver.findElement(By.id("siting-time"));
    limit.clear();
    limit.sendKeys("60");
    driver.findElement(By.id("siting-run")).click();
    waitFor("return !!window.cheguMap.siting.state.controller;");
    sleepMillis(500); // the solve has started on the server (it takes seconds at k = 50)
    js("window.dispatchEvent(new PageTransitionEvent('pagehide'));");

    waitFor("return !document.getElementById('siting-result').hidden;", Duration.ofSeconds(60));
    @SuppressWarnings("unchecked")
    Map<String, Object> delete =
        (Map<String, Object>)
            js(
                "return window.__sent.find(r => r.method === 'DELETE'"
                    + " && r.url.includes('/api/jobs/' + window.cheguMap.siting.state.jobId));");
    assertThat(delete).as("DELETE /api/jobs/{id} on pagehide").isNotNull();
    assertThat(delete.get("keepalive")).isEqualTo(true);
    // the server stopped the solve and said so; the answer is still the best found
    assertThat(js("return window.cheguMap.siting.state.result.cancelled;")).isEqualTo(true);
    assertThat(((Number) js("return window.cheguMap.siting.state.result.sites.length;")).intValue())
        .isEqualTo(50);
  }

  private static void sleepMillis(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
