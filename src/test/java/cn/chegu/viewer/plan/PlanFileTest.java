package cn.chegu.viewer.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The plan file format: the shipped 车谷 plan reads, broken files name every problem. */
class PlanFileTest {

  private static Plan read(String json) {
    return PlanFile.read("plan.json", json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theShippedPlanOfCheguReads() throws Exception {
    Plan plan = PlanFile.read("plan.json", Files.readAllBytes(Path.of("gis-data/plan.json")));
    assertThat(plan.national()).isFalse();
    assertThat(plan.title().zh()).startsWith("车谷规划一张图");
    assertThat(plan.layerGroups()).extracting(Plan.Label::key).startsWith("layout", "parks");
    assertThat(plan.legend()).extracting(Plan.Label::key).contains("toggle.axis");
    PlanIndicator health = plan.indicators().get(0);
    assertThat(health.code()).isEqualTo("health15_circle");
    assertThat(health.measure()).isEqualTo(PlanIndicator.Measure.COVERAGE);
    assertThat(health.standard()).isEqualTo("health15");
    assertThat(health.target()).isEqualTo(100.0);
    assertThat(health.planRef()).isEqualTo("§9.3");
    assertThat(plan.indicators())
        .filteredOn(i -> i.code().equals("physicians_per_1000"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.baseline()).isEqualTo(2.81);
              assertThat(i.target()).isEqualTo(4.7);
              assertThat(i.measure()).isEqualTo(PlanIndicator.Measure.NONE);
              assertThat(i.needs()).contains("health commission");
            });
  }

  @Test
  void aMinimalPlanReads() {
    Plan plan =
        read(
            """
            {"id": "p", "title": {"zh": "甲", "en": "A"}, "reportTitle": {"zh": "乙", "en": "B"},
             "standards": ["park10"],
             "indicators": [{"code": "parks", "measure": "coverage", "standard": "park10",
               "nameZh": "公园", "nameEn": "Parks", "planRef": "§1", "unit": "%",
               "target": 90, "targetText": "九成"}]}
            """);
    assertThat(plan.indicators()).singleElement().extracting(PlanIndicator::target).isEqualTo(90.0);
    assertThat(plan.layerGroups()).isEmpty();
    assertThat(plan.populationNote()).isEmpty();
  }

  @Test
  void everyProblemOfABrokenFileIsNamed() {
    assertThatThrownBy(
            () ->
                read(
                    """
                    {"id": "p", "title": {"zh": "甲"},
                     "standards": [3],
                     "indicators": [
                       {"code": "a", "measure": "coverage", "nameZh": "a", "nameEn": "a",
                        "planRef": "§1", "unit": "%", "targetText": "t"},
                       {"code": "b", "measure": "guess", "nameZh": "b", "nameEn": "b",
                        "planRef": "§1", "unit": "%", "targetText": "t", "target": "high"},
                       {"code": "c", "measure": "none", "nameZh": "c", "nameEn": "c",
                        "planRef": "§1", "unit": "%", "targetText": "t"}]}
                    """))
        .isInstanceOfSatisfying(
            InvalidPlanException.class,
            e ->
                assertThat(e.problems())
                    .containsExactlyInAnyOrder(
                        "title: 'en' is required",
                        "reportTitle: 'zh' is required",
                        "reportTitle: 'en' is required",
                        "standards: 3 is not a standard code",
                        "indicators[0]: 'standard' is required",
                        "indicators[1]: measure 'guess' is not one of [coverage, facility_count,"
                            + " metro_catchment, station_area, kindergarten_places, none]",
                        "indicators[1]: 'target' must be a number or null, was \"high\"",
                        "indicators[2]: 'needs' is required"));
    assertThatThrownBy(() -> read("[1]"))
        .isInstanceOf(InvalidPlanException.class)
        .hasMessage("plan.json: not a JSON object");
    assertThatThrownBy(() -> read("{"))
        .isInstanceOf(InvalidPlanException.class)
        .hasMessageStartingWith("plan.json: not JSON");
  }

  @Test
  void theNationalPlanHasTheLifeCirclesAndNoTargets() {
    Plan plan = Plan.national("荆州测试区");
    assertThat(plan.national()).isTrue();
    assertThat(plan.title()).isEqualTo(new Plan.Text("荆州测试区 · 规划一张图", "Planning viewer — 荆州测试区"));
    assertThat(plan.indicators())
        .extracting(PlanIndicator::standard)
        .containsExactly("life15", "park10", "kindergarten5");
    assertThat(plan.indicators()).allSatisfy(i -> assertThat(i.target()).isNull());
    assertThat(plan.standards()).containsExactly("life15", "park10", "kindergarten5");
  }
}
