package cn.chegu.viewer.imports;

import cn.chegu.viewer.area.AdminUnits;
import cn.chegu.viewer.store.StoredFeature;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an import's {@code subdistrict} values against the area's admin units (the same spatial
 * join the analysis derives a missing one with, {@link AdminUnits}): a feature naming a unit other
 * than the one around its interior point is imported as given but named in a warning; population
 * cells without one are counted (the analysis joins them, nothing is stored).
 */
final class AdminUnitCheck {

  /** Examples a warning names at most. */
  static final int EXAMPLES = 3;

  private AdminUnitCheck() {}

  /** Warnings for {@code features} of {@code layer} against the {@code subdistricts} features. */
  static List<String> warnings(
      String layer, List<StoredFeature> features, List<StoredFeature> subdistricts) {
    List<AdminUnits.Unit> list = new ArrayList<>();
    for (StoredFeature u : subdistricts) {
      String name = u.nameZh() != null && !u.nameZh().isBlank() ? u.nameZh() : u.id();
      list.add(new AdminUnits.Unit(name, u.geometry()));
    }
    AdminUnits units = AdminUnits.of(list);
    if (units.isEmpty()) {
      return List.of();
    }
    int mismatched = 0;
    int missing = 0;
    List<String> examples = new ArrayList<>();
    for (StoredFeature f : features) {
      Object given = f.properties().get("subdistrict");
      if (given == null || given.toString().isBlank()) {
        missing++;
        continue;
      }
      String around = units.at(f.geometry().getInteriorPoint().getCoordinate());
      if (!given.toString().equals(around)) {
        mismatched++;
        if (examples.size() < EXAMPLES) {
          examples.add(
              f.id()
                  + " says '"
                  + given
                  + "', lies in "
                  + (around == null ? "no admin unit" : "'" + around + "'"));
        }
      }
    }
    List<String> out = new ArrayList<>();
    if (mismatched > 0) {
      out.add(
          mismatched
              + " features name a subdistrict other than the admin unit they lie in (kept as"
              + " given; e.g. "
              + String.join("; ", examples)
              + ")");
    }
    if (missing > 0 && layer.equals("population")) {
      out.add(
          missing
              + " population cells have no subdistrict: the analysis takes the admin unit around"
              + " each (spatial join with subdistricts)");
    }
    return out;
  }
}
