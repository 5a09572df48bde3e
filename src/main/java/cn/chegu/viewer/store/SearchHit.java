package cn.chegu.viewer.store;

/**
 * A feature whose name matched a search.
 *
 * @param lon longitude of a point on or inside the feature (to zoom to)
 * @param lat latitude of that point
 */
public record SearchHit(
    String layerId, String id, String nameZh, String nameEn, double lon, double lat) {}
