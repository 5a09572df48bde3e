// The viewer's REST API (see README / OpenAPI at /v3/api-docs).
import { tOr } from './i18n.js';
import { view } from './store.js';

const AREA_PATHS = /^\/(api|ogc|wfs)(\/|\?|$)/;

/**
 * The URL with the view's area: an /api, /ogc or /wfs address of this server gets `area=<id>`
 * when the view shows another area than the default one (the default area has no `area` in the
 * view, so today's URLs stay as they were). Other addresses and URLs that name an area already
 * are returned unchanged.
 */
export function withArea(url) {
  const area = view.get().area;
  if (!area || typeof url !== 'string') return url;
  const u = new URL(url, location.origin);
  if (u.origin !== location.origin || !AREA_PATHS.test(u.pathname) || u.searchParams.has('area')) return url;
  u.searchParams.set('area', area);
  return url.startsWith(location.origin) ? u.href : u.pathname + u.search + u.hash;
}

/**
 * Every fetch of the page goes through withArea, so each panel's API calls follow the area
 * switcher without each one carrying the area itself. Called once by main.js.
 */
export function installAreaFetch(win = window) {
  const original = win.fetch.bind(win);
  win.fetch = (input, init) => original(typeof input === 'string' ? withArea(input) : input instanceof URL ? withArea(input.href) : input, init);
}
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
