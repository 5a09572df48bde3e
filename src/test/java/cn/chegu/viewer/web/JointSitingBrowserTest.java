package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Joint and phased siting in the Siting tab, in real headless Chromium (zh): the planner picks the
 * health circle (two types), two phases (2020 budget 2, 2025 budget 1) and a 5 s limit; the panel
 * shows exactly the figures of the answer the page received from {@code POST /api/siting/joint}
 * (status, objective, gap, newly covered, per phase covered, the separate comparison, one marker
 * per site in its type's colour with its phase's number); the link recounts to the same figures
 * through {@code POST /api/siting/joint/evaluate}; a reload restores the form and the sites; saved
 * as a scenario, the scenario recomputes the same newly covered residents. Saves {@code
 * target/screenshots/joint-siting-*.png} (desktop and phone 390×844).
 */
@BrowserTestBase.Language("zh-CN")
class JointSitingBrowserTest extends BrowserTestBase {

  private Object js(String script) {
    return browser.js(script);
  }

  private void waitFor(String script, Duration timeout) {
    browser.waitFor(script, timeout);
  }

  private static String count(Number n) {
    return String.format(Locale.US, "%,d", n.longValue());
  }

  private String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText().trim();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aPhasedJointAnswerShowsTheApisFiguresMarksEachSiteAndSurvivesAReload() throws IOException {
    browser.open(port, "#tab=siting");
    driver.findElement(By.cssSelector("input[name='siting-mode'][value='joint']")).click();
    waitFor("return !document.getElementById('siting-joint').hidden;", Duration.ofSeconds(5));
    waitFor(
        "return document.querySelectorAll('#joint-standard option').length > 0;",
        Duration.ofSeconds(15));
    new Select(driver.findElement(By.id("joint-standard"))).selectByValue("health15");
    // one cost row per type of the standard
    assertThat(driver.findElements(By.cssSelector(".joint-cost")))
        .extracting(e -> e.getDomAttribute("data-type"))
        .containsExactly("community_health_center", "community_health_station");
    WebElement time = driver.findElement(By.id("joint-time"));
    time.clear();
    time.sendKeys("5");
    driver.findElement(By.id("joint-phased")).click(); // first phase: 2020, the budget field's 4
    driver.findElement(By.id("joint-phase-add")).click(); // second: 2025, budget 1
    WebElement first = driver.findElement(By.cssSelector("#joint-phases .joint-phase-budget"));
    first.clear();
    first.sendKeys("2");
    first.sendKeys(org.openqa.selenium.Keys.TAB);
    waitFor(
        "return location.hash.includes('joint.phases=2020:2,2025:1')"
            + " && location.hash.includes('joint.time=5');",
        Duration.ofSeconds(5));

    // what the page receives from the API, recorded beside the panel
    js(
        "window.jointAnswer = null; const f = window.fetch; window.fetch = async (...a) => {"
            + " const r = await f(...a); if (String(a[0]).split('?')[0].endsWith('/api/siting/joint'))"
            + " r.clone().json().then(j => { window.jointAnswer = j; }); return r; };");
    driver.findElement(By.id("joint-run")).click();
    waitFor(
        "const r = document.getElementById('joint-result');"
            + " return !!window.jointAnswer && !r.hidden && !!r.dataset.status;",
        Duration.ofSeconds(60));
    Map<String, Object> a = (Map<String, Object>) js("return window.jointAnswer;");
    String status = (String) a.get("status");
    assertThat(status).isIn("OPTIMAL", "FEASIBLE");
    assertThat(js("return document.getElementById('joint-result').dataset.status;"))
        .isEqualTo(status);
    assertThat(text("#joint-result .headline .status"))
        .isEqualTo(status.equals("OPTIMAL") ? "最优（已证明）" : "可行（未证明最优）");
    long newly = ((Number) a.get("newlyCoveredResidents")).longValue();
    assertThat(newly).isPositive();
    assertThat(text(".joint-newly")).isEqualTo("+" + count(newly));
    assertThat(text(".joint-objective")).isEqualTo(count((Number) a.get("objective")));
    double gap = ((Number) a.get("gap")).doubleValue();
    assertThat(text(".joint-gap")).isEqualTo(String.format(Locale.ROOT, "%.2f%%", gap * 100));
    if (a.get("separate") != null) {
      Map<String, Object> sep = (Map<String, Object>) a.get("separate");
      assertThat(text(".joint-separate"))
          .isEqualTo("+" + count((Number) sep.get("newlyCoveredResidents")));
    }
    List<Map<String, Object>> phases = (List<Map<String, Object>>) a.get("phases");
    assertThat(phases).hasSize(2);
    List<WebElement> rows = driver.findElements(By.cssSelector(".joint-phase-table tbody tr"));
    assertThat(rows).hasSize(2);
    for (int i = 0; i < 2; i++) {
      assertThat(rows.get(i).getDomAttribute("data-year"))
          .isEqualTo(String.valueOf(phases.get(i).get("year")));
      assertThat(rows.get(i).getDomAttribute("data-covered"))
          .isEqualTo(String.valueOf(phases.get(i).get("coveredResidents")));
    }
    // each site: a marker in its type's facility colour, numbered by its phase (1 = 2020)
    List<Map<String, Object>> sites = (List<Map<String, Object>>) a.get("sites");
    assertThat(sites).isNotEmpty();
    List<List<String>> marks =
        (List<List<String>>)
            js(
                "const out = []; window.cheguMap.siting.joint.markers.eachLayer(m => {"
                    + " const s = m.getElement().querySelector('span');"
                    + " out.push([s.style.backgroundColor, s.textContent]); }); return out;");
    assertThat(marks).hasSize(sites.size());
    Map<String, String> colour =
        Map.of(
            "community_health_center", "rgb(244, 109, 109)",
            "community_health_station", "rgb(249, 168, 168)");
    for (int i = 0; i < sites.size(); i++) {
      Map<String, Object> s = sites.get(i);
      assertThat(marks.get(i).get(0)).isEqualTo(colour.get((String) s.get("type")));
      int year = ((Number) s.get("phase")).intValue();
      assertThat(marks.get(i).get(1)).isEqualTo(year == 2020 ? "1" : "2");
    }
    assertThat(driver.findElements(By.cssSelector(".joint-legend .swatch"))).isNotEmpty();
    String hash = (String) js("return location.hash;");
    assertThat(hash).contains("siting.mode=joint").contains("joint.sites=");
    js("document.querySelector('.joint-figures').scrollIntoView();");
    browser.screenshot("joint-siting-desktop.png");

    // the link's sites, recounted by the API without a solve, give the answer's figures
    Number recounted =
        (Number)
            js(
                "const v = window.cheguMap.view.get(); const x = new XMLHttpRequest();"
                    + " x.open('POST', '/api/siting/joint/evaluate', false);"
                    + " x.setRequestHeader('Content-Type', 'application/json');"
                    + " x.send(JSON.stringify({standard: 'health15', facilities: 'existing',"
                    + " phases: [{year: 2020, budget: 2}, {year: 2025, budget: 1}],"
                    + " sites: v['joint.sites'].map(k => { const p = k.split(':');"
                    + " return {type: p[0], lon: +p[1], lat: +p[2], phase: +p[3]}; })}));"
                    + " return JSON.parse(x.responseText).newlyCoveredResidents;");
    assertThat(recounted.longValue()).isEqualTo(newly);

    // a reload restores the form and the sites, recounted (no proof is claimed for them)
    driver.navigate().refresh();
    waitFor(
        "return !!(window.cheguMap && window.cheguMap.ready && window.cheguMap.outputs)"
            + " && document.getElementById('joint-result').dataset.status === 'RESTORED';",
        Browser.LOAD_TIMEOUT);
    assertThat(text(".joint-newly")).isEqualTo("+" + count(newly));
    assertThat(driver.findElements(By.cssSelector(".joint-objective"))).isEmpty();
    assertThat(
            new Select(driver.findElement(By.id("joint-standard")))
                .getFirstSelectedOption()
                .getDomAttribute("value"))
        .isEqualTo("health15");
    assertThat(driver.findElements(By.cssSelector("#joint-phases tr"))).hasSize(2);
    assertThat(driver.findElement(By.id("joint-time")).getDomProperty("value")).isEqualTo("5");
    rows = driver.findElements(By.cssSelector(".joint-phase-table tbody tr"));
    for (int i = 0; i < 2; i++) {
      assertThat(rows.get(i).getDomAttribute("data-covered"))
          .isEqualTo(String.valueOf(phases.get(i).get("coveredResidents")));
    }
    assertThat(
            ((Number) js("return window.cheguMap.siting.joint.markers.getLayers().length;"))
                .intValue())
        .isEqualTo(sites.size());

    // saved as a scenario (editor), the scenario recomputes the claim
    if (driver.findElements(By.id("login-who")).isEmpty()) {
      driver.findElement(By.id("login-user")).sendKeys("editor");
      driver.findElement(By.id("login-password")).sendKeys("editor-chegu");
      driver.findElement(By.id("login-submit")).click();
      waitFor("return !!document.getElementById('login-who');", Duration.ofSeconds(15));
    }
    driver.findElement(By.id("joint-save")).click();
    waitFor(
        "return !!document.getElementById('joint-save-message').dataset.gained;",
        Duration.ofSeconds(30));
    assertThat(js("return document.getElementById('joint-save-message').dataset.gained;"))
        .isEqualTo(String.valueOf(newly));

    try {
      driver.manage().window().setSize(new Dimension(390, 844));
      js("document.getElementById('panel-toggle').click();");
      js("document.getElementById('joint-result').scrollIntoView();");
      browser.screenshot("joint-siting-phone.png");
      // the phone layout keeps the figures inside the screen's width
      assertThat(
              js(
                  "return document.querySelector('.joint-phase-table').getBoundingClientRect().right"
                      + " <= window.innerWidth + 1;"))
          .isEqualTo(true);
    } finally {
      driver.manage().window().setSize(new Dimension(1400, 900));
    }
  }
}
