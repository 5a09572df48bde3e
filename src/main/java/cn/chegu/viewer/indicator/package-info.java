/**
 * The plan's own indicators, measured on our data.
 *
 * <p>An <b>indicator</b> is one target the plan states (Table 2-1 or a clause of chapter 9), quoted
 * with its clause ({@code planRef}), its 2020 <b>baseline</b> where the plan gives one and its 2025
 * <b>target</b>. <b>measured</b> is what our layers say today for the chosen population year and
 * facility set, computed by a stated <b>method</b> (which coverage standard, which rule); it is
 * {@code null} when the layers cannot measure it, and then <b>needs</b> names the data that would.
 * A number is never estimated to fill a gap. <b>met</b> compares measured with target in the plan's
 * direction (at least / at most), and is {@code null} when either side is missing. Every indicator
 * carries a <b>view</b>: the map's URL hash that shows it.
 *
 * <p>Shares are of <em>modelled</em> residents (see gis-data/README.md), so they describe the
 * sample, not the surveyed zone.
 */
package cn.chegu.viewer.indicator;
