package cn.chegu.viewer.store;

import java.util.List;

/** A layer with all its features, as handed to {@link FeatureStore#replaceDataset}. */
public record LayerContent(LayerDefinition definition, List<StoredFeature> features) {
  public LayerContent {
    features = List.copyOf(features);
  }
}
