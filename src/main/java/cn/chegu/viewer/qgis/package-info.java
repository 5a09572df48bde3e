/**
 * A QGIS project of the map's current view, for planners who continue in QGIS: every layer a
 * collection of our own OGC API – Features service (or of our WFS), styled as the web map draws it,
 * the view's extent and its result layers (gaps, service areas). Written as QGIS's {@code .qgs} XML
 * with the JDK's StAX writer and zipped as {@code .qgz}; no HTTP here.
 *
 * <p>Terms:
 *
 * <ul>
 *   <li><em>symbol</em> — how one kind of feature is drawn ({@link cn.chegu.viewer.qgis.Symbol}):
 *       fill, stroke, width in screen pixels, dash pattern, marker size; the same numbers as the
 *       web map's {@code web/js/styles.js} (a test compares them).
 *   <li><em>renderer</em> — which symbol a feature gets ({@link cn.chegu.viewer.qgis.Renderer}):
 *       one symbol, categories of a QGIS expression, or ranges of a number.
 *   <li><em>view</em> — what the browser shows ({@link cn.chegu.viewer.qgis.QgisView}): standard,
 *       method, year, facility set, extent, language, and whether layers go through OGC API or WFS.
 * </ul>
 */
package cn.chegu.viewer.qgis;
