/**
 * OGC API – Features (Parts 1 and 2) over the viewer's data, without HTTP: what the service offers
 * and how items are selected; {@code cn.chegu.viewer.web.ogc} puts it on the wire under {@code
 * /ogc}.
 *
 * <p>Terms:
 *
 * <ul>
 *   <li><em>collection</em> — a named set of features a client can list and page through ({@link
 *       cn.chegu.viewer.ogc.OgcCollection}): every map layer (the layer id is the collection id),
 *       each scenario's effective facilities ({@code scenario-{id}-facilities}) and the analysis
 *       results of fixed parameters ({@code gaps-health15-network-2020-existing}, {@code
 *       service-areas-health15-network-existing}), listed by the {@link
 *       cn.chegu.viewer.ogc.CollectionRegistry}.
 *   <li><em>item</em> — one feature of a collection, with a string id unique in it.
 *   <li><em>storage CRS</em> — how the data is held: CRS84 (WGS84 longitude, latitude).
 *   <li><em>response CRS</em> — the CRS a client asks for with {@code crs} ({@link
 *       cn.chegu.viewer.ogc.OgcCrs}); coordinates follow that CRS's <em>axis order</em> as EPSG
 *       defines it (EPSG:4326 and 4490: latitude first; EPSG:4547: northing first; CRS84, 3857,
 *       32650: east first).
 *   <li><em>page</em> — {@code limit} items from {@code offset} in the collection's stable order
 *       (store order, gap rank, band), so following {@code next} links visits every matched item
 *       exactly once ({@link cn.chegu.viewer.ogc.ItemSelection}).
 *   <li><em>queryable</em> — a property that may be used as an equality filter parameter ({@code
 *       ?type=hospital}); any other parameter is refused with 400.
 * </ul>
 */
package cn.chegu.viewer.ogc;
