// Leaflet layers for the API's layers: one Leaflet group per tree toggle, all on one canvas
// renderer (so clicks reach whatever is drawn on top), kept in the plan's draw order.
import { fetchFeatures } from './api.js';
import { togglesFor, zOf } from './catalog.js';
import { nameOf, t } from './i18n.js';
import { popupHtml } from './popup.js';
import * as S from './styles.js';

/** Facility types an analysis is about (others fade), or null for all. */
let focusTypes = null;

function pointStyle(layerId, p, zoom) {
  if (layerId !== 'facilities') return S.transportPointStyle(p);
  const style = S.facilityStyle(p, zoom);
  if (focusTypes && !focusTypes.has(p.type)) return { ...style, radius: style.radius * 0.7, fillOpacity: 0.2, opacity: 0.2 };
  return style;
}

function styleFor(layerId, f, year, zoom, muted) {
  const p = f.properties || {};
  if (f.geometry && f.geometry.type === 'Point') return pointStyle(layerId, p, zoom);
  switch (layerId) {
    case 'layout':
      return muted && p.element !== 'axis' ? S.outlineOnly(S.layoutStyle(p)) : S.layoutStyle(p);
    case 'parks':
      return muted ? S.outlineOnly(S.parkStyle(p)) : S.parkStyle(p);
    case 'transport':
      return S.transportStyle(p);
    case 'roads':
      return S.roadStyle(p);
    case 'water':
      return S.WATER;
    case 'zone':
      return S.ZONE_OUTLINE;
    case 'subdistricts':
      return S.SUBDISTRICT;
    case 'population':
      return S.populationStyle(p, year);
    default:
      return { color: '#555', weight: 1.5, fillOpacity: 0.2 };
  }
}

/** How deep GeoJSON coordinates nest per geometry type (Leaflet's coordsToLatLngs levels). */
const DEPTH = { LineString: 0, MultiLineString: 1, Polygon: 1, MultiPolygon: 2 };

const LABELLED = { parks: 'park-label', subdistricts: 'subdistrict-label' };

/** Map labels are short: "Zhuankou", not "Zhuankou Subdistrict". */
function labelText(layerId, p) {
  const name = nameOf(p.name_zh, p.name_en);
  return layerId === 'subdistricts' ? name.replace(/\s+sub-?district$/i, '') : name;
}

/** The permanent label class of a feature, or null for none. */
function labelClass(layerId, p) {
  if (!(p.name_zh || p.name_en)) return null;
  if (layerId === 'layout') return p.element === 'core' || p.element === 'cluster' ? `layout-label layout-${p.element}` : null;
  return LABELLED[layerId] || null;
}

export class LayerManager {
  constructor(map, renderer) {
    this.map = map;
    this.renderer = renderer;
    this.apiLayers = new Map();
    this.toggles = new Map();
    this.index = new Map();
    this.extras = [];
    this.year = 2020;
    this.listeners = [];
    this.reorderListeners = [];
    /** layer id → the zoom its line/polygon geometry was simplified for (server `zoom=`). */
    this.loadedZoom = new Map();
    map.on('zoomend', () => this.refine());
  }

  /** The detail to ask for: simplified for one zoom level deeper than the map shows (a quarter pixel). */
  detailZoom() {
    return Math.min(18, Math.ceil(this.map.getZoom()) + 1);
  }

  /** Features of an API layer at the current detail; remembers that detail for lines and polygons. */
  async fetchDetailed(layerId) {
    const zoom = this.detailZoom();
    const api = this.apiLayers.get(layerId);
    if (api && !/Point/.test(api.geometryType)) this.loadedZoom.set(layerId, zoom);
    return fetchFeatures(layerId, zoom);
  }

  /** After zooming in past a layer's detail, reloads its lines and polygons finer, in place (same features). */
  async refine() {
    const zoom = this.detailZoom();
    for (const [layerId, loaded] of [...this.loadedZoom]) {
      if (loaded >= zoom) continue;
      const fc = await this.fetchDetailed(layerId);
      if (this.loadedZoom.get(layerId) !== zoom) continue; // a deeper zoom's answer is on its way
      const byId = new Map(fc.features.map((f) => [f.id, f]));
      for (const toggle of this.toggles.values()) {
        if (toggle.layerId !== layerId || !toggle.leaflet) continue;
        toggle.leaflet.eachLayer((l) => {
          const f = l.feature && byId.get(l.feature.id);
          const depth = f && f.geometry ? DEPTH[f.geometry.type] : undefined;
          if (depth === undefined || !l.setLatLngs) return;
          l.setLatLngs(L.GeoJSON.coordsToLatLngs(f.geometry.coordinates, depth));
          l.feature.geometry = f.geometry;
        });
      }
    }
  }

  /** Called after every reorder (a basemap switch re-sorts the base layers over what was drawn). */
  onReorder(fn) {
    this.reorderListeners.push(fn);
  }

  onChange(fn) {
    this.listeners.push(fn);
  }

  layerTitle(layerId) {
    const l = this.apiLayers.get(layerId);
    return l ? nameOf(l.titleZh, l.title) : layerId;
  }

  toggleLabel(toggle) {
    return toggle.labelKey ? t(toggle.labelKey) : this.layerTitle(toggle.layerId);
  }

  /** Registers an API layer; loads its features unless the layer is lazy (population). */
  async addLayer(apiLayer) {
    this.apiLayers.set(apiLayer.id, apiLayer);
    if (apiLayer.id === 'population') {
      for (const toggle of togglesFor(apiLayer, [])) this.toggles.set(toggle.id, { ...toggle, leaflet: null, on: false, count: 0 });
      return;
    }
    const fc = await this.fetchDetailed(apiLayer.id);
    this.features = this.features || new Map();
    this.features.set(apiLayer.id, fc.features);
    for (const toggle of togglesFor(apiLayer, fc.features)) {
      const entry = { ...toggle, on: false, count: 0 };
      this.build(entry, fc.features);
      this.toggles.set(entry.id, entry);
    }
  }

  build(toggle, features) {
    const layerId = toggle.layerId;
    const selected = features.filter((f) => toggle.filter(f.properties || {}));
    const renderer = this.renderer;
    const year = () => this.year;
    toggle.leaflet = L.geoJSON(
      { type: 'FeatureCollection', features: selected },
      {
        renderer,
        style: (f) => styleFor(layerId, f, year(), this.map.getZoom(), this.muted()),
        pointToLayer: (f, latlng) => {
          return L.circleMarker(latlng, { ...pointStyle(layerId, f.properties || {}, this.map.getZoom()), renderer });
        },
        onEachFeature: (f, leaflet) => {
          const p = f.properties || {};
          leaflet.feature = f;
          leaflet.cheguZ = zOf(layerId, p);
          leaflet.bindPopup(() => popupHtml(p, this.layerTitle(layerId), this.year), { maxWidth: 320 });
          const id = f.id ?? p.id;
          this.index.set(`${layerId}/${id}`, { leaflet, toggleId: toggle.id });
          const label = labelClass(layerId, p);
          if (label) {
            leaflet.bindTooltip(() => labelText(layerId, p), {
              permanent: true,
              direction: 'center',
              className: `map-label ${label}`,
              interactive: false,
            });
          }
        },
      },
    );
    toggle.count = selected.length;
  }

  /** A non-tree layer (e.g. the basemap's land fill) to keep in the draw order. */
  addExtra(leaflet) {
    this.extras.push(leaflet);
  }

  /** While the population choropleth or a coverage result is shown, layout and park fills give way to outlines. */
  muted() {
    return this.isOn('population') || !!this.analysisMuted;
  }

  /** Mutes (or restores) layout and park fills under an analysis result. */
  setAnalysisMuted(on) {
    if (!!this.analysisMuted === on) return;
    this.analysisMuted = on;
    ['layout', 'parks'].forEach((l) => this.restyle(l));
  }

  /** Fades facilities other than these types (an analysis's standard); null shows all alike. */
  setFocusTypes(types) {
    focusTypes = types ? new Set(types) : null;
    this.restyle('facilities');
  }

  /** Brings the facility points to the front (over an analysis result). */
  facilitiesToFront() {
    for (const toggle of this.toggles.values()) {
      if (toggle.layerId === 'facilities' && toggle.on && toggle.leaflet) toggle.leaflet.eachLayer((l) => l.bringToFront());
    }
  }

  isOn(id) {
    const toggle = this.toggles.get(id);
    return !!toggle && toggle.on;
  }

  async setOn(id, on) {
    const toggle = this.toggles.get(id);
    if (!toggle || toggle.on === on) return;
    toggle.on = on;
    if (on && !toggle.leaflet && toggle.lazy) {
      const fc = await this.fetchDetailed(toggle.layerId);
      this.build(toggle, fc.features);
    }
    if (!toggle.leaflet) return;
    if (toggle.on) {
      toggle.leaflet.addTo(this.map);
      this.reorder();
    } else {
      this.map.removeLayer(toggle.leaflet);
    }
    if (id === 'population') ['layout', 'parks'].forEach((l) => this.restyle(l));
    this.listeners.forEach((fn) => fn(id, toggle.on));
  }

  /** Brings every drawn feature to the front in draw-order (z) sequence. */
  reorder() {
    const paths = [];
    this.extras.forEach((e) => this.map.hasLayer(e) && e.eachLayer((l) => paths.push([-1, paths.length, l])));
    for (const toggle of this.toggles.values()) {
      if (!toggle.on || !toggle.leaflet) continue;
      toggle.leaflet.eachLayer((l) => paths.push([l.cheguZ ?? 50, paths.length, l]));
    }
    paths.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    paths.forEach(([, , l]) => l.bringToFront());
    this.reorderListeners.forEach((fn) => fn());
  }

  setPopulationYear(year) {
    this.year = year;
    const toggle = this.toggles.get('population');
    if (toggle && toggle.leaflet) toggle.leaflet.setStyle((f) => S.populationStyle(f.properties || {}, year));
  }

  /** Re-applies the style of an API layer's features (e.g. after a zoom change). */
  restyle(layerId) {
    for (const toggle of this.toggles.values()) {
      if (toggle.layerId !== layerId || !toggle.leaflet) continue;
      toggle.leaflet.setStyle((f) => styleFor(layerId, f, this.year, this.map.getZoom(), this.muted()));
    }
  }

  /** Re-renders labels and open popups after a language switch. */
  relabel() {
    for (const toggle of this.toggles.values()) {
      if (!toggle.leaflet) continue;
      toggle.leaflet.eachLayer((l) => {
        if (l.getTooltip()) l.getTooltip().update();
        if (l.isPopupOpen()) l.getPopup().update();
      });
    }
  }

  locate(layerId, featureId) {
    return this.index.get(`${layerId}/${featureId}`);
  }

  /** Properties of the features of an API layer that are currently on the map. */
  drawnFeatures(layerId) {
    const out = [];
    for (const toggle of this.toggles.values()) {
      if (toggle.layerId !== layerId || !toggle.on || !toggle.leaflet || !this.map.hasLayer(toggle.leaflet)) continue;
      toggle.leaflet.eachLayer((l) => out.push(l.feature.properties));
    }
    return out;
  }
}
