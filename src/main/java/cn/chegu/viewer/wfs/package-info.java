/**
 * WFS 2.0 (simple, read-only, KVP over GET) beside OGC API – Features, for desktop clients that
 * speak WFS: SuperMap iDesktop, MapInfo, older ArcGIS, QGIS's WFS provider, GDAL's {@code WFS:}
 * driver. The same collections as {@code /ogc} ({@link cn.chegu.viewer.ogc.CollectionRegistry}),
 * written as XML with the JDK's StAX writer; no HTTP here ({@code cn.chegu.viewer.web.wfs} puts it
 * on the wire).
 *
 * <p>Terms:
 *
 * <ul>
 *   <li><em>feature type</em> — a collection, named {@code chegu:<collection id>} in the namespace
 *       {@link cn.chegu.viewer.wfs.WfsNames#NAMESPACE}; its schema ({@code DescribeFeatureType})
 *       has one geometry property {@code geometry} of the collection's one geometry family and the
 *       scalar properties of its features ({@link cn.chegu.viewer.wfs.FeatureTypeSchema}).
 *   <li><em>srsName</em> — the CRS of the answer ({@link cn.chegu.viewer.wfs.SrsName}): the URN and
 *       http URI forms follow the EPSG axis order (EPSG:4326 latitude first), the short form {@code
 *       EPSG:4326} the traditional east-first order, as GeoServer and GDAL read them.
 *   <li><em>page</em> — {@code count} features from {@code startIndex} in the collection's stable
 *       order, the same pages as OGC API's {@code limit}/{@code offset}.
 *   <li><em>exception report</em> — {@code ows:ExceptionReport} (OWS Common 1.1) with a code and
 *       the parameter at fault ({@link cn.chegu.viewer.wfs.WfsException}).
 * </ul>
 */
package cn.chegu.viewer.wfs;
