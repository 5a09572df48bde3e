/**
 * The report a planner takes to the meeting: one coverage view (standard, method, population year,
 * facility set, optionally a scenario) written as a PDF or an Excel workbook.
 *
 * <p>A <b>report</b> holds: title and date; the data versions and provenance of every layer; a
 * <b>map</b> of the view drawn on the server from our own layers by {@link
 * cn.chegu.viewer.report.MapRenderer} (JTS geometries to Java2D, no tiles, no internet); the
 * <b>headline</b> (residents covered and share); the <b>per-area table</b> (sub-districts); the
 * <b>ranked gaps</b>; the <b>scenario</b> result with its per-area deltas when one is given; the
 * plan's <b>indicators</b>; and the <b>rules</b> and sources behind every number.
 *
 * <p>The other views (siting, access, compare; {@link cn.chegu.viewer.report.ParksReport the parks
 * page}) are written from a {@link cn.chegu.viewer.report.ViewReport}: the panel's tables,
 * formatted as the panel formats them, its rules, and optionally a map.
 *
 * <p>Chinese text is set in an embedded, subsetted CJK font (Noto Sans CJK SC from Debian's {@code
 * fonts-noto-cjk}, configurable with {@code chegu.report.font}); without it a report is refused
 * with a message that names the missing file, never written with blank glyphs.
 */
package cn.chegu.viewer.report;
