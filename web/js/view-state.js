// Views that can be shared: the URL hash carries centre, zoom, layers, tab, standard, method, year,
// facility set and scenario. A pasted link opens the same view; back/forward move between views.
// Format: #center=30.38000,114.10000&zoom=11.5&tab=coverage&standard=health15&method=network&year=2020
//         &facilities=existing&scenario=3&layers=zone,subdistricts,facilities-kindergarten
import { fetchStandards } from './api.js';

const KEYS = ['center', 'zoom', 'tab', 'standard', 'method', 'year', 'facilities', 'scenario', 'layers'];

/** The hash parsed into {center:[lat,lon], zoom, tab, standard, ...}; unknown keys are ignored. */
export function parseHash(hash) {
  const p = new URLSearchParams(String(hash || '').replace(/^#/, ''));
  const out = {};
  for (const k of KEYS) if (p.has(k) && p.get(k) !== '') out[k] = p.get(k);
  if (out.center) {
    const [lat, lon] = out.center.split(',').map(Number);
    out.center = Number.isFinite(lat) && Number.isFinite(lon) ? [lat, lon] : undefined;
  }
  if (out.zoom !== undefined) out.zoom = Number.isFinite(Number(out.zoom)) ? Number(out.zoom) : undefined;
  if (out.layers !== undefined) out.layers = out.layers.split(',').filter(Boolean);
  return out;
}

export function formatHash(v) {
  const p = new URLSearchParams();
  if (v.center) p.set('center', `${v.center[0].toFixed(5)},${v.center[1].toFixed(5)}`);
  if (v.zoom !== undefined) p.set('zoom', String(Math.round(v.zoom * 100) / 100));
  for (const k of ['tab', 'standard', 'method', 'year', 'facilities', 'scenario']) if (v[k]) p.set(k, String(v[k]));
  if (v.layers) p.set('layers', v.layers.join(','));
  return `#${p.toString().replace(/%2C/g, ',')}`;
}

/**
 * Keeps the hash and the view in step. ctx: {map, manager, coverage, activeTab(), selectTab(name),
 * facilities(), setFacilities(set)}. Map moves replace the history entry; tab, layer and analysis
 * changes push one, so back/forward step through them.
 */
export function initViewState(ctx) {
  const { map, manager } = ctx;
  let applying = false;
  let lastWritten = location.hash;

  function current() {
    const c = map.getCenter();
    const v = { center: [c.lat, c.lng], zoom: map.getZoom(), tab: ctx.activeTab() };
    const last = ctx.coverage && ctx.coverage.last;
    if (last) Object.assign(v, { standard: last.standard.code, method: last.method, year: last.year });
    const f = ctx.facilities();
    if (f) v.facilities = f;
    const scn = window.cheguMap && window.cheguMap.scenarioId;
    if (scn) v.scenario = scn;
    v.layers = [...manager.toggles.values()].filter((x) => x.on).map((x) => x.id);
    return v;
  }

  function write(push) {
    if (applying) return;
    const hash = formatHash(current());
    if (hash === location.hash) return;
    lastWritten = hash;
    if (push) history.pushState(null, '', hash);
    else history.replaceState(null, '', hash);
  }

  async function apply(hash) {
    const v = parseHash(hash);
    applying = true;
    try {
      if (v.center && v.zoom !== undefined) map.setView(v.center, v.zoom, { animate: false });
      else if (v.center) map.panTo(v.center, { animate: false });
      if (v.layers) {
        const want = new Set(v.layers);
        for (const x of [...manager.toggles.values()]) {
          if (want.has(x.id) !== x.on) await manager.setOn(x.id, want.has(x.id));
        }
      }
      if (v.facilities) ctx.setFacilities(v.facilities);
      if (v.tab) ctx.selectTab(v.tab);
      if (v.standard && ctx.coverage) await fetchStandards(); // the panel's list must hold it first
      if (v.standard && ctx.coverage) await ctx.coverage.show(v.standard, v.method || 'network', v.year || '2020');
      // drawing a coverage may fit the map to it: the link's own centre and zoom win
      if (v.center && v.zoom !== undefined) map.setView(v.center, v.zoom, { animate: false });
    } finally {
      applying = false;
    }
    lastWritten = location.hash;
    window.cheguMap.viewApplied = (window.cheguMap.viewApplied || 0) + 1;
  }

  map.on('moveend', () => write(false));
  manager.onChange(() => write(true));
  window.addEventListener('hashchange', () => {
    if (location.hash !== lastWritten) apply(location.hash);
  });
  window.addEventListener('popstate', () => apply(location.hash));
  return {
    apply,
    write,
    current,
    /** Opens a view given as a hash (e.g. an indicator's view), as a new history entry. */
    open(hash) {
      history.pushState(null, '', hash);
      lastWritten = '';
      return apply(hash);
    },
  };
}
