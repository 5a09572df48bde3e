package cn.chegu.viewer.imports;

import cn.chegu.viewer.io.Crs;
import cn.chegu.viewer.io.SourceFeature;
import cn.chegu.viewer.io.SourceLayer;
import cn.chegu.viewer.store.StoredFeature;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;

/**
 * The one set of checks a set of named layers passes to become an area's data — an uploaded area
 * ({@link AreaImportService}) and the sample data ({@link SampleLoader}) alike. Every feature goes
 * through the {@link FeatureChecker} of any import (CRS to WGS84, 2D, validity, the {@link
 * LayerRules}); a {@code zone} layer is required and checked first, every other feature must lie
 * within {@value #NEAR_ZONE_METRES} m of the zone's bounding box; ids are unique per layer (a
 * feature without one is named {@code <layer>-<n>}); a feature without {@code source} is given the
 * file's name and the SHA-256 of the upload (or sample) it came with; a feature's own {@code
 * source} is kept: that is its provenance. After the checks, population cells without {@code
 * subdistrict} take the admin unit around their centre.
 */
final class AreaCheck {

  /** How far from the zone's bounding box a feature of the area may lie, in metres. */
  static final double NEAR_ZONE_METRES = 20_000;

  private AreaCheck() {}

  /**
   * Checks {@code byLayer} (layer id → what the reader found).
   *
   * @param file the upload's (or sample directory's) name, for problems
   * @param sha256 the checksum a feature without {@code source} is given
   * @param warnings what the readers and checks noticed is added here
   * @param found the names the source gave its layers (tables, files), named when the zone is
   *     missing
   * @return the checked features per layer id, in the order of {@code byLayer}
   * @throws AreaRejectedException with every problem found, when any feature (or the zone) fails
   */
  static Map<String, List<StoredFeature>> check(
      Map<String, SourceLayer> byLayer,
      String file,
      String sha256,
      List<String> warnings,
      Collection<String> found) {
    if (!byLayer.containsKey("zone")) {
      throw new AreaRejectedException(
          List.of(
              new ImportProblem(
                  file,
                  "file",
                  null,
                  "no 'zone' layer (the area's boundary); layers found: " + found)),
          warnings);
    }
    List<ImportProblem> problems = new ArrayList<>();
    List<StoredFeature> zone = layer("zone", byLayer.get("zone"), null, sha256, problems, warnings);
    if (!problems.isEmpty() || zone.isEmpty()) {
      throw new AreaRejectedException(
          problems.isEmpty()
              ? List.of(new ImportProblem(file, "zone", null, "the zone layer holds no feature"))
              : problems,
          warnings);
    }
    Envelope extent = new Envelope();
    zone.forEach(f -> extent.expandToInclude(f.geometry().getEnvelopeInternal()));
    Map<String, List<StoredFeature>> checked = new LinkedHashMap<>();
    for (Map.Entry<String, SourceLayer> e : byLayer.entrySet()) {
      checked.put(
          e.getKey(),
          e.getKey().equals("zone")
              ? zone
              : layer(e.getKey(), e.getValue(), extent, sha256, problems, warnings));
    }
    if (!problems.isEmpty()) {
      throw new AreaRejectedException(problems, warnings);
    }
    joinAdminUnits(checked, warnings);
    return checked;
  }

  /** Checks one layer's features like an import does; problems and warnings are added to. */
  private static List<StoredFeature> layer(
      String layer,
      SourceLayer source,
      Envelope zone,
      String sha256,
      List<ImportProblem> problems,
      List<String> warnings) {
    warnings.addAll(source.warnings());
    Crs crs = source.declaredCrs() != null ? source.declaredCrs() : Crs.WGS84;
    if (source.declaredCrs() == null) {
      warnings.add(source.fileName() + ": no CRS declared; read as WGS84 longitude/latitude");
    }
    FeatureChecker checker =
        new FeatureChecker(
            layer,
            null,
            crs,
            ColumnMapping.parse(null),
            zone,
            NEAR_ZONE_METRES,
            false,
            source.fileName());
    List<StoredFeature> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (SourceFeature f : source.features()) {
      FeatureChecker.Checked c = checker.check(f);
      warnings.addAll(c.warnings());
      if (c.feature() == null) {
        problems.addAll(c.problems());
        continue;
      }
      StoredFeature feature = c.feature();
      if (feature.id() == null || feature.id().isBlank()) {
        feature = ImportService.withId(feature, layer + "-" + f.index());
      }
      if (!ids.add(feature.id())) {
        problems.add(
            new ImportProblem(
                source.fileName(),
                "feature " + f.index(),
                "id",
                "duplicate id '" + feature.id() + "'"));
        continue;
      }
      Map<String, Object> p = new LinkedHashMap<>(feature.properties());
      p.putIfAbsent("source", source.fileName() + " sha256:" + sha256);
      out.add(new StoredFeature(layer, feature.id(), feature.geometry(), p));
    }
    return out;
  }

  /**
   * Gives population cells without {@code subdistrict} the name of the admin unit containing their
   * centre (a spatial join); a cell in none keeps none and is counted in a warning.
   */
  private static void joinAdminUnits(
      Map<String, List<StoredFeature>> layers, List<String> warnings) {
    List<StoredFeature> cells = layers.get("population");
    List<StoredFeature> units = layers.get("subdistricts");
    if (cells == null || units == null || units.isEmpty()) {
      return;
    }
    List<StoredFeature> out = new ArrayList<>(cells.size());
    int joined = 0;
    int outside = 0;
    for (StoredFeature cell : cells) {
      Object given = cell.properties().get("subdistrict");
      if (given != null && !given.toString().isBlank()) {
        out.add(cell);
        continue;
      }
      Point centre = cell.geometry().getInteriorPoint();
      StoredFeature unit =
          units.stream().filter(u -> u.geometry().covers(centre)).findFirst().orElse(null);
      if (unit == null) {
        outside++;
        out.add(cell);
        continue;
      }
      Map<String, Object> p = new LinkedHashMap<>(cell.properties());
      p.put("subdistrict", unit.nameZh() != null ? unit.nameZh() : unit.id());
      out.add(new StoredFeature(cell.layerId(), cell.id(), cell.geometry(), p));
      joined++;
    }
    layers.put("population", out);
    if (joined > 0) {
      warnings.add(
          joined + " population cells took their subdistrict from the admin unit around them");
    }
    if (outside > 0) {
      warnings.add(outside + " population cells lie in no admin unit (subdistrict left empty)");
    }
  }
}
