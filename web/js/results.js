// Results on the map belong to the view that made them (issue 18 §1): each panel registers the
// Leaflet layers of its answer with the tabs they belong to; when the store's tab changes, layers of
// other tabs leave the map and come back when their tab is open again. A cleared answer returns no
// layers and so is not brought back.
import { view } from './store.js';

const owners = [];

/**
 * tabs: the tab names whose view shows these layers; layers(): the panel's current result layers
 * (null entries are skipped). Returns a function that re-applies the rule (call it after drawing).
 */
export function ownResult(map, tabs, layers, store = view) {
  const apply = () => {
    const mine = tabs.includes(store.get().tab);
    for (const l of layers()) {
      if (!l) continue;
      if (mine && !map.hasLayer(l)) l.addTo(map);
      if (!mine && map.hasLayer(l)) map.removeLayer(l);
    }
  };
  owners.push(apply);
  if (owners.length === 1) store.subscribe(() => owners.forEach((f) => f()), ['tab']);
  return apply;
}
