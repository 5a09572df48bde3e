// The joint siting view as view-store keys (issue 21 §2), and back. No DOM: unit-tested with
// `node --test` (web/test/joint-keys.test.js). A site is "type:lon:lat" or "type:lon:lat:year"
// (its phase's year), 6 decimals (0.1 m) — what is recounted on reload is exactly what the link
// says; a phase is "year:budget"; a cost is "type:cost".

/** A joint site as the URL carries it. */
export function jointSiteKey(s) {
  const base = `${s.type}:${Number(s.lon).toFixed(6)}:${Number(s.lat).toFixed(6)}`;
  return s.phase === undefined || s.phase === null ? base : `${base}:${s.phase}`;
}

/** The site of a key ({type, lon, lat, phase?}), or null for a malformed one. */
export function parseJointSite(key) {
  const p = String(key).split(':');
  if (p.length !== 3 && p.length !== 4) return null;
  const [type, lon, lat] = [p[0], Number(p[1]), Number(p[2])];
  if (!/^[a-z_]+$/.test(type) || !Number.isFinite(lon) || !Number.isFinite(lat)) return null;
  const site = { type, lon, lat };
  if (p.length === 4) {
    const year = Number(p[3]);
    if (!Number.isInteger(year)) return null;
    site.phase = year;
  }
  return site;
}

/** "a:b" pairs of a list key as [string, number], malformed ones dropped. */
function pairs(list) {
  return (list || []).map((x) => String(x).split(':')).filter((p) => p.length === 2 && p[0] && Number.isFinite(Number(p[1])) && p[1] !== '')
    .map(([a, b]) => [a, Number(b)]);
}

/** The phases of the view: [{year, budget}]. */
export function parsePhases(list) {
  return pairs(list).filter(([y]) => /^\d{4}$/.test(y)).map(([y, b]) => ({ year: Number(y), budget: b }));
}

/** The costs of the view: {type: cost}. */
export function parseCosts(list) {
  return Object.fromEntries(pairs(list));
}

/**
 * The view keys of joint settings s = {standard, budget, costs: {type: cost}, maxPerType, time,
 * phases: [{year, budget}] or null, types: [type] built, [] = all}. Costs of 1 (the API's default)
 * and "every type" are left out.
 */
export function settingsKeys(s) {
  const costs = Object.entries(s.costs || {}).filter(([, c]) => c !== 1).map(([k, c]) => `${k}:${c}`);
  return {
    'joint.standard': s.standard,
    'joint.budget': s.phases && s.phases.length ? null : s.budget,
    'joint.costs': costs.length ? costs : null,
    'joint.types': s.types && s.types.length ? [...s.types] : null,
    'joint.maxPerType': s.maxPerType || null,
    'joint.time': s.time,
    'joint.phases': s.phases && s.phases.length ? s.phases.map((p) => `${p.year}:${p.budget}`) : null,
  };
}

/** The body of POST /api/siting/joint (and, with sites, of .../evaluate) for settings s. */
export function jointBody(s, year, facilities) {
  const body = { standard: s.standard, year: Number(year), facilities, method: 'exact', timeLimitSeconds: s.time };
  if (s.phases && s.phases.length) body.phases = s.phases.map((p) => ({ year: p.year, budget: p.budget }));
  else body.budget = s.budget;
  if (Object.keys(s.costs || {}).length) body.costs = { ...s.costs };
  if (s.maxPerType) body.maxPerType = s.maxPerType;
  if (s.types && s.types.length) body.types = [...s.types];
  return body;
}
