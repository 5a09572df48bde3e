// The URL hash as a serialisation of the view store (store.js), and back. Which keys the hash
// carries is a registry: the shared ones below, plus each panel's own, registered when its module
// loads (registerField('siting.k', {type: 'number'})). Unknown hash keys are ignored; unset keys
// are left out. No DOM: unit-tested with `node --test` (web/test/view-hash.test.mjs).
//
// Example: #tab=coverage&standard=health15&method=network&year=2025&facilities=plan
//          &center=30.38000,114.10000&zoom=11.5&layers=zone,subdistricts&siting.k=3

const FIELDS = new Map();

/**
 * Adds a key to the hash. type: 'string' (default), 'number', 'list' (comma separated),
 * 'latlon' ("lat,lon", 5 decimals). history: 'push' (a change is a new back/forward step, default)
 * or 'replace' (map moves: the entry is updated in place).
 */
export function registerField(key, { type = 'string', history = 'push' } = {}) {
  if (!/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)?$/.test(key)) throw new Error(`bad view key ${key}`);
  FIELDS.set(key, { type, history });
}

/** The registered keys, in hash order. */
export function fields() {
  return [...FIELDS.keys()];
}

/** Whether a change of these keys is a new history entry. */
export function pushesHistory(keys) {
  return keys.some((k) => FIELDS.has(k) && FIELDS.get(k).history === 'push');
}

for (const k of ['area', 'tab', 'standard', 'method', 'year', 'facilities', 'scenario']) registerField(k);
registerField('layers', { type: 'list' });
registerField('basemap');
registerField('center', { type: 'latlon', history: 'replace' });
registerField('zoom', { type: 'number', history: 'replace' });

function parseValue(type, text) {
  switch (type) {
    case 'number': {
      const n = Number(text);
      return text !== '' && Number.isFinite(n) ? n : undefined;
    }
    case 'list':
      return text.split(',').filter(Boolean);
    case 'latlon': {
      const [lat, lon] = text.split(',').map(Number);
      return Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? [lat, lon] : undefined;
    }
    default:
      return text;
  }
}

function formatValue(type, v) {
  switch (type) {
    case 'number':
      return String(Math.round(v * 100) / 100);
    case 'list':
      return v.join(',');
    case 'latlon':
      return `${v[0].toFixed(5)},${v[1].toFixed(5)}`;
    default:
      return String(v);
  }
}

/** The registered keys found in the hash, typed; bad values are dropped. */
export function parseHash(hash) {
  const p = new URLSearchParams(String(hash || '').replace(/^#/, ''));
  const out = {};
  for (const [k, f] of FIELDS) {
    if (!p.has(k) || (p.get(k) === '' && f.type !== 'list')) continue;
    const v = parseValue(f.type, p.get(k));
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** The hash of a view: the registered keys that are set, in registration order. */
export function formatHash(state) {
  const parts = [];
  for (const [k, f] of FIELDS) {
    const v = state[k];
    if (v === undefined || v === null || v === '') continue;
    parts.push(`${k}=${encodeURIComponent(formatValue(f.type, v)).replace(/%2C/g, ',').replace(/%3A/g, ':')}`);
  }
  return `#${parts.join('&')}`;
}
