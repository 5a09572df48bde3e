package cn.chegu.viewer.imports;

import cn.chegu.viewer.io.GeoTiffSource;
import cn.chegu.viewer.store.StoredFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Dasymetric spreading of census totals: each admin unit's total (a 街道/乡镇 polygon with {@code
 * residents} from the census) is shared among the population cells whose centre lies in it — the
 * residential cells, those holding residents now (from a raster or a model) — in proportion to
 * their current residents, rounded by largest remainder so the unit's cells sum to its census total
 * exactly. Cells in no unit keep their residents; a unit without residential cells cannot be spread
 * and is reported (its people would otherwise vanish). Mennis (2003), "Generating surface models of
 * population using dasymetric mapping", Professional Geographer 55(1).
 */
final class Dasymetric {

  /** The method, as the import answer states it. */
  static final String METHOD =
      "dasymetric: each unit's census total spread over the population cells whose centre lies in"
          + " it, in proportion to their current residents (largest remainder: the unit's cells"
          + " sum to its total)";

  /**
   * The result.
   *
   * @param cells every cell, with its new residents (cells in no unit unchanged)
   * @param unitsSpread units whose total was spread
   * @param cellsOutside cells in no unit (kept as they were)
   * @param unitsWithoutCells units with no residential cell: their total could not be placed
   */
  record Result(
      List<StoredFeature> cells,
      int unitsSpread,
      int cellsOutside,
      List<String> unitsWithoutCells) {}

  private Dasymetric() {}

  /**
   * Spreads {@code units} (polygons with whole {@code residents}) over {@code cells} (the
   * population layer's cells, property {@code residents}).
   */
  static Result spread(List<StoredFeature> units, List<StoredFeature> cells) {
    List<PreparedGeometry> shapes = new ArrayList<>();
    for (StoredFeature u : units) {
      shapes.add(PreparedGeometryFactory.prepare(u.geometry()));
    }
    List<List<Integer>> members = new ArrayList<>();
    units.forEach(u -> members.add(new ArrayList<>()));
    int outside = 0;
    for (int c = 0; c < cells.size(); c++) {
      Geometry centre = cells.get(c).geometry().getCentroid();
      int unit = -1;
      for (int u = 0; u < shapes.size() && unit < 0; u++) {
        if (shapes.get(u).covers(centre)) {
          unit = u;
        }
      }
      if (unit < 0) {
        outside++;
      } else if (residents(cells.get(c)) > 0) {
        members.get(unit).add(c);
      }
    }
    long[] next = new long[cells.size()];
    for (int c = 0; c < cells.size(); c++) {
      next[c] = residents(cells.get(c));
    }
    List<String> empty = new ArrayList<>();
    int spread = 0;
    for (int u = 0; u < units.size(); u++) {
      List<Integer> in = members.get(u);
      long total = residents(units.get(u));
      if (in.isEmpty()) {
        if (total > 0) {
          empty.add(units.get(u).id());
        }
        continue;
      }
      double weight = 0;
      for (int c : in) {
        weight += residents(cells.get(c));
      }
      List<Double> shares = new ArrayList<>();
      for (int c : in) {
        shares.add(total * residents(cells.get(c)) / weight);
      }
      long[] whole = GeoTiffSource.largestRemainder(shares);
      for (int k = 0; k < in.size(); k++) {
        next[in.get(k)] = whole[k];
      }
      // cells of this unit holding nobody stay at 0 (not residential)
      spread++;
    }
    List<StoredFeature> out = new ArrayList<>();
    for (int c = 0; c < cells.size(); c++) {
      StoredFeature f = cells.get(c);
      Map<String, Object> p = new LinkedHashMap<>(f.properties());
      p.put("residents", next[c]);
      out.add(new StoredFeature(f.layerId(), f.id(), f.geometry(), p));
    }
    return new Result(out, spread, outside, empty);
  }

  private static long residents(StoredFeature f) {
    return f.properties().get("residents") instanceof Number n ? n.longValue() : 0;
  }
}
