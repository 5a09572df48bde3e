package cn.chegu.viewer.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a plan file ({@code plan.json}; the format is documented in {@code gis-data/README.md}).
 *
 * <p>All problems are collected and reported together, so a planner fixes the file in one pass:
 * missing titles, an indicator without code or with an unknown {@code measure}, a coverage
 * indicator without {@code standard}, a duplicate code, a non-numeric target, a {@code
 * standardSources} entry that is not an object of texts.
 */
public final class PlanFile {

  /** The file name an area's plan is read from. */
  public static final String NAME = "plan.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private PlanFile() {}

  /**
   * The plan in {@code bytes}.
   *
   * @param file the file's name for messages
   * @throws InvalidPlanException when the file is not a usable plan
   */
  public static Plan read(String file, byte[] bytes) {
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new InvalidPlanException(file, List.of("not JSON: " + e.getOriginalMessage()));
    } catch (IOException e) {
      throw new InvalidPlanException(file, List.of("cannot be read: " + e.getMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new InvalidPlanException(file, List.of("not a JSON object"));
    }
    List<String> problems = new ArrayList<>();
    String id = text(root, "id", "", problems, true);
    Plan.Text title = bilingual(root, "title", problems);
    Plan.Text reportTitle = bilingual(root, "reportTitle", problems);
    JsonNode notes = root.path("notes");
    List<Plan.Label> groups = labels(root, "layerGroups", "id", problems);
    List<Plan.Label> legend = labels(root, "legend", "key", problems);
    List<String> standards = new ArrayList<>();
    for (JsonNode s : array(root, "standards", problems)) {
      if (!s.isTextual() || s.asText().isBlank()) {
        problems.add("standards: " + s + " is not a standard code");
      } else {
        standards.add(s.asText());
      }
    }
    List<PlanIndicator> indicators = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    JsonNode list = array(root, "indicators", problems);
    for (int i = 0; i < list.size(); i++) {
      PlanIndicator indicator = indicator(list.get(i), "indicators[" + i + "]", problems);
      if (indicator != null && !codes.add(indicator.code())) {
        problems.add("indicators[" + i + "]: code " + indicator.code() + " appears twice");
      } else if (indicator != null) {
        indicators.add(indicator);
      }
    }
    Map<String, Map<String, String>> sources = standardSources(root, "standardSources", problems);
    Map<String, Map<String, String>> sourcesZh =
        standardSources(root, "standardSourcesZh", problems);
    if (!problems.isEmpty()) {
      throw new InvalidPlanException(file, problems);
    }
    if (Plan.NATIONAL_ID.equals(id)) {
      throw new InvalidPlanException(file, List.of("id '" + id + "' is reserved"));
    }
    return new Plan(
        id,
        root.path("source").asText(""),
        title,
        reportTitle,
        notes.path("population").asText(""),
        notes.path("indicators").asText(""),
        groups,
        legend,
        standards,
        indicators,
        sources,
        sourcesZh);
  }

  /**
   * The optional {@code standardSources}: standard code → field → the plan's clause, e.g. {@code
   * {"health15": {"time": "plan §9.3 …"}}}.
   */
  private static Map<String, Map<String, String>> standardSources(
      JsonNode root, String name, List<String> problems) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    JsonNode n = root.path(name);
    if (n.isMissingNode() || n.isNull()) {
      return out;
    }
    if (!n.isObject()) {
      problems.add(name + ": an object of standard codes is required");
      return out;
    }
    n.fields()
        .forEachRemaining(
            e -> {
              if (!e.getValue().isObject()) {
                problems.add(name + "." + e.getKey() + ": an object of texts is required");
                return;
              }
              Map<String, String> fields = new LinkedHashMap<>();
              e.getValue()
                  .fields()
                  .forEachRemaining(
                      f -> {
                        if (!f.getValue().isTextual() || f.getValue().asText().isBlank()) {
                          problems.add(
                              name + "." + e.getKey() + "." + f.getKey() + ": must be a text");
                        } else {
                          fields.put(f.getKey(), f.getValue().asText());
                        }
                      });
              out.put(e.getKey(), fields);
            });
    return out;
  }

  private static PlanIndicator indicator(JsonNode n, String where, List<String> problems) {
    if (!n.isObject()) {
      problems.add(where + ": not an object");
      return null;
    }
    int before = problems.size();
    String code = text(n, "code", where, problems, true);
    String measureName = n.path("measure").asText("");
    PlanIndicator.Measure measure = PlanIndicator.Measure.of(measureName);
    if (measure == null) {
      List<String> known = new ArrayList<>();
      for (PlanIndicator.Measure m : PlanIndicator.Measure.values()) {
        known.add(m.code());
      }
      problems.add(where + ": measure '" + measureName + "' is not one of " + known);
    }
    String standard =
        text(n, "standard", where, problems, measure == PlanIndicator.Measure.COVERAGE);
    List<String> types = new ArrayList<>();
    n.path("types").forEach(t -> types.add(t.asText()));
    if (measure == PlanIndicator.Measure.FACILITY_COUNT && types.isEmpty()) {
      problems.add(where + ": measure facility_count needs facility 'types'");
    }
    String needs =
        text(
            n,
            "needs",
            where,
            problems,
            measure == PlanIndicator.Measure.NONE
                || measure == PlanIndicator.Measure.KINDERGARTEN_PLACES);
    PlanIndicator indicator =
        new PlanIndicator(
            code == null ? "" : code,
            measure == null ? PlanIndicator.Measure.NONE : measure,
            standard,
            types,
            text(n, "nameZh", where, problems, true),
            text(n, "nameEn", where, problems, true),
            text(n, "planRef", where, problems, true),
            text(n, "unit", where, problems, true),
            number(n, "baseline", where, problems),
            number(n, "target", where, problems),
            text(n, "targetText", where, problems, true),
            needs,
            text(n, "needsZh", where, problems, false));
    return problems.size() == before ? indicator : null;
  }

  private static Plan.Text bilingual(JsonNode root, String field, List<String> problems) {
    String zh = text(root.path(field), "zh", field, problems, true);
    String en = text(root.path(field), "en", field, problems, true);
    return new Plan.Text(zh == null ? "" : zh, en == null ? "" : en);
  }

  private static List<Plan.Label> labels(
      JsonNode root, String field, String keyField, List<String> problems) {
    List<Plan.Label> out = new ArrayList<>();
    JsonNode list = root.path(field);
    if (list.isMissingNode() || list.isNull()) {
      return out;
    }
    if (!list.isArray()) {
      problems.add(field + ": not a list");
      return out;
    }
    for (int i = 0; i < list.size(); i++) {
      String where = field + "[" + i + "]";
      String key = text(list.get(i), keyField, where, problems, true);
      String zh = text(list.get(i), "zh", where, problems, true);
      String en = text(list.get(i), "en", where, problems, true);
      out.add(new Plan.Label(key, zh, en));
    }
    return out;
  }

  private static JsonNode array(JsonNode root, String field, List<String> problems) {
    JsonNode n = root.path(field);
    if (!n.isArray()) {
      problems.add(field + ": a list is required");
      return JSON.createArrayNode();
    }
    return n;
  }

  private static String text(
      JsonNode n, String field, String where, List<String> problems, boolean required) {
    JsonNode v = n.path(field);
    if (v.isMissingNode() || v.isNull()) {
      if (required) {
        problems.add((where.isEmpty() ? "" : where + ": ") + "'" + field + "' is required");
      }
      return null;
    }
    if (!v.isTextual() || (required && v.asText().isBlank())) {
      problems.add((where.isEmpty() ? "" : where + ": ") + "'" + field + "' must be a text");
      return null;
    }
    return v.asText();
  }

  private static Double number(JsonNode n, String field, String where, List<String> problems) {
    JsonNode v = n.path(field);
    if (v.isMissingNode() || v.isNull()) {
      return null;
    }
    if (!v.isNumber()) {
      problems.add(where + ": '" + field + "' must be a number or null, was " + v);
      return null;
    }
    return v.asDouble();
  }
}
