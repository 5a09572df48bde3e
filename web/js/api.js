// The viewer's REST API (see README / OpenAPI at /v3/api-docs).
async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let message = response.statusText;
    try {
      message = (await response.json()).message || message;
    } catch (e) {
      /* not JSON */
    }
    throw new Error(`${url}: ${response.status} ${message}`);
  }
  return response.json();
}

/** [{id, title, titleZh, group, geometryType, count, bbox, source, ...}] in draw order. */
export function fetchLayers() {
  return getJson('/api/layers');
}

/** A GeoJSON FeatureCollection of the layer's features. */
export function fetchFeatures(layerId) {
  return getJson(`/api/layers/${encodeURIComponent(layerId)}/features?limit=50000`);
}

/** [{layer, id, nameZh, nameEn, lon, lat}] */
export function search(query, limit = 20) {
  return getJson(`/api/search?q=${encodeURIComponent(query)}&limit=${limit}`);
}
