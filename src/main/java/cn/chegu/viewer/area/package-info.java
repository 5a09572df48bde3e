/**
 * Planning areas: several territories in one deployment (DESIGN §11, issue 15).
 *
 * <p><b>Area</b>: a territory with its own layers (boundary {@code zone}, admin units, population,
 * roads, facilities, optional plan layers) and its own <b>metric CRS</b>, the one every analysis of
 * it runs in: the UTM zone of the centroid of its {@code zone} layer (WGS84 datum, EPSG:326zz north
 * of the equator, 327zz south), see {@link cn.chegu.viewer.area.AreaCrs}. The <b>default area</b>
 * (id {@value cn.chegu.viewer.area.Area#DEFAULT_ID}, the 车谷 sample) answers every request that
 * names no area; it keeps EPSG:32650, its centroid's zone, so its figures do not move.
 *
 * <p><b>Storage key</b>: a layer of the default area is stored under its plain id ({@code zone}); a
 * layer of any other area under {@code <area id>/<layer>} ({@link
 * cn.chegu.viewer.area.Area#layerKey}). Only the store sees keys; everything above it speaks layer
 * ids.
 *
 * <p><b>Scope</b>: the area a request is about. The web layer resolves {@code area=} once per
 * request (absent = default, unknown = 404) and binds it with {@link
 * cn.chegu.viewer.area.AreaScope}; the store and the analysis caches read it there, as Spring's
 * {@code LocaleContextHolder} is read for the locale. Trade-off: no signature of the dozens of
 * store and analysis methods had to grow an area parameter (and every endpoint follows at once), at
 * the price of an implicit input; work handed to another thread must carry it ({@link
 * cn.chegu.viewer.area.AreaScope#wrap}). Engines never read it.
 */
package cn.chegu.viewer.area;
