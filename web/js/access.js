// Keyboard and screen readers: tabs as a real tablist, a focusable gap list, a
// keyboard point query (Enter on the map asks about its centre) and keyboard moves of sites
// (arrow keys on a focused draggable marker move it 50 m; Shift for 250 m).
import { t } from './i18n.js';

/** Tabs: role=tab / tabpanel, aria-selected, arrow keys between tabs. */
export function initTabsA11y(selectTab) {
  const tabs = [...document.querySelectorAll('#panel-tabs [data-tab]')];
  const sync = () => tabs.forEach((tab) => {
    const on = tab.classList.contains('active');
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
  });
  tabs.forEach((tab) => {
    const panel = document.querySelector(`#side-panel .panel[data-panel="${tab.dataset.tab}"]`);
    tab.id = tab.id || `tab-${tab.dataset.tab}`;
    if (panel) {
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      tab.setAttribute('aria-controls', panel.id);
    }
    tab.addEventListener('click', () => setTimeout(sync));
    tab.addEventListener('keydown', (e) => {
      const i = tabs.indexOf(tab);
      const next = e.key === 'ArrowRight' ? tabs[(i + 1) % tabs.length]
        : e.key === 'ArrowLeft' ? tabs[(i - 1 + tabs.length) % tabs.length] : null;
      if (next) {
        e.preventDefault();
        selectTab(next.dataset.tab);
        next.focus();
      }
    });
  });
  sync();
  return sync;
}

/** Every gap list item reachable by Tab and opened by Enter / Space, whenever the list is redrawn. */
export function initGapListA11y(root) {
  const fix = () => root.querySelectorAll('#gap-list li:not([tabindex])').forEach((li) => {
    li.tabIndex = 0;
    li.setAttribute('role', 'button');
    li.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        li.click();
      }
    });
  });
  new MutationObserver(fix).observe(root, { childList: true, subtree: true });
  fix();
}

/** Enter (or Space) on the focused map queries its centre, as a click there would. */
export function initMapKeyboard(map) {
  const container = map.getContainer();
  container.setAttribute('aria-describedby', 'map-keys-hint');
  const hint = document.createElement('div');
  hint.id = 'map-keys-hint';
  hint.className = 'visually-hidden';
  hint.textContent = t('leaflet.keys');
  container.append(hint);
  container.addEventListener('keydown', (e) => {
    if (e.target !== container || (e.key !== 'Enter' && e.key !== ' ')) return;
    e.preventDefault();
    const latlng = map.getCenter();
    const event = { latlng, layerPoint: map.latLngToLayerPoint(latlng), containerPoint: map.latLngToContainerPoint(latlng), originalEvent: e };
    map.fire('preclick', event);
    map.fire('click', event);
  });
}

/** Arrow keys move a focused draggable marker and fire its dragend, as a drag would. */
export function initMarkerKeyboard(map) {
  document.addEventListener('keydown', (e) => {
    const icon = e.target.closest && e.target.closest('.leaflet-marker-icon');
    if (!icon || !['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].includes(e.key)) return;
    let marker = null;
    map.eachLayer((l) => {
      if (l._icon === icon) marker = l;
    });
    if (!marker || !marker.dragging || !marker.dragging.enabled()) return;
    e.preventDefault();
    e.stopPropagation();
    const step = e.shiftKey ? 250 : 50;
    const p = marker.getLatLng();
    const dLat = step / 111_320;
    const dLon = step / (111_320 * Math.cos((p.lat * Math.PI) / 180));
    const to = L.latLng(
      p.lat + (e.key === 'ArrowUp' ? dLat : e.key === 'ArrowDown' ? -dLat : 0),
      p.lng + (e.key === 'ArrowRight' ? dLon : e.key === 'ArrowLeft' ? -dLon : 0));
    marker.setLatLng(to);
    marker.fire('drag', { latlng: to });
    marker.fire('dragend', { target: marker, distance: step });
  }, true);
}
