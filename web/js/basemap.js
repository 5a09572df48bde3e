// Basemaps: the offline one drawn from our own zone outline (a soft land fill; water, roads and
// boundaries are layers of their own), and the online ones configured on the server (GET
// /api/basemaps: XYZ or WMTS, CRS, datum, attribution), requested only when chosen. The choice is
// the view's `basemap` key (in the URL). GCJ-02 tiles are shifted by the local offset (gcj.js);
// tiles in a CRS the map cannot draw are listed but disabled; tiles that fail to load say so.
import { fetchJson } from './api.js';
import { currentLang, t } from './i18n.js';
import { LAND } from './styles.js';
import { wgsToGcj } from './gcj.js';
import { view } from './store.js';

/** A tile layer whose GCJ-02 tiles are moved so that they line up with WGS84 layers. */
const GcjTileLayer = L.TileLayer.extend({
  onAdd(map) {
    L.TileLayer.prototype.onAdd.call(this, map);
    map.on('zoomend moveend viewreset', this._shift, this);
    this._shift();
  },
  onRemove(map) {
    map.off('zoomend moveend viewreset', this._shift, this);
    L.TileLayer.prototype.onRemove.call(this, map);
  },
  /** A WGS84 point p is drawn on GCJ tiles at gcj(p): move the tiles by pixel(p) − pixel(gcj(p)). */
  _shift() {
    const map = this._map;
    if (!map || !this.getContainer()) return;
    const c = map.getCenter();
    const [lat, lon] = wgsToGcj(c.lat, c.lng);
    const a = map.project(c);
    const b = map.project(L.latLng(lat, lon));
    this.getContainer().style.marginLeft = `${Math.round(a.x - b.x)}px`;
    this.getContainer().style.marginTop = `${Math.round(a.y - b.y)}px`;
  },
});

function tileUrl(b) {
  // WMTS KVP templates name the tile by matrix, row and column; Leaflet's by z, y, x
  return b.type === 'wmts'
    ? b.url.replace('{TileMatrix}', '{z}').replace('{TileRow}', '{y}').replace('{TileCol}', '{x}')
    : b.url;
}

export function createBasemaps(map, manager, zoneFeatures, container) {
  const land = L.geoJSON({ type: 'FeatureCollection', features: zoneFeatures || [] }, {
    renderer: manager.renderer,
    style: () => LAND,
    interactive: false,
  });
  manager.addExtra(land);
  let online = [];
  const tiles = new Map();
  let current = null;
  let failed = null;

  function layerOf(b) {
    if (!tiles.has(b.id)) {
      const Layer = b.datum === 'GCJ02' ? GcjTileLayer : L.TileLayer;
      const layer = new Layer(tileUrl(b), { maxZoom: b.maxZoom, subdomains: b.subdomains || 'abc', attribution: b.attribution });
      let errors = 0;
      layer.on('tileerror', () => {
        errors++;
        if (errors === 3 && current === b.id) {
          failed = b.id;
          render();
        }
      });
      layer.on('tileload', () => {
        if (failed === b.id) {
          failed = null;
          render();
        }
      });
      tiles.set(b.id, layer);
    }
    return tiles.get(b.id);
  }

  function use(kind) {
    const b = online.find((x) => x.id === kind && x.drawable);
    const next = b ? kind : 'offline';
    if (next === current) return;
    current = next;
    failed = null;
    for (const [id, layer] of tiles) if (id !== next && map.hasLayer(layer)) map.removeLayer(layer);
    if (b) {
      map.removeLayer(land);
      layerOf(b).addTo(map);
      map.getContainer().classList.remove('offline-basemap');
    } else {
      land.addTo(map);
      map.getContainer().classList.add('offline-basemap');
    }
    manager.reorder();
    render();
  }

  function title(b) {
    return currentLang() === 'zh' ? b.titleZh || b.id : b.titleEn || b.id;
  }

  function render() {
    container.replaceChildren();
    const h = document.createElement('h3');
    h.textContent = t('basemap');
    container.append(h);
    const all = [{ id: 'offline', drawable: true }, ...online];
    for (const b of all) {
      const label = document.createElement('label');
      const radio = document.createElement('input');
      radio.type = 'radio';
      radio.name = 'basemap';
      radio.value = b.id;
      radio.dataset.basemap = b.id;
      radio.checked = current === b.id;
      radio.disabled = !b.drawable;
      radio.addEventListener('change', () => view.set({ basemap: b.id }, { source: 'user' }));
      const text = b.id === 'offline' ? t('basemap.offline') : title(b);
      label.append(radio, ` ${text}${b.drawable ? '' : ` (${t('basemap.crsUnsupported').replace('{crs}', b.crs)})`}`);
      container.append(label);
    }
    if (failed) {
      const p = document.createElement('p');
      p.className = 'message error';
      p.id = 'basemap-failed';
      p.textContent = t('basemap.failed');
      container.append(p);
    }
  }

  use('offline');
  view.subscribe((s) => use(s.basemap || 'offline'), ['basemap']);
  fetchJson('/api/basemaps').then((list) => {
    online = list;
    current = null;
    use(view.get().basemap || 'offline');
  }).catch(() => render());
  return { render, use, current: () => current };
}
