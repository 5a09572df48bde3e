// Basemaps: the offline one drawn from our own zone outline (a soft land fill; water, roads and
// boundaries are layers of their own), and optional OpenStreetMap tiles, requested only when chosen.
import { t } from './i18n.js';
import { LAND } from './styles.js';

const OSM_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

export function createBasemaps(map, manager, zoneFeatures, container) {
  const land = L.geoJSON({ type: 'FeatureCollection', features: zoneFeatures || [] }, {
    renderer: manager.renderer,
    style: () => LAND,
    interactive: false,
  });
  manager.addExtra(land);
  let osm = null;
  let current = 'offline';

  function use(kind) {
    current = kind;
    if (kind === 'osm') {
      osm = osm || L.tileLayer(OSM_URL, { maxZoom: 19, attribution: '© OpenStreetMap contributors' });
      map.removeLayer(land);
      osm.addTo(map);
      map.getContainer().classList.remove('offline-basemap');
    } else {
      if (osm) map.removeLayer(osm);
      land.addTo(map);
      map.getContainer().classList.add('offline-basemap');
    }
    manager.reorder();
  }

  function render() {
    container.replaceChildren();
    const h = document.createElement('h3');
    h.textContent = t('basemap');
    container.append(h);
    for (const kind of ['offline', 'osm']) {
      const label = document.createElement('label');
      const radio = document.createElement('input');
      radio.type = 'radio';
      radio.name = 'basemap';
      radio.value = kind;
      radio.dataset.basemap = kind;
      radio.checked = current === kind;
      radio.addEventListener('change', () => use(kind));
      label.append(radio, ` ${t(`basemap.${kind}`)}`);
      container.append(label);
    }
  }

  use('offline');
  render();
  return { render, use, current: () => current };
}
