package cn.chegu.viewer.imports;

import cn.chegu.viewer.budget.WorkBudget;
import cn.chegu.viewer.io.Crs;
import cn.chegu.viewer.io.OsmWays;
import cn.chegu.viewer.io.ReadLimits;
import cn.chegu.viewer.io.ReadOptions;
import cn.chegu.viewer.io.SourceFeature;
import cn.chegu.viewer.io.SourceLayer;
import cn.chegu.viewer.store.DuplicateFeatureException;
import cn.chegu.viewer.store.FeatureStore;
import cn.chegu.viewer.store.LayerInfo;
import cn.chegu.viewer.store.LayerVersion;
import cn.chegu.viewer.store.LayerVersionStore;
import cn.chegu.viewer.store.StoredFeature;
import cn.chegu.viewer.store.UnknownLayerException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Imports one file into one layer (the same service behind the API and the command line): saves the
 * upload in a fresh temporary directory (always removed), reads it, checks every feature and either
 * writes them all as a new layer version — the store then publishes its {@link
 * cn.chegu.viewer.store.LayersChangedEvent}, on which every derived cache is dropped — or refuses
 * with every problem found. See {@link cn.chegu.viewer.imports} for the rules.
 */
@Service
public class ImportService {

  /** Features a dry run shows. */
  static final int PREVIEW_SIZE = 20;

  private final FeatureStore store;
  private final LayerVersionStore versions;
  private final ImportProperties limits;
  private final DryRunHeadline headline;

  /** An import service whose dry runs give counts only (no headline figure). */
  public ImportService(FeatureStore store, LayerVersionStore versions, ImportProperties limits) {
    this(store, versions, limits, (layer, wouldBe) -> null);
  }

  /**
   * @param headline what a dry run would do to a headline figure ({@link DryRunHeadline})
   */
  @Autowired
  public ImportService(
      FeatureStore store,
      LayerVersionStore versions,
      ImportProperties limits,
      DryRunHeadline headline) {
    this.store = store;
    this.versions = versions;
    this.limits = limits;
    this.headline = headline;
  }

  /**
   * Imports {@code content} (uploaded as {@code fileName}).
   *
   * @throws UnknownLayerException when the target layer does not exist
   * @throws InvalidImportRequestException for wrong parameters
   * @throws cn.chegu.viewer.io.InvalidImportFileException when the file cannot be read
   * @throws ImportRejectedException when features fail the checks (nothing written)
   * @throws cn.chegu.viewer.io.ImportTooLargeException past {@code chegu.imports.max-features} or
   *     {@code max-vertices}, found while reading (nothing written)
   * @throws cn.chegu.viewer.budget.BudgetExceededException past {@code
   *     chegu.imports.timeout-seconds} (nothing written)
   */
  public ImportReport importFile(InputStream content, String fileName, ImportRequest request) {
    try (WorkBudget budget = WorkBudget.open("the import", limits.timeout());
        ReadLimits.Scope counted = limits.readLimits().open()) {
      return importBounded(content, fileName, request);
    }
  }

  private ImportReport importBounded(InputStream content, String fileName, ImportRequest request) {
    LayerInfo layer =
        store.layer(request.layer()).orElseThrow(() -> new UnknownLayerException(request.layer()));
    String mode =
        request.mode() == null || request.mode().isBlank()
            ? "append"
            : request.mode().trim().toLowerCase(Locale.ROOT);
    if (!mode.equals("replace") && !mode.equals("append")) {
      throw new InvalidImportRequestException(
          "mode must be replace or append, got '" + request.mode() + "'");
    }
    boolean census = request.spread() != null && !request.spread().isBlank();
    if (census) {
      if (!request.spread().trim().equalsIgnoreCase("dasymetric")) {
        throw new InvalidImportRequestException(
            "spread must be dasymetric, got '" + request.spread() + "'");
      }
      if (!layer.id().equals("population")) {
        throw new InvalidImportRequestException(
            "spread=dasymetric spreads census totals over the population layer; use"
                + " layer=population");
      }
      if (request.mode() != null && mode.equals("append")) {
        throw new InvalidImportRequestException(
            "spread=dasymetric rewrites the population cells: mode must be replace");
      }
      mode = "replace";
    }
    Crs forced =
        request.crs() == null || request.crs().isBlank() ? null : Crs.parseImport(request.crs());
    ColumnMapping mapping = ColumnMapping.parse(request.mapping());
    int headerRow = request.headerRow() == null ? 1 : request.headerRow();
    if (headerRow < 1) {
      throw new InvalidImportRequestException(
          "headerRow must be 1 or more (the row holding the column names), got " + headerRow);
    }
    String name = safeName(fileName);
    try (StagedUpload staged = StagedUpload.save(content, "chegu-import-", limits)) {
      String sha256 = staged.sha256();
      SourceLayer source =
          staged
              .files()
              .read(
                  staged.file(),
                  name,
                  new ReadOptions(
                      request.encoding(),
                      request.table(),
                      layer.id().equals("facilities") ? "facilities" : "roads",
                      forced,
                      headerRow,
                      mapping.coordinateColumns(),
                      census && isTable(name)),
                  staged.workDir());
      if (layer.id().equals("transit") != source.format().equals("GTFS")) {
        throw new InvalidImportRequestException(
            "layer transit takes a GTFS zip (stops.txt, routes.txt, trips.txt, stop_times.txt,"
                + " calendar.txt, optionally frequencies.txt), and a GTFS zip goes to layer"
                + " transit; got "
                + source.format()
                + " for layer "
                + layer.id());
      }
      if (census && isTable(name)) {
        return censusTable(layer, mapping, source, sha256, request);
      }
      return check(layer, mode, forced, mapping, source, sha256, request);
    }
  }

  private static boolean isTable(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".csv") || n.endsWith(".xlsx");
  }

  /**
   * Census totals as a table of admin unit names ({@link CensusTable}), spread over the population
   * cells ({@link Dasymetric}); the population layer is replaced.
   */
  private ImportReport censusTable(
      LayerInfo layer,
      ColumnMapping mapping,
      SourceLayer source,
      String sha256,
      ImportRequest request) {
    List<String> warnings = new ArrayList<>(source.warnings());
    CensusTable.Joined joined =
        CensusTable.join(source, mapping, store.allFeaturesIfAny("subdistricts"), warnings);
    List<StoredFeature> current = store.allFeatures(layer.id());
    List<StoredFeature> accepted =
        spreadCensus(
            joined.units(),
            current,
            source.fileName(),
            sha256,
            request.user(),
            Instant.now().toString(),
            warnings);
    return write(
        layer,
        "replace",
        source,
        "none (a table joined by name)",
        warnings,
        List.of(),
        accepted,
        current,
        List.of(),
        null,
        sha256,
        request);
  }

  private ImportReport check(
      LayerInfo layer,
      String mode,
      Crs forced,
      ColumnMapping mapping,
      SourceLayer source,
      String sha256,
      ImportRequest request) {
    List<String> warnings = new ArrayList<>(source.warnings());
    String file = source.fileName();
    Crs crs = crs(forced, source, file, warnings);
    Envelope zone = store.layer("zone").map(LayerInfo::extent).orElse(null);
    double near = limits.nearZoneKilometres() * 1000;
    FeatureChecker checker =
        new FeatureChecker(
            layer.id(), expectedType(layer), crs, mapping, zone, near, request.repair(), file);
    if (source.features().isEmpty()) {
      throw new ImportRejectedException(
          List.of(new ImportProblem(file, "file", null, "the file holds no features")), warnings);
    }
    CrsHint.checkWholeFileNearZone(source, crs, checker, near, file, warnings);
    List<StoredFeature> accepted = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<StoredFeature> current = store.allFeatures(layer.id());
    List<StoredFeature> existing = mode.equals("append") ? current : List.of();
    existing.forEach(f -> ids.add(f.id()));
    String now = Instant.now().toString();
    int refused = 0;
    Map<String, Integer> defaultSpeeds = new java.util.TreeMap<>();
    for (SourceFeature f : source.features()) {
      WorkBudget.check();
      FeatureChecker.Checked c = checker.check(f);
      warnings.addAll(c.warnings());
      if (c.feature() == null) {
        problems.addAll(c.problems());
        refused++;
        continue;
      }
      StoredFeature feature = c.feature();
      if (feature.id() == null) {
        feature = withId(feature, layer.id() + "-" + sha256.substring(0, 8) + "-" + f.index());
      }
      if (!ids.add(feature.id())) {
        problems.add(
            new ImportProblem(
                file,
                "feature " + f.index() + " (id " + feature.id() + ")",
                "id",
                "duplicate id '"
                    + feature.id()
                    + "'"
                    + (mode.equals("append") ? " (in the file or the layer)" : "")));
        refused++;
        continue;
      }
      accepted.add(provenance(feature, file, sha256, request.user(), now));
      if (layer.id().equals("roads") && mapping.apply(f.properties()).get("speed_kmh") == null) {
        defaultSpeeds.merge(
            feature.properties().get("class")
                + " "
                + feature.properties().get("speed_kmh")
                + " km/h",
            1,
            Integer::sum);
      }
    }
    if (!defaultSpeeds.isEmpty()) {
      warnings.add(
          defaultSpeeds.values().stream().mapToInt(Integer::intValue).sum()
              + " roads have no speed_kmh and take their class's design speed (CJJ 37-2012): "
              + defaultSpeeds);
    }
    if (!problems.isEmpty() && !request.skipInvalid()) {
      throw new ImportRejectedException(problems, warnings);
    }
    if (accepted.isEmpty()) {
      throw new ImportRejectedException(
          problems.isEmpty()
              ? List.of(new ImportProblem(file, "file", null, "no feature is valid"))
              : problems,
          warnings);
    }
    if (request.spread() != null && !request.spread().isBlank()) {
      accepted = spreadCensus(accepted, current, file, sha256, request.user(), now, warnings);
    }
    if (!layer.id().equals("subdistricts")) {
      warnings.addAll(
          AdminUnitCheck.warnings(layer.id(), accepted, store.allFeaturesIfAny("subdistricts")));
    }
    OsmWays osm = source.osmWays() == null ? null : source.osmWays().withInvalid(refused);
    return write(
        layer,
        mode,
        source,
        crs.code(),
        warnings,
        problems,
        accepted,
        current,
        existing,
        osm,
        sha256,
        request);
  }

  /** Reports (dry run) or writes {@code accepted} as the layer's next version. */
  private ImportReport write(
      LayerInfo layer,
      String mode,
      SourceLayer source,
      String crsText,
      List<String> warnings,
      List<ImportProblem> problems,
      List<StoredFeature> accepted,
      List<StoredFeature> current,
      List<StoredFeature> existing,
      OsmWays osm,
      String sha256,
      ImportRequest request) {
    String file = source.fileName();
    List<StoredFeature> result = new ArrayList<>(existing);
    result.addAll(accepted);
    ImportChanges changes = ImportChanges.of(current, accepted, result);
    ImportReport planned =
        new ImportReport(
            layer.id(),
            versions.currentVersion(layer.id()) + 1,
            accepted.size(),
            problems.size(),
            true,
            mode,
            file,
            sha256,
            source.format(),
            crsText,
            warnings,
            problems,
            preview(accepted),
            changes,
            osm,
            null);
    if (request.dryRun()) {
      return planned.withHeadline(headline.of(layer.id(), result));
    }
    String note = mode + " from " + source.format() + " in " + crsText;
    LayerVersion v;
    try {
      // append: the layer is read again under its lock, so a parallel import is never lost
      v =
          mode.equals("append")
              ? versions.append(layer.id(), accepted, request.user(), file, sha256, note)
              : versions.replace(layer.id(), accepted, request.user(), file, sha256, note);
    } catch (DuplicateFeatureException e) {
      throw new ImportRejectedException(
          List.of(
              new ImportProblem(
                  file,
                  "file",
                  "id",
                  e.getMessage() + " (added by a write that finished while this file was read)")),
          warnings);
    }
    return planned.written(v.version());
  }

  /**
   * The population cells with the census totals of {@code units} spread over them ({@link
   * Dasymetric}); refuses, writing nothing, when a unit has no residential cell to take its people.
   */
  private static List<StoredFeature> spreadCensus(
      List<StoredFeature> units,
      List<StoredFeature> cells,
      String file,
      String sha256,
      String user,
      String now,
      List<String> warnings) {
    Dasymetric.Result r = Dasymetric.spread(units, cells);
    if (!r.unitsWithoutCells().isEmpty()) {
      throw new ImportRejectedException(
          r.unitsWithoutCells().stream()
              .map(
                  id ->
                      new ImportProblem(
                          file,
                          "unit " + id,
                          "residents",
                          "no population cell with residents lies in this unit: its census total"
                              + " has nowhere to go (import a raster or modelled cells first)"))
              .toList(),
          warnings);
    }
    warnings.add(
        Dasymetric.METHOD
            + "; "
            + r.unitsSpread()
            + " units, "
            + cells.size()
            + " cells, "
            + r.cellsOutside()
            + " cells in no unit kept as they were");
    List<StoredFeature> out = new ArrayList<>();
    for (StoredFeature c : r.cells()) {
      out.add(provenance(c, file, sha256, user, now));
    }
    return out;
  }

  /**
   * Restores an old version of a layer (as a new version); the store's {@link
   * cn.chegu.viewer.store.LayersChangedEvent} drops what was derived from it.
   */
  public LayerVersion restore(String layerId, int version, String user) {
    return versions.restore(layerId, version, user);
  }

  private static Crs crs(Crs forced, SourceLayer source, String file, List<String> warnings) {
    if (forced != null) {
      if (source.declaredCrs() != null && !source.declaredCrs().equals(forced)) {
        warnings.add("crs=" + forced + " overrides the file's " + source.declaredCrs());
      }
      return forced;
    }
    if (source.declaredCrs() != null) {
      return source.declaredCrs();
    }
    switch (source.format()) {
      case "GeoJSON" -> {
        return Crs.WGS84; // RFC 7946
      }
      case "CSV", "XLSX" -> {
        if (CrsHint.looksLikeLonLat(source)) {
          warnings.add(
              "no crs given: coordinates read as WGS84 longitude/latitude (pass crs=GCJ02 for Gaode/Tencent, BD09 for Baidu)");
          return Crs.WGS84;
        }
        throw new ImportRejectedException(
            List.of(
                new ImportProblem(
                    file,
                    "file",
                    "crs",
                    "the coordinates are not longitude/latitude: say their CRS with crs=EPSG:<code> (e.g. EPSG:4547)")),
            warnings);
      }
      default ->
          throw new ImportRejectedException(
              List.of(
                  new ImportProblem(
                      file,
                      "file",
                      "crs",
                      "the file does not say its CRS (Shapefile without .prj?): pass crs=EPSG:<code>, GCJ02 or BD09")),
              warnings);
    }
  }

  private static String expectedType(LayerInfo layer) {
    String t = layer.geometryType();
    if (t == null || t.equals("Geometry")) {
      return null;
    }
    return t.startsWith("Multi") ? t.substring(5) : t;
  }

  static StoredFeature withId(StoredFeature f, String id) {
    Map<String, Object> p = new LinkedHashMap<>(f.properties());
    p.put("id", id);
    return new StoredFeature(f.layerId(), id, f.geometry(), p);
  }

  private static StoredFeature provenance(
      StoredFeature f, String file, String sha256, String user, String now) {
    Map<String, Object> p = new LinkedHashMap<>(f.properties());
    Object original = p.get("source");
    if (original != null && !original.toString().isBlank()) {
      p.put("source_original", original);
    }
    p.put("source", file + " sha256:" + sha256);
    p.put("imported_by", user);
    p.put("imported_at", now);
    return new StoredFeature(f.layerId(), f.id(), f.geometry(), p);
  }

  private static List<Map<String, Object>> preview(List<StoredFeature> features) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (StoredFeature f : features.subList(0, Math.min(PREVIEW_SIZE, features.size()))) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", f.id());
      Point p = f.geometry().getInteriorPoint();
      m.put("geometryType", f.geometry().getGeometryType());
      m.put("lonLat", new double[] {p.getX(), p.getY()});
      m.put("properties", f.properties());
      out.add(m);
    }
    return out;
  }

  /** The file name without any path a client may have sent (never used as a path anyway). */
  static String safeName(String fileName) {
    String n = fileName == null ? "upload" : fileName.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1).trim();
    return n.isEmpty() ? "upload" : n;
  }
}
