/**
 * Comparing two views of one standard: 2020 against 2025 residents, existing against planned
 * facilities, the baseline against a scenario, or one scenario against another. A <b>side</b> is
 * (population year, facility set, optional scenario); the answer is a {@link
 * cn.chegu.viewer.coverage.CoverageDiff}: the cells that gain or lose coverage, the change in
 * uncovered residents per cell, and the covered residents of each sub-district on both sides.
 */
package cn.chegu.viewer.compare;
