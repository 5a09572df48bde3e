package cn.chegu.viewer.web;

import static cn.chegu.viewer.web.ImportRequests.EDITOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.chegu.viewer.tools.ClientCalls;
import cn.chegu.viewer.tools.RequiresTool;
import cn.chegu.viewer.tools.Tool;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * An area's own plan file: {@link AreasApiTest}'s district uploaded with a {@code plan.json} in its
 * zip (or a {@code plan} table in its GeoPackage) answers {@code /api/plan}, {@code
 * /api/indicators} and the {@code sources} of {@code /api/standards} from that file; a broken plan
 * file refuses the upload with every problem and creates nothing; without a plan file the standards
 * quote national sources only; the 车谷 area keeps its own clauses.
 */
@SampleApiTest
class AreaPlanApiTest {

  /** A district plan, small enough to read: two standards, one target, one clause of its own. */
  static final String PLAN =
      """
      {"id": "district-plan", "source": "测试区国土空间规划 (test)",
       "title": {"zh": "测试区规划一张图", "en": "Test district plan viewer"},
       "reportTitle": {"zh": "测试区规划评估报告", "en": "Test district report"},
       "standards": ["health15", "life15"],
       "standardSources": {"health15": {"time": "测试区规划 第3.2条：15分钟社区卫生服务圈"}},
       "indicators": [
         {"code": "health15_circle", "measure": "coverage", "standard": "health15",
          "nameZh": "15分钟社区卫生服务圈覆盖率", "nameEn": "Health circle: residents covered",
          "planRef": "第3.2条", "unit": "%", "target": 80.0, "targetText": "覆盖率达到80%"}]}
      """;

  @Autowired MockMvc mvc;
  private final ObjectMapper json = new ObjectMapper();

  private JsonNode read(ResultActions r) throws Exception {
    return json.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  /** The district's zip with {@code plan} added as {@code docs/plan.json}. */
  static byte[] withPlan(String plan) throws Exception {
    return AreaUploads.districtZipWith("docs/plan.json", plan);
  }

  private ResultActions create(String file, byte[] content) throws Exception {
    return AreaUploads.upload(mvc, file, "application/octet-stream", content, "Test district");
  }

  /**
   * Creates an area from {@code file}, checks its plan ({@link #assertPlanOfTheFile}), deletes it.
   */
  private void assertPlanOfTheUpload(String file, byte[] content) throws Exception {
    String id = read(create(file, content).andExpect(status().isCreated())).get("id").asText();
    try {
      assertPlanOfTheFile(id);
    } finally {
      mvc.perform(delete("/api/areas/" + id).with(EDITOR).with(csrf()));
    }
  }

  private JsonNode standard(String query, String code) throws Exception {
    for (JsonNode s : read(mvc.perform(get("/api/standards" + query)).andExpect(status().isOk()))) {
      if (s.get("code").asText().equals(code)) {
        return s;
      }
    }
    throw new AssertionError("no standard " + code);
  }

  @Test
  void aPlanFileInTheZipIsTheAreasPlan() throws Exception {
    assertPlanOfTheUpload("district.zip", withPlan(PLAN));
  }

  private void assertPlanOfTheFile(String id) throws Exception {
    JsonNode plan = read(mvc.perform(get("/api/plan?area=" + id)).andExpect(status().isOk()));
    assertThat(plan.get("id").asText()).isEqualTo("district-plan");
    assertThat(plan.get("national").asBoolean()).isFalse();
    assertThat(plan.get("title").get("zh").asText()).isEqualTo("测试区规划一张图");
    assertThat(plan.get("standards").toString()).isEqualTo("[\"health15\",\"life15\"]");
    JsonNode indicators = read(mvc.perform(get("/api/indicators?area=" + id)));
    assertThat(indicators.findValuesAsText("code")).containsExactly("health15_circle");
    assertThat(indicators.get(0).get("target").asDouble()).isEqualTo(80.0);
    JsonNode health = standard("?area=" + id, "health15").get("sources");
    assertThat(health.get("time").asText()).isEqualTo("测试区规划 第3.2条：15分钟社区卫生服务圈");
    // fields the plan does not quote keep their national source
    assertThat(health.get("types").asText())
        .isEqualTo(
            "community health service centres and stations (the types this standard counts)");
    assertThat(standard("?area=" + id, "emergency12").get("sources").toString())
        .doesNotContainPattern(AreasApiTest.CHEGU_WORDS)
        .doesNotContain("plan §");
    // the default area is untouched
    assertThat(read(mvc.perform(get("/api/plan"))).get("id").asText())
        .isEqualTo("wedz-14th-five-year-plan");
  }

  @Test
  void withoutAPlanFileTheStandardsQuoteNationalSourcesAndCheguKeepsItsClauses() throws Exception {
    String id =
        read(create("district.zip", AreasApiTest.districtZip()).andExpect(status().isCreated()))
            .get("id")
            .asText();
    try {
      String all =
          read(mvc.perform(get("/api/standards?area=" + id)).andExpect(status().isOk())).toString();
      assertThat(all).doesNotContainPattern(AreasApiTest.CHEGU_WORDS).doesNotContain("plan §");
      assertThat(standard("?area=" + id, "health15").get("sources").get("time").asText())
          .isEqualTo("GB 50180-2018 城市居住区规划设计标准: the 15-minute level's walking time (§2.0.2)");
    } finally {
      mvc.perform(delete("/api/areas/" + id).with(EDITOR).with(csrf()));
    }
    // 车谷 quotes its plan's clauses (gis-data/plan.json standardSources), as before
    JsonNode health = standard("", "health15").get("sources");
    assertThat(health.get("time").asText())
        .isEqualTo("plan §9.3 line 582: \"建成15分钟社区卫生服务圈，实现小病不出社区\"");
    assertThat(health.get("types").asText())
        .isEqualTo("plan §9.3: community health service centres and stations");
    assertThat(standard("", "emergency12").get("sources").get("time").asText())
        .isEqualTo(
            "plan §9.3 line 574: \"打造12分钟急救圈\"; 国卫医发〔2020〕19号 关于进一步完善院前医疗急救服务的指导意见:"
                + " 平均急救反应时间 < 12 分钟");
    assertThat(standard("", "kindergarten5").get("sources").get("time").asText())
        .isEqualTo(
            "GB 50180-2018 城市居住区规划设计标准: kindergartens belong to the 5-minute level (Table 5.0.1)");
  }

  @Test
  void aBrokenPlanFileRefusesTheUploadWithEveryProblemAndCreatesNothing() throws Exception {
    int areas = read(mvc.perform(get("/api/areas"))).size();
    String broken =
        PLAN.replace(
                "\"title\": {\"zh\": \"测试区规划一张图\", \"en\": \"Test district plan viewer\"},", "")
            .replace("\"measure\": \"coverage\"", "\"measure\": \"walking\"")
            .replace("\"standardSources\": {\"health15\"", "\"standardSources\": {\"health99\"");
    JsonNode answer =
        read(create("district.zip", withPlan(broken)).andExpect(status().isUnprocessableEntity()));
    List<String> messages = new ArrayList<>();
    answer.get("problems").forEach(p -> messages.add(p.get("message").asText()));
    assertThat(String.join("\n", messages))
        .contains("title: 'zh' is required")
        .contains("measure 'walking' is not one of");
    JsonNode unknown =
        read(
            create(
                    "district.zip",
                    withPlan(
                        PLAN.replace(
                            "\"standardSources\": {\"health15\"",
                            "\"standardSources\": {\"health99\"")))
                .andExpect(status().isUnprocessableEntity()));
    assertThat(unknown.get("problems").toString())
        .contains("standardSources: 'health99' is not a standard of the catalogue");
    JsonNode notJson =
        read(
            create("district.zip", withPlan("{ not json"))
                .andExpect(status().isUnprocessableEntity()));
    assertThat(notJson.get("problems").get(0).get("message").asText()).contains("not JSON");
    assertThat(read(mvc.perform(get("/api/areas"))).size()).isEqualTo(areas);
  }

  /**
   * A GeoPackage made with GDAL from the district's GeoJSON files, with the plan as a non-spatial
   * table {@code plan} of one row (columns {@code name} and {@code json}, loaded from a CSV: GDAL's
   * CSV reader wants two columns), as a planner would add it with ogr2ogr or QGIS.
   */
  @Test
  @RequiresTool(Tool.GDAL)
  void aPlanTableInTheGeoPackageIsTheAreasPlan(@TempDir Path dir) throws Exception {
    Path gpkg = dir.resolve("district.gpkg");
    boolean first = true;
    try (ZipInputStream in =
        new ZipInputStream(new ByteArrayInputStream(AreasApiTest.districtZip()))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        Path layer = dir.resolve(e.getName());
        Files.write(layer, in.readAllBytes());
        String name = e.getName().replace(".geojson", "");
        List<String> command =
            new ArrayList<>(
                List.of("ogr2ogr", "-f", "GPKG", gpkg.toString(), layer.toString(), "-nln", name));
        if (!first) {
          command.add("-update");
        }
        ClientCalls.run(command);
        first = false;
      }
    }
    Path csv = dir.resolve("plan.csv");
    Files.writeString(
        csv,
        "name,json\nplan,\"" + PLAN.strip().replace("\"", "\"\"") + "\"\n",
        StandardCharsets.UTF_8);
    ClientCalls.run(
        List.of(
            "ogr2ogr", "-f", "GPKG", "-update", gpkg.toString(), csv.toString(), "-nln", "plan"));
    assertPlanOfTheUpload("district.gpkg", Files.readAllBytes(gpkg));
  }
}
