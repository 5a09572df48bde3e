// Search box: /api/search as you type; a click on a result zooms to it and opens its popup.
import { search } from './api.js';
import { nameOf, t } from './i18n.js';

export function initSearch(input, list, map, manager) {
  let timer = null;
  let seq = 0;
  let results = [];

  function render() {
    list.replaceChildren();
    if (!results.length) {
      const li = document.createElement('li');
      li.className = 'empty';
      li.textContent = t('search.none');
      list.append(li);
    }
    results.forEach((hit, i) => {
      const li = document.createElement('li');
      li.className = 'search-result';
      li.dataset.layer = hit.layer;
      li.dataset.id = hit.id;
      li.tabIndex = 0;
      const name = document.createElement('span');
      name.className = 'result-name';
      name.textContent = nameOf(hit.nameZh, hit.nameEn);
      const layer = document.createElement('span');
      layer.className = 'result-layer';
      layer.textContent = manager.layerTitle(hit.layer);
      li.append(name, layer);
      li.addEventListener('click', () => go(i));
      li.addEventListener('keydown', (e) => e.key === 'Enter' && go(i));
      list.append(li);
    });
    list.hidden = false;
  }

  async function run() {
    const q = input.value.trim();
    const mine = ++seq;
    if (!q) {
      list.hidden = true;
      return;
    }
    try {
      const hits = await search(q);
      if (mine !== seq) return;
      results = hits;
      render();
    } catch (e) {
      list.replaceChildren(Object.assign(document.createElement('li'), { className: 'empty', textContent: t('search.error') }));
      list.hidden = false;
    }
  }

  async function go(i) {
    const hit = results[i];
    if (!hit) return;
    list.hidden = true;
    const at = L.latLng(hit.lat, hit.lon);
    const entry = manager.locate(hit.layer, hit.id);
    if (entry && !manager.isOn(entry.toggleId)) await manager.setOn(entry.toggleId, true);
    const leaflet = entry && entry.leaflet;
    if (leaflet && leaflet.getBounds) {
      map.fitBounds(leaflet.getBounds(), { maxZoom: 15, padding: [40, 40], animate: false });
    } else {
      map.setView(at, Math.max(map.getZoom(), 15), { animate: false });
    }
    if (leaflet) leaflet.openPopup(at);
    window.cheguMap.lastSearch = { layer: hit.layer, id: hit.id, lat: hit.lat, lon: hit.lon };
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      clearTimeout(timer);
      if (results.length && !list.hidden) go(0);
      else run();
    } else if (e.key === 'Escape') {
      list.hidden = true;
    }
  });
  return { rerender: () => !list.hidden && results.length && render() };
}
