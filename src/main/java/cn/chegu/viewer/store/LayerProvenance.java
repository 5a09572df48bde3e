package cn.chegu.viewer.store;

/**
 * Where a layer's current data comes from, as the layer list and the report show it: the newest
 * version's file, checksum, account and note once the layer was imported or restored, else what the
 * sample or the area's file said when it was loaded.
 *
 * @param version the current version (1: as loaded)
 * @param source one line naming the data in force
 */
public record LayerProvenance(int version, String source) {

  /**
   * @param definition the layer as loaded (its {@code origin} describes version 1)
   * @param newest the newest recorded version, or null when the layer has none yet
   */
  public static LayerProvenance of(LayerDefinition definition, LayerVersion newest) {
    if (newest == null
        || (newest.version() == 1 && LayerVersionStore.SAMPLE_ACCOUNT.equals(newest.who()))) {
      return new LayerProvenance(1, definition.origin());
    }
    StringBuilder s = new StringBuilder();
    s.append("version ").append(newest.version()).append(": ");
    s.append(newest.file() == null ? "(no file)" : newest.file());
    if (newest.sha256() != null) {
      s.append(" sha256:").append(newest.sha256(), 0, Math.min(12, newest.sha256().length()));
    }
    if (newest.note() != null && !newest.note().isBlank()) {
      s.append(" (").append(newest.note()).append(')');
    }
    s.append(", by ").append(newest.who()).append(" at ").append(newest.when());
    s.append("; as first loaded: ").append(definition.origin());
    return new LayerProvenance(newest.version(), s.toString());
  }
}
