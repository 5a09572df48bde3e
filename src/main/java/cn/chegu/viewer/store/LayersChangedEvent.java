package cn.chegu.viewer.store;

import java.util.List;

/**
 * The one change event: published by the store (a Spring application event) after a write of layers
 * has committed — an import or restore ({@link LayerVersionStore}), an area created or deleted, the
 * sample loaded ({@link FeatureStore}) — and never for a write that was rolled back. Everything
 * derived from the layers (the analysis snapshots and their caches, the zone check) listens to it
 * instead of being called by whoever wrote; the provenance, the layer notes and the data checksum
 * are read from the current layer versions, so they need no listener.
 *
 * @param areaId the planning area whose layers changed
 * @param layerIds the layers written (all of the area's for an area created or deleted)
 */
public record LayersChangedEvent(String areaId, List<String> layerIds) {
  public LayersChangedEvent {
    layerIds = List.copyOf(layerIds);
  }
}
