package cn.chegu.viewer.coverage;

import org.locationtech.jts.geom.Polygon;

/**
 * A dissolved region of uncovered cells within one area.
 *
 * @param rank 1 = most residents
 * @param polygon the region, metres
 * @param residents residents of the uncovered cells in it
 * @param cellCount number of cells
 * @param area the area (sub-district) the cells belong to
 */
public record Gap(int rank, Polygon polygon, long residents, int cellCount, String area) {}
