package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chegu.viewer.tools.RequiresTool;
import cn.chegu.viewer.tools.Tool;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Screen = link = report, for every view a planner can report: coverage, siting, scenario, access,
 * compare and parks. Each test makes the view in the browser as a planner would, reads the headline
 * figure on screen, opens the page's own URL afresh and reads it again, then downloads the PDF the
 * "PDF" button would open (the same {@code reportUrl}) and reads its headline line back with {@code
 * pdftotext}: the three must be the same characters.
 */
@RequiresTool({Tool.CHROMIUM, Tool.PDFTOTEXT, Tool.CJK_FONT})
@BrowserTestBase.Language("zh-CN")
class ReportBrowserTest extends BrowserTestBase {

  private static final Duration RESULT_TIMEOUT = Duration.ofSeconds(90);

  /** The headline of a result box, once it is shown. */
  private String headline(String box) {
    String css = "#" + box + " .headline .share";
    browser.waitFor(
        "const e = document.querySelector('"
            + css
            + "'); return !!e && !e.closest('[hidden]') && e.textContent.trim().length > 0;",
        RESULT_TIMEOUT);
    return browser.driver.findElement(By.cssSelector(css)).getText().trim();
  }

  /** Opens the page's current URL in a fresh page (a shared link, a reload). */
  private void reopen() {
    String url = browser.driver.getCurrentUrl();
    browser.open(port, url.substring(url.indexOf('#')));
  }

  /** The line of the view's PDF report that holds {@code label}, as pdftotext reads it. */
  private String reportLine(String label) throws Exception {
    String url = (String) browser.js("return window.cheguMap.outputs.tools.reportUrl('pdf');");
    HttpResponse<byte[]> pdf =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).as(url).isEqualTo(200);
    String text = ReportApiTest.pdfToText(pdf.body());
    return Arrays.stream(text.split("\n"))
        .filter(l -> l.contains(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line with '" + label + "' in\n" + text));
  }

  /** Screen, reopened link and report show the same figure (white space aside). */
  private void sameEverywhere(String box, String reportLabel) throws Exception {
    String screen = headline(box);
    assertThat(screen).containsPattern("\\d");
    reopen();
    String again = headline(box);
    String line = reportLine(reportLabel);
    assertThat(again).as("after opening %s", browser.driver.getCurrentUrl()).isEqualTo(screen);
    assertThat(squeeze(line))
        .as("report line")
        .contains(reportLabel.replace(" ", "") + ":" + squeeze(screen));
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }

  private void tab(String name) {
    browser.driver.findElement(By.cssSelector("#panel-tabs [data-tab='" + name + "']")).click();
  }

  private void select(String id, String value) {
    new Select(browser.driver.findElement(By.id(id))).selectByValue(value);
  }

  private void solveTwoHealthStations() {
    browser.open(port, "#tab=siting&year=2020&facilities=existing");
    browser.waitFor("return document.querySelectorAll('#siting-standard option').length >= 2;");
    select("siting-standard", "health15");
    WebElement k = browser.driver.findElement(By.id("siting-k"));
    k.clear();
    k.sendKeys("2");
    select("siting-method", "greedy");
    browser.driver.findElement(By.id("siting-run")).click();
    browser.waitFor(
        "return location.hash.includes('siting.sites=')"
            + " && !document.getElementById('siting-result').hidden;",
        RESULT_TIMEOUT);
  }

  @Test
  void coverage() throws Exception {
    browser.open(port, "#tab=coverage&standard=health15&method=network&year=2025&facilities=plan");
    sameEverywhere("coverage-result", "覆盖率 Coverage");
  }

  @Test
  void sitingSitesComeBackFromTheLinkAndTheReportEvaluatesThem() throws Exception {
    solveTwoHealthStations();
    assertThat(browser.driver.getCurrentUrl()).contains("siting.standard=health15");
    sameEverywhere("siting-result", "覆盖率 Coverage");
    assertThat(browser.driver.findElements(By.cssSelector(".leaflet-marker-icon.site-marker")))
        .hasSize(2);
  }

  @Test
  void aSavedScenarioIsInTheUrlAndItsReportIsThatScenario() throws Exception {
    solveTwoHealthStations();
    browser.driver.findElement(By.id("login-user")).sendKeys("editor");
    browser.driver.findElement(By.id("login-password")).sendKeys("editor-chegu");
    browser.driver.findElement(By.id("login-submit")).click();
    browser.waitFor("return !!document.getElementById('login-who');");
    browser.driver.findElement(By.id("scenario-name")).sendKeys("report test");
    browser.driver.findElement(By.id("scenario-save")).click();
    browser.waitFor("return /[#&]scenario=\\d+/.test(location.hash);", RESULT_TIMEOUT);
    sameEverywhere("scenario-compare", "Scenario \"report test\"");
  }

  @Test
  void access() throws Exception {
    browser.open(port, "#tab=access&year=2025&facilities=existing");
    select("access-type", "kindergarten");
    browser.driver.findElement(By.id("access-run")).click();
    assertThat(headline("access-result")).isNotEmpty();
    assertThat(browser.driver.getCurrentUrl()).contains("access.type=kindergarten");
    sameEverywhere("access-result", "Median resident (学位 places /千人 per 1,000)");
  }

  @Test
  void compare() throws Exception {
    browser.open(port, "#tab=compare");
    browser.waitFor("return document.querySelectorAll('#cmp-standard option').length >= 2;");
    browser.driver.findElement(By.cssSelector("[data-preset='plan']")).click();
    browser.driver.findElement(By.id("cmp-run")).click();
    assertThat(headline("cmp-result")).isNotEmpty();
    assertThat(browser.driver.getCurrentUrl()).contains("compare.facilitiesB=plan");
    sameEverywhere("cmp-result", "Coverage A → B");
  }

  /** The selected park's row of the Parks table as on screen: name, transit 30 and 45 minutes. */
  private java.util.List<String> selectedParkRow() {
    browser.waitFor(
        "return !!document.querySelector('#parks-table tr.park-row.selected');", RESULT_TIMEOUT);
    // read in one script: the table may be drawn again between a find and a read (stale element)
    @SuppressWarnings("unchecked")
    java.util.List<String> cells =
        (java.util.List<String>)
            browser.js(
                "return [...document.querySelectorAll('#parks-table tr.park-row.selected td')]"
                    + ".slice(0, 3).map(td => td.innerText.trim());");
    return cells;
  }

  @Test
  void parks() throws Exception {
    browser.open(port, "#tab=parks&year=2025&facilities=plan");
    browser.waitFor(
        "return document.querySelectorAll('#parks-table tr.park-row').length >= 2;",
        RESULT_TIMEOUT);
    // a planner picks the second park: the link carries it, with the year and set of the table
    // clicked in the same script that finds the row: the table may be drawn again in between
    browser.js("document.querySelectorAll('#parks-table tr.park-row')[1].click();");
    browser.waitFor("return location.hash.includes('parks.park=');");
    java.util.List<String> screen = selectedParkRow();
    assertThat(screen.get(2)).containsPattern("\\d");
    reopen();
    assertThat(selectedParkRow())
        .as("after opening %s", browser.driver.getCurrentUrl())
        .isEqualTo(screen);
    // the report's parks table: the park's row holds the same transit 30 and 45 figures
    assertThat(squeeze(reportLine(screen.get(0))))
        .as("report row of %s", screen.get(0))
        .contains(squeeze(screen.get(1)) + squeeze(screen.get(2)));
  }

  /** Four or more English words in a row: a sentence, not a code or a unit. */
  private static final java.util.regex.Pattern ENGLISH_SENTENCE =
      java.util.regex.Pattern.compile("[A-Za-z]{2,}(?:[ ,;:()'-]+[A-Za-z]{2,}){3,}");

  private void noEnglishSentence(String css) {
    String text = (String) browser.js("return document.querySelector('" + css + "').textContent;");
    java.util.regex.Matcher m = ENGLISH_SENTENCE.matcher(text);
    assertThat(m.find() ? m.group() : null).as("English server text in %s: %s", css, text).isNull();
  }

  @Test
  void inChineseTheIndicatorAccessAndComparePanelsShowNoEnglishServerSentence() {
    browser.open(port, "#tab=indicators&year=2020&facilities=existing");
    browser.waitFor(
        "return document.querySelectorAll('#indicator-list li.indicator').length >= 8;",
        RESULT_TIMEOUT);
    assertThat(browser.js("return document.documentElement.lang;")).asString().startsWith("zh");
    noEnglishSentence("#indicator-list");
    browser.open(port, "#tab=access&access.type=hospital&year=2020&facilities=existing");
    headline("access-result");
    noEnglishSentence("#access-result");
    browser.open(port, "#tab=compare&compare.facilitiesB=plan&compare.yearB=2020");
    headline("cmp-result");
    noEnglishSentence("#cmp-result");
  }

  /**
   * Print: A4 landscape and portrait each fit on one page and carry the title, the view's headline
   * as on screen, the legend, the scale bar, the north arrow, the data date and the sources. Saves
   * target/screenshots/print-{landscape,portrait}.pdf and .png (pdftoppm) to look at.
   */
  @Test
  void printOnA4LandscapeAndPortraitCarriesTheSheetOnOnePage() throws Exception {
    browser.open(
        port, "#tab=coverage&standard=health15&method=network&year=2020&facilities=existing");
    String head = headline("coverage-result");
    Object screenView =
        browser.js("const m = window.cheguMap.map; return m.getCenter().toString() + m.getZoom();");
    for (String o : new String[] {"landscape", "portrait"}) {
      browser.js("window.cheguMap.outputs.tools.preparePrint('" + o + "');");
      // the map was refitted at the printed size: the zone's box lies inside what prints
      assertThat(
              browser.js(
                  "const m = window.cheguMap.map, v = m.getBounds();"
                      + " const z = L.geoJSON(window.cheguMap.manager.features.get('zone')).getBounds();"
                      + " return v.contains(z) && m.getSize().x > 0;"))
          .as(o + ": the whole zone is on the sheet")
          .isEqualTo(true);
      org.openqa.selenium.print.PrintOptions options = new org.openqa.selenium.print.PrintOptions();
      options.setOrientation(
          o.equals("landscape")
              ? org.openqa.selenium.print.PrintOptions.Orientation.LANDSCAPE
              : org.openqa.selenium.print.PrintOptions.Orientation.PORTRAIT);
      options.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
      options.setBackground(true);
      byte[] pdf =
          java.util.Base64.getDecoder()
              .decode(
                  ((org.openqa.selenium.PrintsPage) browser.driver).print(options).getContent());
      java.nio.file.Files.createDirectories(Browser.SCREENSHOTS);
      java.nio.file.Path file = Browser.SCREENSHOTS.resolve("print-" + o + ".pdf");
      java.nio.file.Files.write(file, pdf);
      new ProcessBuilder(
              "pdftoppm",
              "-png",
              "-r",
              "50",
              "-singlefile",
              file.toString(),
              Browser.SCREENSHOTS.resolve("print-" + o).toString())
          .inheritIO()
          .start()
          .waitFor();
      String text = ReportApiTest.pdfToText(pdf);
      long pages = Arrays.stream(text.split("\f")).filter(p -> !p.isBlank()).count();
      assertThat(pages).as("%s pages:%n%s", o, text).isEqualTo(1);
      assertThat(squeeze(text))
          .as(o)
          .contains("车谷规划一张图")
          .contains(squeeze(head))
          .contains("制图日期")
          .contains("数据来源")
          .contains("N");
      assertThat(text).as(o).containsPattern("\\d+ (k?m)\\b");
      // the legend is printed open, beside the map
      assertThat(browser.js("return document.getElementById('legend-box').open;")).isEqualTo(true);
      browser.js("window.cheguMap.outputs.tools.endPrint();"); // what 'afterprint' does
    }
    assertThat(
            browser.js(
                "const m = window.cheguMap.map; return m.getCenter().toString() + m.getZoom();"))
        .as("the screen's view is back after printing")
        .isEqualTo(screenView);
  }

  /**
   * Phone (390×844): the map tools are one compact row, the header's search leaves 中文/EN whole and
   * apart, and the page has one scroll area (the panel under the map, not the page and not a list
   * inside it). Saves target/screenshots/phone-coverage.png to look at.
   */
  @Test
  void onAPhoneTheToolbarIsOneRowAndTheHeaderDoesNotCrowdTheLanguageSwitch() throws Exception {
    org.openqa.selenium.Dimension desktop = browser.driver.manage().window().getSize();
    try {
      browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
      browser.open(
          port, "#tab=coverage&standard=health15&method=network&year=2020&facilities=existing");
      headline("coverage-result");
      browser.waitFor("return document.body.classList.contains('phone');");
      Number tools =
          (Number)
              browser.js(
                  "return document.querySelector('.map-tools').getBoundingClientRect().height;");
      assertThat(tools.doubleValue()).as("toolbar height").isLessThan(40);
      assertThat(
              browser.js(
                  "const s = document.getElementById('search').getBoundingClientRect();"
                      + " const l = document.getElementById('lang-switch').getBoundingClientRect();"
                      + " const h = document.querySelector('#app-header h1').getBoundingClientRect();"
                      + " return s.right <= l.left && h.right <= s.left && l.right <= innerWidth"
                      + " && [...document.querySelectorAll('#lang-switch button')]"
                      + "   .every(b => b.scrollWidth <= b.clientWidth + 1);"))
          .as("header: title | search | 中文/EN side by side, none clipped")
          .isEqualTo(true);
      assertThat(
              browser.js(
                  "return document.scrollingElement.scrollHeight <= innerHeight + 1"
                      + " && [...document.querySelectorAll('#side-panel *')].every(e =>"
                      + "   !['auto', 'scroll'].includes(getComputedStyle(e).overflowY)"
                      + "   || e.scrollHeight <= e.clientHeight + 1);"))
          .as("one scroll area: the panel")
          .isEqualTo(true);
      browser.screenshot("phone-coverage.png");
    } finally {
      browser.driver.manage().window().setSize(desktop);
    }
  }
}
