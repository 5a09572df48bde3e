// Map tools: report (PDF / Excel), PNG of the current view, print, and a
// distance / area measuring tool. One Leaflet control, plain Leaflet, no plugin.
import { t, onLangChange, currentLang } from './i18n.js';
import { view as store } from './store.js';
import { composeSheet, preparePrint } from './sheet.js';
import { fetchLayers, withArea } from './api.js';
import { reportQuery } from './report-url.js';

const R = 6371008.8;

/** Metres between two LatLngs (haversine). */
export function distance(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

/** Square metres of a small lat/lon polygon (local equirectangular projection, shoelace). */
export function area(points) {
  if (points.length < 3) return 0;
  const rad = Math.PI / 180;
  const lat0 = points.reduce((s, p) => s + p.lat, 0) / points.length;
  const xy = points.map((p) => [p.lng * rad * R * Math.cos(lat0 * rad), p.lat * rad * R]);
  let s = 0;
  for (let i = 0; i < xy.length; i++) {
    const [x1, y1] = xy[i];
    const [x2, y2] = xy[(i + 1) % xy.length];
    s += x1 * y2 - x2 * y1;
  }
  return Math.abs(s) / 2;
}

export function formatLength(m) {
  return m >= 1000 ? `${(m / 1000).toFixed(2)} km` : `${Math.round(m)} m`;
}

export function formatArea(m2) {
  return m2 >= 1e6 ? `${(m2 / 1e6).toFixed(2)} km²` : `${Math.round(m2).toLocaleString('en-US')} m²`;
}

/** The measuring tool: click points; distance along them and, from three points, the area. */
class Measure {
  constructor(map) {
    this.map = map;
    this.points = [];
    this.active = false;
    this.group = L.layerGroup();
    this.onClick = (e) => this.add(e.latlng);
    this.noPopup = () => this.map.closePopup(); // a measuring click is not a feature query
    this.onKey = (e) => {
      if (e.key === 'Escape') this.stop();
    };
  }

  start() {
    this.active = true;
    this.points = [];
    this.group.clearLayers().addTo(this.map);
    this.map.getContainer().classList.add('measuring');
    this.map.doubleClickZoom.disable();
    this.map.on('preclick', this.onClick); // preclick: a click on a canvas feature never reaches 'click'
    this.map.on('popupopen', this.noPopup);
    this.map.once('dblclick', () => this.stop());
    document.addEventListener('keydown', this.onKey);
    window.cheguMap.measuring = true;
    this.render();
  }

  stop() {
    this.active = false;
    this.map.off('preclick', this.onClick);
    this.map.off('popupopen', this.noPopup);
    this.map.getContainer().classList.remove('measuring');
    this.map.doubleClickZoom.enable();
    document.removeEventListener('keydown', this.onKey);
    window.cheguMap.measuring = false;
    this.render();
  }

  clear() {
    this.stop();
    this.points = [];
    this.group.clearLayers();
    this.map.removeLayer(this.group);
    this.report(null);
  }

  add(latlng) {
    this.points.push(latlng);
    this.render();
  }

  result() {
    let length = 0;
    for (let i = 1; i < this.points.length; i++) length += distance(this.points[i - 1], this.points[i]);
    return { points: this.points.length, lengthM: length, areaM2: area(this.points) };
  }

  render() {
    this.group.clearLayers();
    if (!this.points.length) {
      this.report(this.active ? t('measure.start') : null);
      return;
    }
    const style = { color: '#0b6e99', weight: 3, dashArray: '6 4' };
    L.polyline(this.points, style).addTo(this.group);
    if (this.points.length >= 3) L.polygon(this.points, { ...style, weight: 1, fillOpacity: 0.12 }).addTo(this.group);
    this.points.forEach((p) => L.circleMarker(p, { radius: 4, color: '#0b6e99', fillColor: '#fff', fillOpacity: 1 }).addTo(this.group));
    const r = this.result();
    let text = `${t('measure.distance')} ${formatLength(r.lengthM)}`;
    if (r.points >= 3) text += ` · ${t('measure.area')} ${formatArea(r.areaM2)}`;
    this.report(text + (this.active ? ` — ${t('measure.finish')}` : ''));
    window.cheguMap.lastMeasure = r;
  }

  report(text) {
    const box = document.getElementById('measure-result');
    if (!box) return;
    box.hidden = !text;
    box.textContent = text || '';
  }
}

/** Draws what the map shows into one canvas: its canvases (layers), then the DOM labels. */
export function mapImage(map) {
  const container = map.getContainer();
  const box = container.getBoundingClientRect();
  const out = document.createElement('canvas');
  out.width = Math.round(box.width);
  out.height = Math.round(box.height);
  const g = out.getContext('2d');
  g.fillStyle = getComputedStyle(container).backgroundColor || '#e3e7ea';
  g.fillRect(0, 0, out.width, out.height);
  container.querySelectorAll('canvas, img.leaflet-tile').forEach((c) => {
    const r = c.getBoundingClientRect();
    try {
      g.drawImage(c, r.left - box.left, r.top - box.top, r.width, r.height);
    } catch (e) {
      /* a cross-origin tile: skipped */
    }
  });
  g.font = '12px "Noto Sans CJK SC", sans-serif';
  g.textAlign = 'center';
  container.querySelectorAll('.leaflet-tooltip').forEach((el) => {
    const r = el.getBoundingClientRect();
    if (!r.width || getComputedStyle(el).display === 'none') return;
    g.lineWidth = 3;
    g.strokeStyle = '#fff';
    g.fillStyle = '#222';
    g.strokeText(el.textContent, r.left - box.left + r.width / 2, r.top - box.top + r.height / 2 + 4);
    g.fillText(el.textContent, r.left - box.left + r.width / 2, r.top - box.top + r.height / 2 + 4);
  });
  return out;
}

/**
 * The QGIS project of the view (issue 16): the store's analysis, scenario, layers and area, the
 * map's bounds as the extent, names in the page's language. format 'gpkg': the same layers' data
 * as one GeoPackage with each layer's QGIS style in layer_styles.
 */
export function qgisProjectUrl(v, bounds, lang, format) {
  const q = new URLSearchParams({ lang: lang === 'en' ? 'en' : 'zh',
    bbox: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]
      .map((x) => x.toFixed(6)).join(',') });
  for (const k of ['area', 'standard', 'method', 'year', 'facilities', 'scenario']) if (v[k]) q.set(k, String(v[k]));
  if (Array.isArray(v.layers) && v.layers.length) q.set('layers', v.layers.join(','));
  if (format) q.set('format', format);
  return `/api/qgis-project?${q}`;
}

/**
 * Adds the tools control. viewParams() gives the current view (the store's state) for the report.
 */
/**
 * The printed map's size in mm, width × height: A4 less 10 mm margins across, the heights of the
 * print rules in app.css (body[data-print=…] #map).
 */
const PRINT_MAP_MM = { landscape: [277, 105], portrait: [190, 155] };

/** Resolves when no tile layer of the map is loading, or after {@code maxMillis}. */
function tilesLoaded(map, maxMillis) {
  const start = Date.now();
  return new Promise((resolve) => {
    const poll = () => {
      let loading = false;
      map.eachLayer((l) => { if (l instanceof L.GridLayer && l.isLoading && l.isLoading()) loading = true; });
      if (!loading || Date.now() - start > maxMillis) resolve();
      else setTimeout(poll, 100);
    };
    poll();
  });
}

export function initMapTools(map, viewParams) {
  const measure = new Measure(map);
  let layerInfo = [];
  fetchLayers().then((list) => { layerInfo = list; }).catch(() => null);
  const Control = L.Control.extend({
    options: { position: 'topleft' },
    onAdd() {
      const div = L.DomUtil.create('div', 'leaflet-bar map-tools');
      div.innerHTML = `
        <a href="#" role="button" id="tool-report-pdf" data-tool="pdf"></a>
        <a href="#" role="button" id="tool-report-xlsx" data-tool="xlsx"></a>
        <a href="#" role="button" id="tool-png" data-tool="png"></a>
        <a href="#" role="button" id="tool-print" data-tool="print"></a>
        <a href="#" role="button" id="tool-qgis" data-tool="qgis"></a>
        <a href="#" role="button" id="tool-gpkg" data-tool="gpkg"></a>
        <a href="#" role="button" id="tool-measure" data-tool="measure" aria-pressed="false"></a>`;
      L.DomEvent.disableClickPropagation(div);
      return div;
    },
  });
  new Control().addTo(map);
  const result = document.createElement('div');
  result.id = 'measure-result';
  result.hidden = true;
  result.setAttribute('role', 'status');
  map.getContainer().append(result);

  const labels = {
    pdf: ['PDF', 'tool.pdf'], xlsx: ['XLSX', 'tool.xlsx'], png: ['PNG', 'tool.png'],
    print: [null, 'tool.print'], measure: [null, 'tool.measure'], qgis: ['QGIS', 'tool.qgis'],
    gpkg: ['GPKG', 'tool.gpkg'],
  };
  const relabel = () => document.querySelectorAll('.map-tools [data-tool]').forEach((a) => {
    const [text, key] = labels[a.dataset.tool];
    a.textContent = text || t(`${key}.short`);
    a.title = t(key);
    a.setAttribute('aria-label', t(key));
  });
  relabel();
  onLangChange(relabel);

  // the report of the view on screen: the open tab's own question (report-url.js), in the view's area
  const reportUrl = (format) => withArea(`/api/report?${reportQuery(viewParams(), format)}`);
  // Print shows the whole zone: the map takes the printed map's size, fits the zone, and gets its
  // size and view back after printing (else the printed map keeps the screen's top-left corner and
  // crops the rest of the zone).
  let beforePrint = null;
  const fitForPrint = (orientation) => {
    const zone = layerInfo.find((l) => l.id === 'zone' && l.bbox);
    if (!zone) return;
    if (!beforePrint) beforePrint = { center: map.getCenter(), zoom: map.getZoom() };
    const [w, h] = PRINT_MAP_MM[orientation];
    map.getContainer().style.width = `${w}mm`;
    map.getContainer().style.height = `${h}mm`;
    map.invalidateSize({ animate: false });
    const b = zone.bbox;
    map.fitBounds(L.latLngBounds([b[1], b[0]], [b[3], b[2]]), { animate: false, padding: [6, 6] });
  };
  const endPrint = () => {
    if (!beforePrint) return;
    map.getContainer().style.width = '';
    map.getContainer().style.height = '';
    map.invalidateSize({ animate: false });
    map.setView(beforePrint.center, beforePrint.zoom, { animate: false });
    beforePrint = null;
  };
  window.addEventListener('afterprint', endPrint);
  const actions = {
    pdf: () => window.open(reportUrl('pdf'), '_blank'),
    xlsx: () => { location.href = reportUrl('xlsx'); },
    png: () => {
      const a = document.createElement('a');
      a.download = 'chegu-map.png';
      a.href = composeSheet(map, mapImage(map), layerInfo).toDataURL('image/png');
      document.body.append(a);
      a.click();
      a.remove();
    },
    print: async () => {
      fitForPrint(preparePrint(layerInfo));
      await tilesLoaded(map, 3000);
      window.print();
    },
    qgis: () => { location.href = qgisProjectUrl(store.get(), map.getBounds(), currentLang()); },
    gpkg: () => { location.href = qgisProjectUrl(store.get(), map.getBounds(), currentLang(), 'gpkg'); },
    measure: () => {
      const button = document.getElementById('tool-measure');
      if (measure.active) measure.stop();
      else if (measure.points.length) measure.clear();
      else measure.start();
      button.classList.toggle('active', measure.active);
      button.setAttribute('aria-pressed', String(measure.active));
    },
  };
  document.querySelectorAll('.map-tools [data-tool]').forEach((a) => a.addEventListener('click', (e) => {
    e.preventDefault();
    actions[a.dataset.tool]();
  }));
  return { measure, reportUrl, mapImage: () => mapImage(map), sheetImage: () => composeSheet(map, mapImage(map), layerInfo),
    preparePrint: (orientation) => fitForPrint(preparePrint(layerInfo, orientation)),
    endPrint };
}
