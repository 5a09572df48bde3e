package cn.chegu.viewer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * README's "OpenStreetMap highway → class" table is the code's {@link OsmRoads#HIGHWAYS}: the rows
 * are rebuilt here from the table (values with the same rule on one row, in its order) and must
 * appear in README as they are.
 */
class OsmHighwayTableTest {

  @org.junit.jupiter.api.Test
  void readmeListsTheTableTheImporterUses() throws Exception {
    List<String> rows = new ArrayList<>();
    rows.add("| OSM `highway` | `class` | walkers | motor vehicles |");
    rows.add("|---|---|---|---|");
    List<String> values = new ArrayList<>();
    OsmRoads.HighwayRule current = null;
    for (Map.Entry<String, OsmRoads.HighwayRule> e : OsmRoads.HIGHWAYS.entrySet()) {
      if (current != null && !current.equals(e.getValue())) {
        rows.add(row(values, current));
        values.clear();
      }
      current = e.getValue();
      values.add("`" + e.getKey() + "`");
    }
    rows.add(row(values, current));
    rows.add(
        "| any other value (`platform`, `construction`, `proposed`, `corridor` …) | skipped and counted | | |");
    String readme = Files.readString(Path.of("README.md"));
    assertThat(readme).contains(String.join("\n", rows) + "\n");
  }

  private static String row(List<String> values, OsmRoads.HighwayRule rule) {
    return "| "
        + String.join(", ", values)
        + " | "
        + rule.roadClass()
        + " | "
        + (rule.foot() ? "yes" : "no")
        + " | "
        + (rule.motor() ? "yes" : "no")
        + " |";
  }
}
