package cn.chegu.viewer.ogc;

import cn.chegu.viewer.facility.ServiceStandard;
import cn.chegu.viewer.store.StoredFeature;
import java.util.List;
import java.util.function.BiFunction;

/**
 * One kind of analysis result offered as collections, one per (standard, parameters): collection id
 * {@code prefix-standard-method[-year]-set}, e.g. {@code gaps-health15-network-2020-existing} or
 * {@code service-areas-health15-euclidean-plan}. Adding a kind (access, …) is one more instance in
 * {@link ResultCollections}.
 *
 * @param prefix first id segment, e.g. {@code gaps}
 * @param byYear whether the residents' year is a parameter (in the id)
 * @param nameEn what a feature is, e.g. "Gaps"
 * @param nameZh the same in Chinese
 * @param geometryType the OGC type of every feature, e.g. {@code MultiPolygon}
 * @param compute the features (CRS84, stable order) of one standard and facility set
 */
public record ResultKind(
    String prefix,
    boolean byYear,
    String nameEn,
    String nameZh,
    String geometryType,
    BiFunction<ServiceStandard, ResultParameters, List<StoredFeature>> compute) {

  /** The collection id of one standard and parameters. */
  public String id(ServiceStandard standard, ResultParameters p) {
    return prefix
        + "-"
        + standard.code()
        + "-"
        + p.method().code()
        + (byYear ? "-" + p.year().year() : "")
        + "-"
        + p.set().code();
  }
}
