// The one view store (issue 18 §1): everything that makes up "the view" — area, tab, standard,
// method, year, facility set, scenario, each panel's settings, layers, basemap, centre, zoom — in
// one flat object. Panels read it with get(), change it with set(), and follow it with subscribe();
// the URL hash is serialised from it (view-hash.js) and restores all of it. No DOM here: the store
// and the hash round trip are unit-tested with `node --test` (web/test/).
//
// Keys are flat strings; a panel's own settings use its name as a prefix ("siting.k",
// "access.type", "compare.scenarioB"), registered with registerField() in view-hash.js.

/**
 * A store of one flat object. set(patch, meta) merges the patch, then calls every subscriber with
 * (state, changedKeys, meta) if anything changed; meta says who changed it ({source: 'url'|'map'|
 * 'user'|…}) so, e.g., the URL writer does not write back what it has just read.
 */
export function createStore(initial = {}) {
  let state = Object.freeze({ ...initial });
  const subscribers = new Set();
  return {
    /** The current view (frozen; copy it to change it). */
    get() {
      return state;
    },
    /** Merges patch; undefined or null removes a key. Returns the keys that changed. */
    set(patch, meta = {}) {
      const next = { ...state };
      const changed = [];
      for (const [k, v] of Object.entries(patch)) {
        if (v === undefined || v === null) {
          if (k in next) {
            delete next[k];
            changed.push(k);
          }
        } else if (!same(next[k], v)) {
          next[k] = v;
          changed.push(k);
        }
      }
      if (!changed.length) return changed;
      state = Object.freeze(next);
      for (const fn of [...subscribers]) fn(state, changed, meta);
      return changed;
    },
    /**
     * Calls fn(state, changedKeys, meta) after each change; with keys, only when one of them
     * changed. Returns a function that unsubscribes.
     */
    subscribe(fn, keys) {
      const wrapped = keys ? (s, changed, meta) => {
        if (changed.some((k) => keys.includes(k))) fn(s, changed, meta);
      } : fn;
      subscribers.add(wrapped);
      return () => subscribers.delete(wrapped);
    },
  };
}

function same(a, b) {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  return false;
}

/** Defaults of the shared keys (the hash always names them, so a link is explicit). */
export const VIEW_DEFAULTS = Object.freeze({ tab: 'layers', method: 'network', year: '2020', facilities: 'existing' });

/** The page's view store: the one instance every panel imports. */
export const view = createStore(VIEW_DEFAULTS);

/**
 * Keeps a <select> or <input> and a store key in step both ways: the control shows the store's
 * value, and a change by the planner sets the key (meta.source 'user'). Returns the unsubscribe.
 */
export function bindControl(store, control, key, fallback) {
  const show = (s) => {
    const v = s[key] ?? fallback;
    if (v !== undefined && control.value !== String(v)) control.value = String(v);
  };
  control.addEventListener('change', () => store.set({ [key]: control.value }, { source: 'user', key }));
  show(store.get());
  return store.subscribe(show, [key]);
}
