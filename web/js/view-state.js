// The URL and the view store (store.js) in step. The hash is formatHash(store) after every change
// (map moves replace the history entry; other changes push one, so back/forward step through
// views); a pasted link, reload, back or forward sets the store from the hash (meta.source 'url'),
// and the panels, map and layer toggles follow the store.
import { view, VIEW_DEFAULTS } from './store.js';
import { fields, formatHash, parseHash, pushesHistory } from './view-hash.js';

/** The view a hash names: its keys, and every other key except centre/zoom back to its default. */
export function viewOfHash(hash) {
  const v = parseHash(hash);
  const out = {};
  for (const k of fields()) if (!['center', 'zoom', 'layers'].includes(k)) out[k] = VIEW_DEFAULTS[k] ?? null;
  return Object.assign(out, v);
}

/**
 * ctx: {map, manager}. Returns {apply(hash), open(hash), write()}. window.cheguMap.viewApplied
 * counts views applied from the URL (browser tests wait on it).
 */
export function initViewState({ map, manager, store = view }) {
  store.subscribe((state, changed, meta) => {
    if (meta.source === 'url') return;
    const hash = formatHash(state);
    if (hash === location.hash) return;
    if (pushesHistory(changed)) history.pushState(null, '', hash);
    else history.replaceState(null, '', hash);
  });
  const onIds = () => [...manager.toggles.values()].filter((x) => x.on).map((x) => x.id);
  const mapView = () => {
    const c = map.getCenter();
    return { center: [Number(c.lat.toFixed(5)), Number(c.lng.toFixed(5))], zoom: Math.round(map.getZoom() * 100) / 100 };
  };
  let applying = false;
  map.on('moveend', () => {
    if (!applying) store.set(mapView(), { source: 'map' });
  });
  manager.onChange(() => {
    if (!applying) store.set({ layers: onIds() }, { source: 'layers' });
  });

  async function apply(hash) {
    const v = viewOfHash(hash);
    applying = true;
    try {
      if (v.center && v.zoom !== undefined) map.setView(v.center, v.zoom, { animate: false });
      if (v.layers) {
        const want = new Set(v.layers);
        for (const x of [...manager.toggles.values()]) if (want.has(x.id) !== x.on) await manager.setOn(x.id, want.has(x.id));
      }
      store.set(v, { source: 'url' });
      store.set({ ...mapView(), layers: onIds() }, { source: 'url' });
    } finally {
      applying = false;
    }
    window.cheguMap.viewApplied = (window.cheguMap.viewApplied || 0) + 1;
  }

  window.addEventListener('popstate', () => apply(location.hash));
  window.addEventListener('hashchange', () => {
    if (location.hash !== formatHash(store.get())) apply(location.hash);
  });
  return {
    apply,
    /** Writes the current view as the hash (replacing the entry), e.g. after the first fit. */
    write() {
      store.set({ ...mapView(), layers: onIds() }, { source: 'map' });
      const hash = formatHash(store.get());
      if (hash !== location.hash) history.replaceState(null, '', hash);
    },
    current: () => store.get(),
    /** Opens a view given as a hash (e.g. an indicator's), as a new history entry. */
    open(hash) {
      history.pushState(null, '', hash);
      return apply(hash);
    },
  };
}
