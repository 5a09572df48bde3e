package cn.chegu.viewer.imports;

import cn.chegu.viewer.store.StoredFeature;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an import does to a layer, counted by feature id against the current version, so a dry run
 * of a replace that would drop most of a layer says so before anything is written.
 *
 * @param before features in the current version
 * @param after features in the version the import writes (or would write)
 * @param added ids in {@code after} and not in {@code before}
 * @param replaced ids in both (the feature is overwritten by the file's)
 * @param removed ids in {@code before} and not in {@code after}
 */
public record ImportChanges(int before, int after, int added, int replaced, int removed) {

  /**
   * Counts by id: {@code fromFile} are the file's accepted features, {@code next} the whole version
   * to be written (for an append: {@code current} plus {@code fromFile}).
   */
  public static ImportChanges of(
      List<StoredFeature> current, List<StoredFeature> fromFile, List<StoredFeature> next) {
    Set<String> was = new HashSet<>();
    current.forEach(f -> was.add(f.id()));
    int replaced = 0;
    for (StoredFeature f : fromFile) {
      if (was.contains(f.id())) {
        replaced++;
      }
    }
    Set<String> will = new HashSet<>();
    next.forEach(f -> will.add(f.id()));
    int removed = 0;
    for (String id : was) {
      if (!will.contains(id)) {
        removed++;
      }
    }
    return new ImportChanges(
        current.size(), next.size(), fromFile.size() - replaced, replaced, removed);
  }
}
