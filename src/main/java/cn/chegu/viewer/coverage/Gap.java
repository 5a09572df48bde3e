package cn.chegu.viewer.coverage;

import org.locationtech.jts.geom.Polygon;

/**
 * A dissolved region of uncovered cells.
 *
 * @param rank 1 = most residents
 * @param polygon the region, metres
 * @param residents residents of the uncovered cells in it
 * @param cellCount number of cells
 */
public record Gap(int rank, Polygon polygon, long residents, int cellCount) {}
