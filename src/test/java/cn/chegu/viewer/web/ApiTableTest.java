package cn.chegu.viewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The README's API tables against the OpenAPI document the application serves ({@code
 * /v3/api-docs}): every {@code /api} operation is listed exactly once, every call listed exists,
 * and every JSON answer of an {@code /api} operation names its fields.
 *
 * <p>A README call is a code span {@code `METHOD /path…`} at the start of a table cell or after
 * {@code ", "} in the first column; the query string and a JSON body after it are ignored.
 */
@SampleApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTableTest {

  /** A call in the first column of a README table row. */
  static final Pattern CALL =
      Pattern.compile("(?:^\\|\\s*|,\\s*)`(GET|POST|PUT|DELETE|PATCH) (/[^`?\\s]*)");

  /**
   * Spring Security's form endpoints: real, documented in the README, but served by a filter, not a
   * controller, so springdoc does not list them.
   */
  static final Set<String> FILTER_ENDPOINTS = Set.of("POST /api/login", "POST /api/logout");

  /**
   * JSON answers still built as maps, so the OpenAPI document says only "object": the siting
   * answers, which issue 21 (siting) turns into records. The test fails when this list is not
   * exactly the vague answers — a new one, or one of these fixed and still listed.
   */
  static final Set<String> VAGUE_FOR_NOW = Set.of();

  @Autowired MockMvc mvc;

  private JsonNode doc;
  private List<String> readme;

  @BeforeAll
  void read() throws Exception {
    doc = ApiCalls.okJson(mvc, "/v3/api-docs");
    readme = readmeCalls(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
  }

  /** The calls of the README's table rows, in order, with repeats. */
  static List<String> readmeCalls(String markdown) {
    List<String> out = new ArrayList<>();
    for (String line : markdown.split("\n")) {
      if (!line.startsWith("|")) {
        continue;
      }
      String firstColumn = line.substring(0, firstCellEnd(line));
      Matcher m = CALL.matcher(firstColumn);
      while (m.find()) {
        out.add(m.group(1) + " " + m.group(2));
      }
    }
    return out;
  }

  /** Where the first cell ends: the first {@code |} after the opening one that is not escaped. */
  private static int firstCellEnd(String line) {
    for (int i = 1; i < line.length(); i++) {
      if (line.charAt(i) == '|' && line.charAt(i - 1) != '\\') {
        return i;
      }
    }
    return line.length();
  }

  @Test
  void theReadmeParserFindsEveryCallOfARow() {
    assertThat(
            readmeCalls(
                "| `POST /api/s` `{a\\|b}`, `GET /api/s`, `GET /api/s/{id}` | `GET /api/not` |\n"
                    + "| `GET /api/x?y=1\\|2` | z |\n| `life15` | 1 |"))
        .containsExactly("POST /api/s", "GET /api/s", "GET /api/s/{id}", "GET /api/x");
  }

  @Test
  void everyApiOperationIsListedExactlyOnce() {
    Set<String> operations = apiOperations();
    assertThat(operations).as("/api operations in /v3/api-docs").hasSizeGreaterThan(20);
    Map<String, Integer> listed = new LinkedHashMap<>();
    for (String call : readme) {
      listed.merge(call, 1, Integer::sum);
    }
    List<String> twice =
        listed.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    assertThat(twice).as("README calls listed more than once").isEmpty();
    Set<String> missing = new TreeSet<>(operations);
    missing.removeAll(listed.keySet());
    assertThat(missing).as("/api operations the README does not list").isEmpty();
  }

  @Test
  void everyListedCallExists() {
    Set<String> operations = apiOperations();
    Set<String> unknown = new TreeSet<>();
    for (String call : readme) {
      if (call.split(" ")[1].startsWith("/api/") && !operations.contains(call)) {
        unknown.add(call);
      }
    }
    unknown.removeAll(FILTER_ENDPOINTS);
    assertThat(unknown).as("README calls the application does not serve").isEmpty();
    assertThat(operations)
        .as("filter endpoints are not controllers")
        .doesNotContainAnyElementsOf(FILTER_ENDPOINTS);
  }

  @Test
  void everyJsonAnswerOfAnApiOperationNamesItsFields() {
    Set<String> vague = new TreeSet<>();
    int checked = 0;
    Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      if (!path.getKey().startsWith("/api/")) {
        continue;
      }
      Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
      while (ops.hasNext()) {
        Map.Entry<String, JsonNode> op = ops.next();
        JsonNode ok = op.getValue().path("responses").path("200");
        if (ok.isMissingNode()) {
          ok = op.getValue().path("responses").path("201");
        }
        Iterator<Map.Entry<String, JsonNode>> content = ok.path("content").fields();
        while (content.hasNext()) {
          Map.Entry<String, JsonNode> c = content.next();
          JsonNode schema = resolve(c.getValue().path("schema"));
          if ("string".equals(schema.path("type").asText())) {
            continue; // a file (the report), not JSON
          }
          checked++;
          if ("array".equals(schema.path("type").asText())) {
            schema = resolve(schema.path("items"));
          }
          if (!schema.path("properties").isObject() || schema.path("properties").isEmpty()) {
            vague.add(op.getKey().toUpperCase() + " " + path.getKey());
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(20);
    assertThat(vague).as("JSON answers documented without their fields").isEqualTo(VAGUE_FOR_NOW);
  }

  private JsonNode resolve(JsonNode schema) {
    while (schema.has("$ref")) {
      String name = schema.get("$ref").asText().replaceFirst("^#/components/schemas/", "");
      schema = doc.path("components").path("schemas").path(name);
    }
    return schema;
  }

  /** {@code METHOD /path} of every operation under {@code /api/}. */
  private Set<String> apiOperations() {
    Set<String> out = new TreeSet<>();
    Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      if (!path.getKey().startsWith("/api/")) {
        continue;
      }
      path.getValue()
          .fieldNames()
          .forEachRemaining(m -> out.add(m.toUpperCase() + " " + path.getKey()));
    }
    return out;
  }
}
