package cn.chegu.viewer.imports;

import cn.chegu.viewer.io.OsmWays;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The answer of an import or dry run.
 *
 * @param version the layer version written (for a dry run: the one that would be written)
 * @param imported features written (or that would be)
 * @param skipped invalid features left out ({@code skipInvalid}); their reasons are in {@code
 *     errors}
 * @param crs the CRS the file was read in, and how it was known ({@code parameter}, {@code file},
 *     {@code default})
 * @param preview for a dry run: the first features as they would be stored; else null
 * @param changes what the import does (or would do) to the current version: features added,
 *     replaced (same id), removed
 * @param osm for an OpenStreetMap roads file: every way tagged {@code highway}, {@code imported} or
 *     counted in {@code skipped} by reason ({@code "highway=platform": 55}); {@code imported + Σ
 *     skipped = highwayWays}. Null for other files
 * @param headline for a dry run of the {@code facilities}, {@code population} or {@code roads}
 *     layer: a representative coverage share before and after, with the residents for population
 *     ({@link DryRunHeadline}); null otherwise (other layers' dry runs give counts only)
 *     <p>{@code warningsZh} (derived): the warnings in Chinese, one for one ({@link
 *     ImportWarningsZh}).
 */
public record ImportReport(
    String layer,
    int version,
    int imported,
    int skipped,
    boolean dryRun,
    String mode,
    String file,
    String sha256,
    String format,
    String crs,
    List<String> warnings,
    List<ImportProblem> errors,
    List<Map<String, Object>> preview,
    ImportChanges changes,
    OsmWays osm,
    DryRunHeadline.Headline headline) {

  /** The warnings in Chinese, one for one; a warning without a Chinese form stays as given. */
  @JsonProperty("warningsZh")
  public List<String> warningsZh() {
    return ImportWarningsZh.of(warnings);
  }

  /** The report of this (planned) import once written as {@code writtenVersion}: no preview. */
  ImportReport written(int writtenVersion) {
    return new ImportReport(
        layer,
        writtenVersion,
        imported,
        skipped,
        false,
        mode,
        file,
        sha256,
        format,
        crs,
        warnings,
        errors,
        null,
        changes,
        osm,
        null);
  }

  /** This report with {@code h} as its headline. */
  ImportReport withHeadline(DryRunHeadline.Headline h) {
    return new ImportReport(
        layer, version, imported, skipped, dryRun, mode, file, sha256, format, crs, warnings,
        errors, preview, changes, osm, h);
  }
}
