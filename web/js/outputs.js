// What a planner takes to the meeting: the Indicators tab, shareable URL views,
// report / PNG / print / measure tools, the phone layout and keyboard access. main.js calls
// initOutputs once the map and the analysis panels exist.
import { initIndicatorsPanel } from './indicators-panel.js';
import { initComparePanel } from './compare-panel.js';
import { initAreaFirst } from './area-first.js';
import { initViewState } from './view-state.js';
import { initMapTools } from './map-tools.js';
import { initGapListA11y, initMapKeyboard, initMarkerKeyboard, initTabsA11y } from './access.js';
import { t, onLangChange } from './i18n.js';
import { view as store } from './store.js';
import { ownResult } from './results.js';
import { areaNamer } from './coverage-panel.js';

const PHONE = window.matchMedia('(max-width: 700px)');

function activeTab() {
  return store.get().tab;
}

function selectTab(name) {
  store.set({ tab: name }, { source: 'user' });
  document.body.classList.remove('panel-collapsed');
}

/** Phone: map first, the panel a collapsible sheet under it, the legend a sheet over the map. */
function initPhoneLayout(map) {
  const tabs = document.getElementById('panel-tabs');
  const button = document.createElement('button');
  button.type = 'button';
  button.id = 'panel-toggle';
  button.className = 'panel-toggle';
  tabs.append(button);
  const label = () => {
    const collapsed = document.body.classList.contains('panel-collapsed');
    button.textContent = collapsed ? '▴' : '▾';
    button.title = t(collapsed ? 'panel.expand' : 'panel.collapse');
    button.setAttribute('aria-label', button.title);
    button.setAttribute('aria-expanded', String(!collapsed));
  };
  button.addEventListener('click', () => {
    document.body.classList.toggle('panel-collapsed');
    label();
  });
  const apply = () => {
    document.body.classList.toggle('phone', PHONE.matches);
    document.body.classList.toggle('panel-collapsed', PHONE.matches);
    if (window.innerWidth <= 1000) document.getElementById('legend-box').open = false;
    label();
  };
  PHONE.addEventListener('change', apply);
  apply();
  onLangChange(label);
  new ResizeObserver(() => map.invalidateSize({ animate: false })).observe(map.getContainer());
  document.querySelectorAll('#panel-tabs [data-tab]').forEach((tab) => tab.addEventListener('click', () => {
    document.body.classList.remove('panel-collapsed');
    label();
  }));
}

/**
 * A park named like a layout element (park 4 = the core, 经开新区·军山新城) is labelled once: its
 * own label hides while the layout layer shows the same name.
 */
function dedupeLabels(map, manager) {
  const names = new Set(((manager.features && manager.features.get('layout')) || [])
    .filter((f) => ['core', 'cluster'].includes(f.properties.element)).map((f) => f.properties.name_zh));
  for (const toggle of manager.toggles.values()) {
    if (toggle.layerId !== 'parks' || !toggle.leaflet) continue;
    toggle.leaflet.eachLayer((l) => {
      const tip = l.getTooltip && l.getTooltip();
      if (!tip || !names.has(l.feature.properties.name_zh)) return;
      tip.options.className += ' label-duplicate';
      if (tip.getElement()) tip.getElement().classList.add('label-duplicate');
    });
  }
  const sync = () => map.getContainer().classList.toggle('layout-on',
    [...manager.toggles.values()].some((x) => x.layerId === 'layout' && x.on && /core|cluster/.test(x.id)));
  manager.onChange(sync);
  sync();
}

export async function initOutputs({ map, manager, coverage }) {
  dedupeLabels(map, manager);
  initAreaFirst(map, manager);
  const indicators = initIndicatorsPanel(document.getElementById('panel-indicators'), {
    openView: (hash) => view.open(hash),
  });
  document.querySelector('#panel-tabs [data-tab="indicators"]').addEventListener('click', () => {
    if (!indicators.list.length) indicators.load();
  });
  const view = initViewState({ map, manager });
  const syncTabs = initTabsA11y(selectTab);
  store.subscribe((state) => {
    syncTabs();
    if (state.tab === 'indicators' && !indicators.list.length) indicators.load();
  }, ['tab']);
  const tools = initMapTools(map, () => view.current());
  const compare = initComparePanel(document.getElementById('panel-compare'), map, areaNamer(manager));
  ownResult(map, ['compare'], () => [compare.last ? compare.layer : null]);
  document.querySelector('#panel-tabs [data-tab="compare"]').addEventListener('click', () => compare.refreshScenarios());
  initGapListA11y(document.getElementById('panel-coverage'));
  initMapKeyboard(map);
  initMarkerKeyboard(map);
  initPhoneLayout(map);
  if (location.hash.length > 1) await view.apply(location.hash);
  else {
    // the first fit left room for the desktop legend; phones and tablets fit the zone to the map
    const zone = (manager.features && manager.features.get('zone')) || [];
    if (window.innerWidth <= 1000 && zone.length) {
      const bounds = L.geoJSON(zone).getBounds();
      map.invalidateSize({ animate: false });
      // a tall narrow map sees more than the desktop's max bounds; Leaflet would pan it sideways
      map.setMaxBounds(bounds.pad(1));
      const fit = () => map.fitBounds(bounds, { animate: false, padding: [10, 10] });
      fit();
      setTimeout(fit, 400); // after the pan Leaflet started when the desktop max bounds were set

    }
    view.write(false);
  }
  if (activeTab() === 'indicators') await indicators.load();
  return { indicators, view, tools, compare };
}
