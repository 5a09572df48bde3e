package cn.chegu.viewer.imports;

import cn.chegu.viewer.io.SourceFeature;
import cn.chegu.viewer.io.SourceLayer;
import cn.chegu.viewer.store.StoredFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Census totals as a bureau publishes them — a CSV/XLSX table of admin unit name (街道/乡镇) and
 * population, no geometry — joined to the area's admin units (layer {@code subdistricts}) by
 * <b>exact name</b>: a row's name must equal a unit's {@code name_zh} character for character
 * (cells are trimmed of surrounding blanks; no suffix such as 街道 is added or dropped, no similarity
 * guessed). Every row must match one unit; a name matching none, a name twice in the table, a unit
 * name held by two units of the area, or a population that is not a whole number ≥ 0 refuses the
 * import with every such row listed (422, nothing written). Units the table does not name keep
 * their cells' residents and are named in a warning. The joined units then carry the census totals
 * into {@link Dasymetric}.
 *
 * <p>Columns: the name from {@code name_zh}, {@code name}, {@code 街道}, {@code 街道名称}, {@code 乡镇},
 * {@code 乡镇街道}, {@code 行政单元} or {@code subdistrict}; the population from {@code residents}, {@code
 * population}, {@code 人口}, {@code 常住人口}, {@code 人口数} or {@code 总人口} (first found, case ignored), or
 * the columns {@code mapping} names ({@code {"columns":{"name_zh":"单位", "residents":"2020年人口"}}}).
 */
final class CensusTable {

  /** Name columns looked for, in order. */
  static final List<String> NAME_COLUMNS =
      List.of("name_zh", "name", "街道", "街道名称", "乡镇", "乡镇街道", "行政单元", "subdistrict");

  /** Population columns looked for, in order. */
  static final List<String> RESIDENTS_COLUMNS =
      List.of("residents", "population", "人口", "常住人口", "人口数", "总人口");

  /** How the join is stated in the answer. */
  static final String METHOD =
      "census table joined to the area's admin units (subdistricts) by exact name_zh";

  /**
   * The joined table.
   *
   * @param units one feature per row: the matched unit's polygon with the row's {@code residents}
   * @param unnamed names of the area's units the table does not give (their cells keep residents)
   */
  record Joined(List<StoredFeature> units, List<String> unnamed) {}

  private CensusTable() {}

  /**
   * Joins {@code table} to {@code adminUnits}.
   *
   * @throws ImportRejectedException listing every unmatched name and bad row (nothing written)
   */
  static Joined join(
      SourceLayer table,
      ColumnMapping mapping,
      List<StoredFeature> adminUnits,
      List<String> warnings) {
    String file = table.fileName();
    if (adminUnits.isEmpty()) {
      throw refused(
          file,
          "file",
          null,
          "the area has no admin units (layer subdistricts) to join the table's names to: import"
              + " them first, or give the census totals as polygons");
    }
    Map<String, StoredFeature> byName = new LinkedHashMap<>();
    List<ImportProblem> problems = new ArrayList<>();
    for (StoredFeature u : adminUnits) {
      String name = unitName(u);
      if (byName.putIfAbsent(name, u) != null) {
        problems.add(
            new ImportProblem(
                file,
                "admin unit " + u.id(),
                "name_zh",
                "two admin units of the area are named '"
                    + name
                    + "': the join would be ambiguous"));
      }
    }
    if (table.features().isEmpty()) {
      throw refused(file, "file", null, "the table has no rows below its header");
    }
    Map<String, Object> first = mapping.apply(table.features().get(0).properties());
    String nameColumn = column(first, NAME_COLUMNS);
    String residentsColumn = column(first, RESIDENTS_COLUMNS);
    if (nameColumn == null || residentsColumn == null) {
      throw refused(
          file,
          "file",
          nameColumn == null ? "name_zh" : "residents",
          "a census table needs a name column ("
              + String.join(", ", NAME_COLUMNS)
              + ") and a population column ("
              + String.join(", ", RESIDENTS_COLUMNS)
              + "), or mapping={\"columns\":{\"name_zh\":…,\"residents\":…}}; columns: "
              + first.keySet());
    }
    List<StoredFeature> units = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    List<String> unmatched = new ArrayList<>();
    for (SourceFeature row : table.features()) {
      Map<String, Object> p = mapping.apply(row.properties());
      String where = "row " + row.index();
      Object nameValue = p.get(nameColumn);
      String name = nameValue == null ? "" : nameValue.toString().trim();
      if (name.isEmpty()) {
        problems.add(new ImportProblem(file, where, nameColumn, "no admin unit name"));
        continue;
      }
      Integer earlier = seen.putIfAbsent(name, row.index());
      if (earlier != null) {
        problems.add(
            new ImportProblem(
                file,
                where,
                nameColumn,
                "'" + name + "' is also on row " + earlier + " of the table"));
        continue;
      }
      Long residents = wholeNumber(p.get(residentsColumn));
      if (residents == null) {
        problems.add(
            new ImportProblem(
                file,
                where + " (" + name + ")",
                residentsColumn,
                "'" + p.get(residentsColumn) + "' is not a whole number of residents ≥ 0"));
        continue;
      }
      StoredFeature unit = byName.get(name);
      if (unit == null) {
        unmatched.add(name);
        problems.add(
            new ImportProblem(
                file,
                where,
                nameColumn,
                "'"
                    + name
                    + "' matches no admin unit of the area (exact name; units: "
                    + byName.keySet()
                    + ")"));
        continue;
      }
      Map<String, Object> q = new LinkedHashMap<>();
      q.put("name_zh", name);
      q.put("residents", residents);
      units.add(new StoredFeature("population", name, unit.geometry(), q));
    }
    if (!problems.isEmpty()) {
      List<String> w = new ArrayList<>(warnings);
      if (!unmatched.isEmpty()) {
        w.add("names matching no admin unit: " + unmatched);
      }
      throw new ImportRejectedException(problems, w);
    }
    List<String> unnamed = new ArrayList<>(byName.keySet());
    unnamed.removeAll(seen.keySet());
    warnings.add(
        METHOD
            + " ('"
            + nameColumn
            + "', '"
            + residentsColumn
            + "'): "
            + units.size()
            + " of "
            + byName.size()
            + " units named"
            + (unnamed.isEmpty() ? "" : "; not in the table, cells kept as they were: " + unnamed));
    return new Joined(units, unnamed);
  }

  /** The name an admin unit is joined by: its {@code name_zh}, else its id. */
  static String unitName(StoredFeature u) {
    return u.nameZh() != null && !u.nameZh().isBlank() ? u.nameZh().trim() : u.id();
  }

  private static String column(Map<String, Object> row, List<String> names) {
    for (String n : names) {
      for (String c : row.keySet()) {
        if (c != null && c.trim().toLowerCase(Locale.ROOT).equals(n)) {
          return c;
        }
      }
    }
    return null;
  }

  /** A whole number ≥ 0 ("12345", "12,345", "12345.0"), or null. */
  static Long wholeNumber(Object value) {
    if (value instanceof Number n) {
      double d = n.doubleValue();
      return d >= 0 && d == Math.rint(d) ? (long) d : null;
    }
    if (value == null) {
      return null;
    }
    String t = value.toString().trim().replace(",", "").replace("，", "");
    try {
      double d = Double.parseDouble(t);
      return d >= 0 && d == Math.rint(d) && d < 1e12 ? (long) d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static ImportRejectedException refused(
      String file, String feature, String field, String message) {
    return new ImportRejectedException(
        List.of(new ImportProblem(file, feature, field, message)), List.of());
  }
}
