package cn.chegu.viewer.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.chegu.viewer.io.SourceFeature;
import cn.chegu.viewer.io.SourceLayer;
import cn.chegu.viewer.store.StoredFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

/**
 * A census table joined to two admin units by exact name, then spread (by pencil):
 *
 * <pre>
 *   y=1 +------+------+------+------+
 *       |  c1  |  c2  |  c3  |  c4  |
 *       |  30  |  10  |  20  |  20  |
 *   y=0 +------+------+------+------+
 *       x=0    1      2      3      4
 *       '--- 甲街道 ---'--- 乙街道 ---'
 * </pre>
 *
 * Table 甲街道 "1,000" (thousands separator), 乙街道 7: 甲's 1000 go 30:10 → 750, 250; 乙's 7 go 20:20 →
 * 3.5, 3.5 → floors 3, 3, the one left to the earlier cell on a tie: 4, 3.
 */
class CensusTableTest {

  private static final WKTReader WKT = new WKTReader();

  private static StoredFeature unit(String id, String name, int x0) throws Exception {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("name_zh", name);
    return new StoredFeature(
        "subdistricts",
        id,
        WKT.read(
            String.format("POLYGON ((%d 0, %d 0, %d 1, %d 1, %d 0))", x0, x0 + 2, x0 + 2, x0, x0)),
        p);
  }

  private static StoredFeature cell(String id, int x, long residents) throws Exception {
    return new StoredFeature(
        "population",
        id,
        WKT.read(String.format("POLYGON ((%d 0, %d 0, %d 1, %d 1, %d 0))", x, x + 1, x + 1, x, x)),
        Map.of("residents", residents));
  }

  private static SourceLayer table(String... rows) {
    List<SourceFeature> features = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      String[] c = rows[i].split(";", -1);
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("街道", c[0].isEmpty() ? null : c[0]);
      p.put("常住人口", c[1].isEmpty() ? null : c[1]);
      features.add(new SourceFeature(i + 1, null, null, p));
    }
    return new SourceLayer("census.csv", "CSV", null, features, List.of());
  }

  private static List<StoredFeature> units() throws Exception {
    return List.of(unit("a", "甲街道", 0), unit("b", "乙街道", 2));
  }

  @Test
  void namesJoinExactlyAndTheTotalsSpreadByWeight() throws Exception {
    List<String> warnings = new ArrayList<>();
    CensusTable.Joined joined =
        CensusTable.join(table("甲街道;1,000", "乙街道;7"), ColumnMapping.parse(null), units(), warnings);
    assertThat(joined.unnamed()).isEmpty();
    assertThat(warnings.get(0)).contains("by exact name_zh ('街道', '常住人口'): 2 of 2 units named");
    List<StoredFeature> cells =
        List.of(cell("c1", 0, 30), cell("c2", 1, 10), cell("c3", 2, 20), cell("c4", 3, 20));
    Dasymetric.Result r = Dasymetric.spread(joined.units(), cells);
    assertThat(r.cells().stream().map(c -> c.properties().get("residents")).toList())
        .containsExactly(750L, 250L, 4L, 3L);
  }

  @Test
  void aUnitTheTableDoesNotNameKeepsItsCellsAndIsSaid() throws Exception {
    List<String> warnings = new ArrayList<>();
    CensusTable.Joined joined =
        CensusTable.join(table("甲街道;1000"), ColumnMapping.parse(null), units(), warnings);
    assertThat(joined.unnamed()).containsExactly("乙街道");
    assertThat(warnings.get(0)).contains("not in the table, cells kept as they were: [乙街道]");
  }

  @Test
  void everyBadRowIsListedAndNothingIsJoined() throws Exception {
    assertThatThrownBy(
            () ->
                CensusTable.join(
                    table("甲街道;1000", "甲 街道;5", "乙;3", "甲街道;9", "乙街道;-1", ";4"),
                    ColumnMapping.parse(null),
                    units(),
                    new ArrayList<>()))
        .isInstanceOfSatisfying(
            ImportRejectedException.class,
            e ->
                assertThat(e.errors().stream().map(ImportProblem::message).toList())
                    .containsExactly(
                        "'甲 街道' matches no admin unit of the area (exact name; units: [甲街道,"
                            + " 乙街道])",
                        "'乙' matches no admin unit of the area (exact name; units: [甲街道, 乙街道])",
                        "'甲街道' is also on row 1 of the table",
                        "'-1' is not a whole number of residents ≥ 0",
                        "no admin unit name"));
  }

  @Test
  void mappingNamesTheColumnsAndAnAreaWithoutUnitsIsRefused() throws Exception {
    SourceLayer t =
        new SourceLayer(
            "c.csv",
            "CSV",
            null,
            List.of(new SourceFeature(1, null, null, Map.of("单位", "甲街道", "2020年", "12"))),
            List.of());
    List<String> warnings = new ArrayList<>();
    CensusTable.Joined joined =
        CensusTable.join(
            t,
            ColumnMapping.parse("{\"columns\":{\"name_zh\":\"单位\",\"residents\":\"2020年\"}}"),
            units(),
            warnings);
    assertThat(joined.units().get(0).properties()).containsEntry("residents", 12L);
    assertThatThrownBy(
            () -> CensusTable.join(t, ColumnMapping.parse(null), List.of(), new ArrayList<>()))
        .hasMessageContaining("no admin units");
    assertThatThrownBy(() -> CensusTable.join(t, ColumnMapping.parse(null), units(), warnings))
        .hasMessageContaining("needs a name column");
  }
}
