// The area switcher (issue 15): a <select> in the header listing GET /api/areas. Choosing an area
// sets the view's `area` (absent = the default area, so links without it keep meaning what they
// meant) and reloads the page on that view: the map fits the new area's zone and every panel
// starts over on it, each API call carrying area= (api.js installAreaFetch). The hash carries the
// area, so a reload, link or back step returns to it.
import { fetchJson } from './api.js';
import { t } from './i18n.js';
import { view } from './store.js';

/** The keys that describe a place in one area only: they are dropped when the area changes. */
const AREA_BOUND = ['center', 'zoom', 'layers', 'scenario'];

/**
 * Fills container with the switcher (hidden while there is one area). An `area` in the view that
 * no longer exists falls back to the default area. Returns the areas listed.
 */
export async function initAreaSwitch(container, { reload = () => location.reload() } = {}) {
  const areas = await fetchJson('/api/areas');
  if (view.get().area && !areas.some((a) => a.id === view.get().area && !a.default)) {
    view.set({ area: null }, { source: 'url' }); // unknown (deleted) or the default named: as none
  }
  const label = document.createElement('label');
  label.htmlFor = 'area-select';
  label.dataset.i18n = 'area.label';
  label.textContent = t('area.label');
  const select = document.createElement('select');
  select.id = 'area-select';
  for (const a of areas) {
    const option = document.createElement('option');
    option.value = a.id;
    option.textContent = a.name || a.id;
    option.dataset.default = String(!!a.default);
    select.append(option);
  }
  const shown = view.get().area || (areas.find((a) => a.default) || {}).id;
  if (shown) select.value = shown;
  select.addEventListener('change', () => {
    const chosen = areas.find((a) => a.id === select.value);
    const patch = { area: chosen && !chosen.default ? chosen.id : null };
    for (const k of AREA_BOUND) patch[k] = null;
    view.set(patch, { source: 'user' });
  });
  // after the URL writer has run (same tick), so the reload opens the new hash
  view.subscribe(() => setTimeout(reload, 0), ['area']);
  container.replaceChildren(label, select);
  container.hidden = areas.length < 2;
  return areas;
}
