package cn.chegu.viewer.store;

import cn.chegu.viewer.io.GeoJsonFeature;

/**
 * A domain rule a loaded feature must satisfy (e.g. a facility's {@code type} is known), checked
 * while the sample data is read — before anything is written — so a broken file stops the start
 * naming the file and feature instead of failing later, on every request that reads it.
 */
public interface SampleFeatureCheck {

  /**
   * @param layerId the manifest's id of the layer being read
   * @param file the layer file, for the message
   * @param index the feature's position in the file (0-based)
   * @throws cn.chegu.viewer.io.InvalidGisDataException when the feature breaks the rule
   */
  void check(String layerId, String file, int index, GeoJsonFeature feature);
}
