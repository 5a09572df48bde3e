package cn.chegu.viewer.ogc;

import cn.chegu.viewer.facility.FacilitySet;
import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.store.StoredFeature;
import java.util.List;
import java.util.function.BiFunction;

/**
 * One kind of analysis result offered as collections, one per (standard, facility set): collection
 * id {@code prefix-standard-parameters-set}, e.g. {@code gaps-health15-network-2020-existing}.
 * Adding a kind (access, …) is one more instance in {@link ResultCollections}.
 *
 * @param prefix first id segment, e.g. {@code gaps}
 * @param parameters fixed parameters in the id, e.g. {@code network-2020}
 * @param nameEn what a feature is, e.g. "Gaps"
 * @param nameZh the same in Chinese
 * @param parametersEn the fixed parameters in words
 * @param parametersZh the same in Chinese
 * @param geometryType the OGC type of every feature, e.g. {@code MultiPolygon}
 * @param compute the features (CRS84, stable order) of one standard and facility set
 */
public record ResultKind(
    String prefix,
    String parameters,
    String nameEn,
    String nameZh,
    String parametersEn,
    String parametersZh,
    String geometryType,
    BiFunction<ServiceStandard, FacilitySet, List<StoredFeature>> compute) {

  /** The collection id of one standard and set. */
  public String id(ServiceStandard standard, FacilitySet set) {
    return prefix + "-" + standard.code() + "-" + parameters + "-" + set.code();
  }
}
