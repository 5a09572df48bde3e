package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chegu.viewer.area.Area;
import cn.chegu.viewer.imports.AreaImportService;
import cn.chegu.viewer.report.Percent;
import cn.chegu.viewer.tools.RequiresTool;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One view, one truth: the view store, the URL and the screen agree in real headless Chromium. A
 * link restores every key (facility set included, which the screen once ignored), the shared
 * year/set controls show the same value on every tab, results leave the map with their tab and are
 * marked stale when a parameter changes, and the first view pans in all four directions. Saves
 * {@code target/screenshots/view-*.png} (desktop, tablet 820×1180, phone 390×844).
 *
 * <p>Needs Chromium and chromedriver ({@link RequiresTool}): skipped without them, failed under
 * {@code CI=true}.
 */
@BrowserTestBase.Language("zh-CN")
class ViewStoreBrowserTest extends BrowserTestBase {

  private static final Duration LOAD_TIMEOUT = Browser.LOAD_TIMEOUT;
  private static final Path SCREENSHOTS = Browser.SCREENSHOTS;
  private static final String PLAN_LINK =
      "#tab=coverage&standard=health15&method=network&year=2025&facilities=plan";

  @Autowired AreaImportService areas;

  private Object js(String script) {
    return browser.js(script);
  }

  private void waitFor(String script, Duration timeout) {
    browser.waitFor(script, timeout);
  }

  private void open(String hash) {
    browser.open(port, hash);
  }

  private String share(String query) {
    // printed as the map (html.js pct) and the report (report.Percent) print it
    Number share = (Number) apiJson("/api/coverage?" + query, "a.share");
    Number covered = (Number) apiJson("/api/coverage?" + query, "a.coveredResidents");
    Number total = (Number) apiJson("/api/coverage?" + query, "a.totalResidents");
    return Percent.of(share.doubleValue(), covered.longValue(), total.longValue());
  }

  private Object apiJson(String path, String expression) {
    return browser.apiJson(path, expression);
  }

  private void screenshot(String name) throws IOException {
    browser.screenshot(name);
  }

  private static final String COVERAGE_DONE =
      "const r = document.getElementById('coverage-result');"
          + " return !r.hidden && r.dataset.facilities === '%s' && r.dataset.standard === '%s';";

  /**
   * What of the base layers the shared canvas draws over the coverage result, read from the canvas
   * renderer's own draw list (Leaflet paints it first to last): "" when the service areas and gaps
   * come after every base path (the facilities' points alone are kept above them), else what lies
   * over them.
   */
  private static final String BASE_OVER_RESULT =
      "const m = window.cheguMap, l = m.coverage.layers, res = new Set();"
          + " for (const g of [l.serviceAreas, l.gaps]) if (g) g.eachLayer((x) => res.add(x));"
          + " if (!l.gaps || !res.size) return 'no service areas or gaps drawn';"
          + " const r = m.manager.renderer; if (!('_drawFirst' in r)) return 'no canvas draw list';"
          + " const order = []; for (let o = r._drawFirst; o; o = o.next) order.push(o.layer);"
          + " const first = order.findIndex((x) => res.has(x));"
          + " if (first < 0) return 'the result is not on the shared canvas';"
          + " const over = order.slice(first).filter((x) => !res.has(x) && !(x instanceof L.CircleMarker));"
          + " return over.length ? over.length + ' base paths drawn over the result, e.g. '"
          + "   + ((over[0].feature && (over[0].feature.id || over[0].feature.properties.id)) || 'land') : '';";

  @Test
  void aLinkWithThePlanSetShowsThePlansShareOnEveryTabAndKeepsItInTheUrl() throws IOException {
    open(PLAN_LINK);
    waitFor(String.format(COVERAGE_DONE, "plan", "health15"), Duration.ofSeconds(90));
    // the link draws its service areas and gaps over the base layers (they once lay under the
    // zone fill: the basemap switch re-sorted the canvas after the result was drawn, a073e0e)
    waitFor("return !!window.cheguMap.coverage.layers.gaps;", Duration.ofSeconds(30));
    assertThat(js(BASE_OVER_RESULT)).as("after opening the link").isEqualTo("");
    js("window.cheguMap.manager.reorder();"); // what a basemap switch does to the base layers
    assertThat(js(BASE_OVER_RESULT)).as("after the base layers re-sorted").isEqualTo("");
    String q = "standard=health15&method=network&year=2025";
    String plan = share(q + "&facilities=plan");
    String existing = share(q + "&facilities=existing");
    String headline =
        driver.findElement(By.cssSelector("#coverage-result .headline .share")).getText();
    assertThat(headline.replace(" ", "")).isEqualTo(plan + "%");
    if (!plan.equals(existing)) {
      assertThat(driver.findElement(By.tagName("body")).getText().replace(" %", "%"))
          .doesNotContain(existing + "%");
    }
    assertThat((String) js("return location.hash;"))
        .contains("facilities=plan")
        .contains("year=2025");
    // one facility set and one year for the view: every tab's control shows them
    for (String id : new String[] {"coverage-facilities", "ind-facilities", "access-set"}) {
      assertThat(
              new Select(driver.findElement(By.id(id)))
                  .getFirstSelectedOption()
                  .getDomAttribute("value"))
          .as(id)
          .isEqualTo("plan");
    }
    assertThat(
            new Select(driver.findElement(By.id("access-year")))
                .getFirstSelectedOption()
                .getDomAttribute("value"))
        .isEqualTo("2025");
    screenshot("view-plan-link.png");

    // a changed parameter marks the drawn answer stale; the answer's layers leave with its tab
    new Select(driver.findElement(By.id("coverage-year"))).selectByValue("2020");
    waitFor("return !document.getElementById('coverage-stale').hidden;", Duration.ofSeconds(5));
    assertThat((String) js("return location.hash;")).contains("year=2020");
    driver.findElement(By.cssSelector("#panel-tabs [data-tab='access']")).click();
    waitFor(
        "const l = window.cheguMap.coverage.layers; return !window.cheguMap.map.hasLayer(l.serviceAreas);",
        Duration.ofSeconds(5));
    driver.navigate().back(); // back to the coverage tab: its layers return
    waitFor(
        "const l = window.cheguMap.coverage.layers; return window.cheguMap.map.hasLayer(l.serviceAreas)"
            + " && document.querySelector('#panel-tabs [data-tab].active').dataset.tab === 'coverage';",
        Duration.ofSeconds(10));
  }

  @Test
  void theAreaSwitcherOpensAnotherAreaAndAReloadKeepsIt() throws Exception {
    Area district =
        areas
            .create(
                new ByteArrayInputStream(AreasApiTest.districtZip()),
                "district.zip",
                "Test district",
                "test")
            .area();
    try {
      open("#tab=layers");
      WebElement switcher = driver.findElement(By.id("area-switch"));
      assertThat(switcher.isDisplayed()).isTrue();
      Select select = new Select(driver.findElement(By.id("area-select")));
      assertThat(select.getFirstSelectedOption().getDomAttribute("value")).isEqualTo("chegu");
      assertThat(select.getOptions()).extracting(WebElement::getText).contains("Test district");
      js("window.cheguBeforeSwitch = true;"); // gone once the page reloads
      select.selectByValue(district.id());
      waitFor(
          "return !window.cheguBeforeSwitch && !!(window.cheguMap && window.cheguMap.ready"
              + " && window.cheguMap.outputs);",
          LOAD_TIMEOUT);
      assertAreaShown(district.id());
      driver.navigate().refresh();
      waitFor(
          "return !!(window.cheguMap && window.cheguMap.ready && window.cheguMap.outputs);",
          LOAD_TIMEOUT);
      assertAreaShown(district.id());
      // back to the default area: no area= anywhere, as before areas existed
      new Select(driver.findElement(By.id("area-select"))).selectByValue("chegu");
      waitFor(
          "return !location.hash.includes('area=') && !!(window.cheguMap && window.cheguMap.ready"
              + " && window.cheguMap.outputs) && window.cheguMap.map.getCenter().lng > 100;",
          LOAD_TIMEOUT);
      assertThat((String) js("return document.querySelector('#app-header .title-zh').textContent;"))
          .contains("车谷");
    } finally {
      areas.delete(district);
    }
  }

  /** The page shows the district at 60° N, 24.9° E: hash, switcher, map, title and API calls. */
  private void assertAreaShown(String id) {
    assertThat((String) js("return location.hash;")).contains("area=" + id);
    assertThat(
            new Select(driver.findElement(By.id("area-select")))
                .getFirstSelectedOption()
                .getDomAttribute("value"))
        .isEqualTo(id);
    Number lat = (Number) js("return window.cheguMap.map.getCenter().lat;");
    Number lng = (Number) js("return window.cheguMap.map.getCenter().lng;");
    assertThat(lat.doubleValue()).isBetween(59.9, 60.1); // fitted to the district's zone
    assertThat(lng.doubleValue()).isBetween(24.8, 25.0);
    assertThat((String) js("return document.querySelector('#app-header .title-en').textContent;"))
        .isEqualTo("Planning viewer — Test district");
    @SuppressWarnings("unchecked")
    java.util.List<String> calls =
        (java.util.List<String>)
            js(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                    + ".filter(n => n.includes('/api/layers') || n.includes('/api/indicators')"
                    + " || n.includes('/api/plan'));");
    assertThat(calls).isNotEmpty().allSatisfy(n -> assertThat(n).contains("area=" + id));
  }

  @Test
  void aReloadRestoresThePanelsOwnSettingsAndTheBasemap() {
    open("#tab=access&year=2025&facilities=committed");
    new Select(driver.findElement(By.id("access-type"))).selectByValue("kindergarten");
    waitFor("return location.hash.includes('access.type=kindergarten');", Duration.ofSeconds(5));
    driver.findElement(By.cssSelector("#panel-tabs [data-tab='layers']")).click();
    waitFor("return !!document.querySelector('[data-basemap=gaode]');", Duration.ofSeconds(10));
    String hash = (String) js("return location.hash;");
    assertThat(hash).contains("facilities=committed").contains("year=2025").contains("tab=layers");
    driver.navigate().refresh();
    waitFor(
        "return !!(window.cheguMap && window.cheguMap.ready && window.cheguMap.outputs);",
        LOAD_TIMEOUT);
    assertThat(
            new Select(driver.findElement(By.id("access-type")))
                .getFirstSelectedOption()
                .getDomAttribute("value"))
        .isEqualTo("kindergarten");
    assertThat(
            new Select(driver.findElement(By.id("ind-facilities")))
                .getFirstSelectedOption()
                .getDomAttribute("value"))
        .isEqualTo("committed");
    assertThat(js("return document.querySelector('#panel-tabs [data-tab].active').dataset.tab;"))
        .isEqualTo("layers");
  }

  @Test
  void theFirstViewFitsTheZoneAndPansInEveryDirectionWithTheHashFollowing() throws IOException {
    open("");
    screenshot("view-first.png");
    WebElement map = driver.findElement(By.cssSelector(".leaflet-container"));
    js("document.querySelector('.leaflet-container').focus();");
    for (Keys key :
        new Keys[] {Keys.ARROW_RIGHT, Keys.ARROW_LEFT, Keys.ARROW_UP, Keys.ARROW_DOWN}) {
      String before = (String) js("return location.hash;");
      for (int i = 0; i < 3; i++) {
        map.sendKeys(key);
      }
      waitFor("return location.hash !== '" + before + "';", Duration.ofSeconds(5));
    }
    // the zone is inside the map with room on every side, and not under the open legend
    String fits =
        "const m = window.cheguMap.map, z = window.cheguMap.manager.features.get('zone');"
            + " const b = L.geoJSON(z).getBounds(), box = m.getContainer().getBoundingClientRect();"
            + " const nw = m.latLngToContainerPoint(b.getNorthWest()), se = m.latLngToContainerPoint(b.getSouthEast());"
            + " const legend = document.getElementById('legend-box').getBoundingClientRect();"
            + " return nw.x > 10 && nw.y > 10 && se.x < box.width - 10 && se.y < box.height - 10"
            + "   && (!document.getElementById('legend-box').open || box.left + se.x < legend.left);";
    open("");
    assertThat(js(fits)).isEqualTo(true);
  }

  @Test
  void phoneAndTabletScreenshotsOfALinkedView() throws IOException {
    try {
      driver.manage().window().setSize(new Dimension(390, 844));
      open(PLAN_LINK);
      waitFor(String.format(COVERAGE_DONE, "plan", "health15"), Duration.ofSeconds(90));
      screenshot("view-phone-390.png");
      driver.manage().window().setSize(new Dimension(820, 1180));
      open(PLAN_LINK);
      waitFor(String.format(COVERAGE_DONE, "plan", "health15"), Duration.ofSeconds(90));
      screenshot("view-tablet-820.png");
      // the tab bar fits: no tab is cut off on the right
      assertThat(
              js(
                  "const bar = document.getElementById('panel-tabs').getBoundingClientRect();"
                      + " return [...document.querySelectorAll('#panel-tabs [data-tab]')]"
                      + ".every(t => t.getBoundingClientRect().right <= bar.right + 1);"))
          .isEqualTo(true);
    } finally {
      driver.manage().window().setSize(new Dimension(1400, 900));
    }
  }

  @Test
  void theMeasureToolAddsPointsOverTheZonesFeaturesAndThePngCarriesTitleLegendAndScale()
      throws IOException {
    open("");
    driver.findElement(By.id("tool-measure")).click();
    WebElement map = driver.findElement(By.id("map"));
    // the middle of the map is inside the zone, over its canvas-drawn sub-districts and roads
    new org.openqa.selenium.interactions.Actions(driver)
        .moveToElement(map, -40, 0)
        .click()
        .pause(Duration.ofMillis(300))
        .moveToElement(map, 40, 0)
        .click()
        .perform();
    waitFor(
        "return !!window.cheguMap.lastMeasure && window.cheguMap.lastMeasure.points === 2;",
        Duration.ofSeconds(5));
    assertThat(((Number) js("return window.cheguMap.lastMeasure.lengthM;")).doubleValue())
        .isPositive();
    driver.findElement(By.id("tool-measure")).click();
    // the PNG sheet is taller and wider than the map: a header, a footer and a legend column
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> size =
        (java.util.Map<String, Object>)
            js(
                "const c = window.cheguMap.outputs.tools.sheetImage(), m = window.cheguMap.map.getSize();"
                    + " window.__sheet = c.toDataURL('image/png');"
                    + " return {w: c.width, h: c.height, mw: m.x, mh: m.y};");
    assertThat(((Number) size.get("h")).intValue())
        .isEqualTo(((Number) size.get("mh")).intValue() + 104);
    assertThat(((Number) size.get("w")).intValue())
        .isGreaterThan(((Number) size.get("mw")).intValue());
    String png = (String) js("return window.__sheet;");
    Files.createDirectories(SCREENSHOTS);
    Files.write(
        SCREENSHOTS.resolve("view-sheet.png"),
        java.util.Base64.getDecoder().decode(png.substring(png.indexOf(',') + 1)));
  }
}
