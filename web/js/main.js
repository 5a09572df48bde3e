// Entry point: builds the map, loads the layers from the API, wires tree, legend, search and zh/en.
import { fetchJson, fetchLayers, installAreaFetch } from './api.js';
import { createBasemaps } from './basemap.js';
import { applyStatic, onLangChange, planTitleBoth, setLang, setPlan, currentLang, t } from './i18n.js';
import { LayerManager } from './layers.js';
import { renderLegend } from './legend.js';
import { initSearch } from './search.js';
import { renderTree, syncTree } from './tree.js';
import { initCoveragePanel } from './coverage-panel.js';
import { initSitingPanel } from './siting-panel.js';
import { initAccessPanel } from './access-panel.js';
import { initOutputs } from './outputs.js';
import { initImportPanel } from './import-panel.js';
import { initParksPanel } from './parks-panel.js';
import { initDeclutter } from './declutter.js';
import { view } from './store.js';
import { viewOfHash } from './view-state.js';
import { ownResult } from './results.js';
import { initAreaSwitch } from './area-switch.js';

const status = document.getElementById('status');
const map = L.map('map', { zoomControl: true, minZoom: 8, maxZoom: 18, zoomSnap: 0.25 });
L.control.scale({ imperial: false }).addTo(map);
const renderer = L.canvas({ padding: 0.5, tolerance: 4 });
const manager = new LayerManager(map, renderer);

window.cheguMap = {
  map,
  manager,
  ready: false,
  error: null,
  /** toggle id (data-layer-id) → Leaflet layer (null until a lazy layer is loaded). */
  get layers() {
    return new Map([...manager.toggles.values()].map((x) => [x.id, x.leaflet]));
  },
  /** toggle id → {count, on}: features in the toggle and whether it is on the map. */
  counts() {
    const out = {};
    for (const x of manager.toggles.values()) out[x.id] = { count: x.count, on: !!x.leaflet && map.hasLayer(x.leaflet) };
    return out;
  },
  drawnFeatures: (layerId) => manager.drawnFeatures(layerId),
};

function setStatus(text) {
  status.textContent = text || '';
  status.hidden = !text;
}

function bboxOf(layers) {
  const zone = layers.find((l) => l.id === 'zone' && l.bbox);
  const boxes = zone ? [zone.bbox] : layers.filter((l) => l.bbox).map((l) => l.bbox);
  if (!boxes.length) return L.latLngBounds([30.18, 113.75], [30.53, 114.24]);
  const b = boxes.reduce((a, c) => [Math.min(a[0], c[0]), Math.min(a[1], c[1]), Math.max(a[2], c[2]), Math.max(a[3], c[3])]);
  return L.latLngBounds([b[1], b[0]], [b[3], b[2]]);
}

/** The tab is part of the view: a click sets it in the store, the panels follow the store. */
/**
 * The first view: the whole zone with room on every side (the legend's width kept clear on the
 * right when it is open), and pan limits a full map width and height beyond the zone, so the
 * first view can pan in every direction.
 */
function fitFirstView(bounds) {
  const legend = window.innerWidth > 1000 ? 260 : 20;
  map.fitBounds(bounds, { animate: false, paddingTopLeft: [30, 30], paddingBottomRight: [legend, 30] });
  map.setMaxBounds(bounds.pad(1.5));
}

function initTabs() {
  const show = ({ tab }) => {
    const known = document.querySelector(`#panel-tabs [data-tab="${tab}"]`) ? tab : 'layers';
    document.querySelectorAll('#panel-tabs [data-tab]').forEach((x) => x.classList.toggle('active', x.dataset.tab === known));
    document.querySelectorAll('#side-panel .panel').forEach((p) => p.classList.toggle('active', p.dataset.panel === known));
    // the base legend gives way to the analysis panels' own legends; their popups close with them
    document.getElementById('legend-box').open = known === 'layers' && window.innerWidth > 1000;
    map.closePopup();
  };
  document.querySelectorAll('#panel-tabs [data-tab]').forEach((tab) => {
    tab.addEventListener('click', () => view.set({ tab: tab.dataset.tab }, { source: 'user' }));
  });
  view.subscribe(show, ['tab']);
}

function zoomClasses() {
  const z = map.getZoom();
  const c = map.getContainer().classList;
  c.toggle('zoom-lt-11', z < 11);
  c.toggle('zoom-lt-12', z < 12);
}

/** The area plan's title in the header and the window title (the plan file's words, or generic). */
function showTitle() {
  const title = planTitleBoth();
  if (!title) return;
  document.title = `${title.zh} · ${title.en}`;
  document.querySelector('#app-header .title-zh').textContent = title.zh;
  document.querySelector('#app-header .title-en').textContent = title.en;
}

async function start() {
  installAreaFetch();
  applyStatic();
  initTabs();
  // a link's view is in the store before anything loads, so each panel starts on it at once
  if (location.hash.length > 1) view.set(viewOfHash(location.hash), { source: 'url' });
  // the area first: every later call carries it; an unknown area falls back to the default
  await initAreaSwitch(document.getElementById('area-switch'));
  // the area's plan names its groups, legend entries and title before anything is drawn
  setPlan(await fetchJson('/api/plan').catch(() => null));
  showTitle();
  // the Coverage panel first: a link to a coverage view shows its figures while the layers load
  const coverage = initCoveragePanel(document.getElementById('panel-coverage'), map, manager);
  document.querySelectorAll('#lang-switch [data-lang]').forEach((b) => b.addEventListener('click', () => setLang(b.dataset.lang)));
  setStatus(t('loading'));
  const layers = await fetchLayers();
  const bounds = bboxOf(layers);
  fitFirstView(bounds);
  map.on('zoomend', zoomClasses);
  map.on('zoomend', () => manager.restyle('facilities'));
  zoomClasses();

  await Promise.all(layers.map((l) => manager.addLayer(l)));
  const ordered = new Map(layers.map((l) => [l.id, l]));
  const tree = document.getElementById('layer-tree');
  const legend = document.getElementById('legend');
  const basemaps = createBasemaps(map, manager, (manager.features && manager.features.get('zone')) || [], document.getElementById('basemap-switch'));
  // Toggles in manifest order (Map keeps insertion order; Promise.all may have finished out of order).
  manager.toggles = new Map([...manager.toggles.entries()].sort((a, b) => orderOf(ordered, a[1]) - orderOf(ordered, b[1])));
  for (const toggle of manager.toggles.values()) if (toggle.defaultOn) await manager.setOn(toggle.id, true);
  renderTree(tree, manager);
  renderLegend(legend, manager);
  const searchBox = initSearch(document.getElementById('search-input'), document.getElementById('search-results'), map, manager);
  manager.onChange((id, on) => {
    syncTree(tree, id, on);
    renderLegend(legend, manager);
    if (id === 'population') renderTree(tree, manager);
  });
  onLangChange(() => {
    renderTree(tree, manager);
    renderLegend(legend, manager);
    basemaps.render();
    manager.relabel();
    searchBox.rerender();
  });
  const year = manager.setPopulationYear.bind(manager);
  manager.setPopulationYear = (y) => {
    year(y);
    renderLegend(legend, manager);
  };
  window.cheguMap.view = view;
  const siting = initSitingPanel(document.getElementById('panel-siting'), map, manager, coverage);
  ownResult(map, ['siting'], siting.layers)();
  window.cheguMap.access = initAccessPanel(document.getElementById('panel-access'), map, manager);
  initImportPanel(document.getElementById('panel-import'));
  window.cheguMap.parks = initParksPanel(document.getElementById('panel-parks'), map);
  applyStatic();
  Object.assign(window.cheguMap, {
    coverage,
    siting,
    /** Leaflet layers of the analysis panels (null until drawn). */
    analysisLayers: () => ({ serviceAreas: coverage.layers.serviceAreas, gaps: coverage.layers.gaps, sites: siting.markers }),
  });
  Object.assign(window.cheguMap, { outputs: await initOutputs({ map, manager, coverage }) });
  initDeclutter(map, manager);
  document.documentElement.lang = currentLang() === 'zh' ? 'zh-CN' : 'en';
  document.body.classList.toggle('lang-en', currentLang() === 'en');
  setStatus('');
  window.cheguMap.ready = true;
  document.body.dataset.ready = 'true';
}

function orderOf(ordered, toggle) {
  return [...ordered.keys()].indexOf(toggle.layerId);
}

start().catch((e) => {
  console.error(e);
  window.cheguMap.error = String(e.message || e);
  setStatus(t('loadError') + (e.message || e));
});
