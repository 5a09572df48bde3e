package cn.chegu.viewer.analysis;

import cn.chegu.viewer.facility.FacilityType;
import cn.chegu.viewer.io.GeoJsonFeature;
import cn.chegu.viewer.io.InvalidGisDataException;
import cn.chegu.viewer.store.SampleFeatureCheck;
import org.springframework.stereotype.Component;

/** Every feature of the facilities layer has a known {@code type} (else the start fails). */
@Component
class FacilityTypeCheck implements SampleFeatureCheck {

  @Override
  public void check(String layerId, String file, int index, GeoJsonFeature feature) {
    if (!StoreFacilityCatalog.LAYER.equals(layerId)) {
      return;
    }
    Object type = feature.properties().get("type");
    try {
      FacilityType.fromCode(String.valueOf(type));
    } catch (IllegalArgumentException e) {
      throw new InvalidGisDataException(
          file, "feature #" + index + " (id \"" + feature.id() + "\"): " + e.getMessage());
    }
  }
}
