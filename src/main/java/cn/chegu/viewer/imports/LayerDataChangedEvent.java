package cn.chegu.viewer.imports;

/**
 * Published after an import or restore changed a layer's features. The coverage service does not
 * listen: the import service refreshes it directly. No other component listens yet; a cache derived
 * from a layer outside the coverage service would listen to drop what it derived.
 */
public record LayerDataChangedEvent(String layerId) {}
