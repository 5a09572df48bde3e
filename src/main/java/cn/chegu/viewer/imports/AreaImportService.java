package cn.chegu.viewer.imports;

import cn.chegu.viewer.area.Area;
import cn.chegu.viewer.area.AreaConflictException;
import cn.chegu.viewer.area.AreaCrs;
import cn.chegu.viewer.budget.WorkBudget;
import cn.chegu.viewer.io.ImportFiles;
import cn.chegu.viewer.io.InvalidImportFileException;
import cn.chegu.viewer.io.ReadLimits;
import cn.chegu.viewer.io.ReadOptions;
import cn.chegu.viewer.io.SourceLayer;
import cn.chegu.viewer.io.UnsupportedCrsException;
import cn.chegu.viewer.plan.InvalidPlanException;
import cn.chegu.viewer.store.FeatureStore;
import cn.chegu.viewer.store.LayerContent;
import cn.chegu.viewer.store.StoredFeature;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Service;

/**
 * Creates and deletes planning areas. An area comes from one upload — a GeoPackage whose feature
 * tables, or a zip whose GeoJSON files / Shapefiles, are named after the {@link AreaLayers layers}
 * — read by the same readers as any import and checked by {@link AreaCheck} (the {@link
 * FeatureChecker} of any import), as the sample data is ({@link SampleLoader}). All layers are
 * checked before anything is written and land in one transaction: a refused upload (422, every
 * problem listed) creates nothing. Only {@code zone} is required; the metric CRS is the UTM zone of
 * its centroid ({@link AreaCrs}).
 *
 * <p>An upload may carry the area's plan file ({@link ImportFiles#PLAN_FILE}: a {@code plan.json}
 * entry of the zip, or a {@code plan} attributes table of the GeoPackage with the file's text in
 * its {@code json} column). It is read and checked by the same parser as {@code gis-data/plan.json}
 * ({@link PlanFileCheck}); a broken one refuses the upload with every problem (nothing created).
 * Without one the area has the national plan.
 *
 * <p>Derived at creation: a population cell without {@code subdistrict} takes the {@code name_zh}
 * of the admin unit ({@code subdistricts}) containing its centre, when the area has them.
 */
@Service
public class AreaImportService {

  private final FeatureStore store;
  private final ImportProperties limits;
  private final PlanFileCheck plans;

  public AreaImportService(FeatureStore store, ImportProperties limits, PlanFileCheck plans) {
    this.store = store;
    this.limits = limits;
    this.plans = plans;
  }

  /** A created area: its record, layer counts and what the reader noticed. */
  public record Created(Area area, Map<String, Integer> layers, List<String> warnings) {}

  /**
   * Creates an area named {@code name} from {@code content} (uploaded as {@code fileName}).
   *
   * @throws AreaRejectedException with every problem when the upload cannot make an area
   */
  public Created create(InputStream content, String fileName, String name, String user) {
    try (WorkBudget budget = WorkBudget.open("the area import", limits.timeout());
        ReadLimits.Scope counted = limits.readLimits().open()) {
      return createBounded(content, fileName, name, user);
    }
  }

  private Created createBounded(InputStream content, String fileName, String name, String user) {
    String file = ImportService.safeName(fileName);
    String areaName = name == null || name.isBlank() ? file : name.trim();
    if (areaName.length() > 200) {
      throw rejected(file, "name", "the name is longer than 200 characters");
    }
    try (StagedUpload staged = StagedUpload.save(content, "chegu-area-", limits)) {
      Map<String, SourceLayer> read;
      Optional<byte[]> planFile;
      try {
        read =
            staged.files().readLayers(staged.file(), file, ReadOptions.DEFAULTS, staged.workDir());
        planFile = staged.files().planFile(staged.file(), file);
      } catch (InvalidImportFileException | UnsupportedCrsException e) {
        throw rejected(file, null, e.getMessage());
      }
      String plan = planFile.map(bytes -> checkedPlan(file, bytes)).orElse(null);
      return create(read, file, staged.sha256(), areaName, user, plan);
    }
  }

  /** The plan file's text, after {@link PlanFileCheck} found it usable; else 422, every problem. */
  private String checkedPlan(String file, byte[] bytes) {
    String where = file + "!" + ImportFiles.PLAN_FILE;
    try {
      plans.check(where, bytes);
    } catch (InvalidPlanException e) {
      throw new AreaRejectedException(
          e.problems().stream()
              .map(p -> new ImportProblem(file, ImportFiles.PLAN_FILE, null, p))
              .toList(),
          List.of());
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private Created create(
      Map<String, SourceLayer> read,
      String file,
      String sha256,
      String name,
      String user,
      String plan) {
    List<String> warnings = new ArrayList<>();
    Map<String, SourceLayer> byLayer = new LinkedHashMap<>();
    read.forEach(
        (table, layer) ->
            AreaLayers.of(table)
                .ifPresentOrElse(
                    k -> byLayer.put(k.id(), layer),
                    () ->
                        warnings.add(
                            "'"
                                + table
                                + "' is not a layer name and was left out (names: "
                                + AreaLayers.ids()
                                + ")")));
    Map<String, List<StoredFeature>> checked =
        AreaCheck.check(byLayer, file, sha256, warnings, read.keySet());
    List<StoredFeature> zone = checked.get("zone");
    Point centre = union(zone).getCentroid();
    Area area = new Area(nextId(), name, false, AreaCrs.utmEpsg(centre.getX(), centre.getY()));
    List<LayerContent> layers = new ArrayList<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (AreaLayers.Kind kind : AreaLayers.ALL) {
      List<StoredFeature> features = checked.get(kind.id());
      if (features == null && !kind.analysis()) {
        continue;
      }
      SourceLayer source = byLayer.get(kind.id());
      layers.add(
          new LayerContent(
              AreaLayers.definition(kind, source == null ? null : source.fileName(), name),
              features == null ? List.of() : features));
      counts.put(kind.id(), features == null ? 0 : features.size());
    }
    store.createArea(area, user, layers, plan);
    return new Created(area, counts, warnings);
  }

  /** Deletes a planning area with all its layers; the default area cannot be deleted. */
  public void delete(Area area) {
    if (area.isDefault()) {
      throw new AreaConflictException(
          "the default area '"
              + area.id()
              + "' cannot be deleted; it answers requests without"
              + " area=");
    }
    store.deleteArea(area);
  }

  private String nextId() {
    Set<String> taken = new HashSet<>();
    store.areas().forEach(a -> taken.add(a.id()));
    int n = taken.size() + 1;
    while (taken.contains("area-" + n)) {
      n++;
    }
    return "area-" + n;
  }

  private static Geometry union(List<StoredFeature> features) {
    return new GeometryFactory()
        .buildGeometry(features.stream().map(StoredFeature::geometry).toList())
        .union();
  }

  private static AreaRejectedException rejected(String file, String field, String message) {
    return new AreaRejectedException(
        List.of(new ImportProblem(file, "file", field, message)), List.of());
  }
}
