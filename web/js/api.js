// The viewer's REST API (see README / OpenAPI at /v3/api-docs).
import { tOr } from './i18n.js';
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

/** A GeoJSON FeatureCollection of the layer's features; with a zoom, lines thinned to what it shows. */
export function fetchFeatures(layerId, zoom) {
  const detail = zoom == null ? '' : `&zoom=${zoom}`;
  return getJson(`/api/layers/${encodeURIComponent(layerId)}/features?limit=50000${detail}`);
}

/** [{layer, id, nameZh, nameEn, lon, lat}] */
export function search(query, limit = 20) {
  return getJson(`/api/search?q=${encodeURIComponent(query)}&limit=${limit}`);
}

/** GET as JSON; optional AbortSignal. Errors carry the server's message and the HTTP status. */
export async function fetchJson(url, options = {}) {
  const response = await fetch(url, { headers: { Accept: 'application/json, application/geo+json' }, ...options });
  return answer(response);
}

/** The body as JSON, or an Error with {status, message} from the server's JSON problem. */
export async function answer(response) {
  if (response.status === 204) return null;
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    /* not JSON */
  }
  if (!response.ok) {
    // the server speaks English; in Chinese mode the kind of failure is said first in Chinese
    const error = new Error(tOr(`http.${response.status}`, '') + ((body && body.message) || response.statusText || String(response.status)));
    error.status = response.status;
    error.body = body;
    throw error;
  }
  return body;
}

/** GET /api/standards, cached: [{code, nameZh, nameEn, types, rule, mode, minutes, ...}]. */
let standardsPromise = null;
export function fetchStandards() {
  if (!standardsPromise) standardsPromise = fetchJson('/api/standards');
  return standardsPromise;
}
