// At overview zooms a click opens the plan area under the cursor (core, cluster, park) rather
// than whichever road or rail line happens to be drawn on top of it.
const OVERVIEW_BELOW_ZOOM = 12;
// the most specific first: a park, then the core or a cluster, then a belt or corridor
const AREA_LAYERS = ['parks', 'layout'];
const rank = (f) => (['core', 'cluster'].includes(f.properties.element) ? 0 : 1);

/** Ray casting over one ring of [lon, lat] positions. */
function inRing(ring, x, y) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function contains(geometry, lon, lat) {
  if (!geometry) return false;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates]
    : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  return polygons.some((rings) => inRing(rings[0], lon, lat) && !rings.slice(1).some((h) => inRing(h, lon, lat)));
}

export function initAreaFirst(map, manager) {
  map.on('popupopen', (e) => {
    const source = e.popup._source;
    if (!source || !source.feature || map.getZoom() >= OVERVIEW_BELOW_ZOOM) return;
    const type = source.feature.geometry && source.feature.geometry.type;
    if (!/LineString/.test(type || '')) return;
    const at = e.popup.getLatLng();
    for (const layerId of AREA_LAYERS) {
      const features = [...((manager.features && manager.features.get(layerId)) || [])].sort((a, b) => rank(a) - rank(b));
      for (const f of features) {
        if (!contains(f.geometry, at.lng, at.lat)) continue;
        const entry = manager.locate(layerId, f.id ?? f.properties.id);
        if (!entry || !entry.leaflet || !map.hasLayer(entry.leaflet) || !entry.leaflet.openPopup) continue;
        setTimeout(() => entry.leaflet.openPopup(at));
        return;
      }
    }
  });
}
