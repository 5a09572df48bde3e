package cn.chegu.viewer.coverage;

/**
 * Residents covered in one area (sub-district).
 *
 * @param area area name
 * @param total residents
 * @param covered residents covered
 * @param share covered / total (0 when total is 0)
 */
public record AreaCoverage(String area, long total, long covered, double share) {}
