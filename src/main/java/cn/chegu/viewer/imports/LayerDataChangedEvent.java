package cn.chegu.viewer.imports;

/**
 * Published after an import or restore changed a layer's features, for caches beyond the coverage
 * service (which the import service refreshes itself) to drop what they derived from it.
 */
public record LayerDataChangedEvent(String layerId) {}
