// Which toggles the layer tree offers for each API layer, and where each feature sits in the draw order.
import { FACILITY_ORDER, FACILITY_COLORS, METRO_COLORS, isPlanned, LAYOUT, WATER, SUBDISTRICT, ZONE_OUTLINE, parkColor } from './styles.js';

/** Tree groups in the order the plan thinks. */
export const GROUP_ORDER = ['layout', 'parks', 'transport', 'facilities', 'population', 'water', 'roads', 'boundaries'];

const LAYOUT_TOGGLES = [
  { key: 'core', elements: ['core'], swatch: LAYOUT.core },
  { key: 'cluster', elements: ['cluster'], swatch: LAYOUT.cluster },
  { key: 'axis', elements: ['axis', 'axis_corridor'], swatch: LAYOUT.axis, line: true },
  { key: 'belt', elements: ['belt'], swatch: LAYOUT.belt_river },
];

/**
 * The toggles for one API layer: [{id, layerId, group, labelKey?, filter, defaultOn, swatch}].
 * A toggle without labelKey is labelled with the layer's own title.
 */
export function togglesFor(layer, features) {
  const props = features.map((f) => f.properties || {});
  const base = { layerId: layer.id, group: layer.group || 'other', defaultOn: true };
  switch (layer.id) {
    case 'layout':
      return LAYOUT_TOGGLES.filter((d) => props.some((p) => d.elements.includes(p.element))).map((d) => ({
        ...base,
        id: `layout:${d.key}`,
        labelKey: `toggle.${d.key}`,
        filter: (p) => d.elements.includes(p.element),
        swatch: d.swatch,
        line: d.line,
      }));
    case 'transport':
      return [
        { key: 'existing', filter: (p) => !isPlanned(p), dash: null },
        { key: 'planned', filter: (p) => isPlanned(p), dash: '6 4' },
      ].map((d) => ({
        ...base,
        id: `transport:${d.key}`,
        labelKey: `toggle.${d.key}`,
        filter: d.filter,
        swatch: { color: METRO_COLORS[3], weight: 3, dashArray: d.dash },
        line: true,
      }));
    case 'facilities': {
      const present = [...new Set(props.map((p) => p.type))];
      present.sort((a, b) => rank(a) - rank(b));
      return present.map((type) => ({
        ...base,
        id: `facilities:${type}`,
        labelKey: `facility.${type}`,
        filter: (p) => p.type === type,
        swatch: { fillColor: FACILITY_COLORS[type] || '#777' },
        point: true,
      }));
    }
    case 'population':
      return [{ ...base, id: 'population', filter: () => true, defaultOn: false, lazy: true, swatch: { fillColor: '#41b6c4' } }];
    default:
      return [{ ...base, id: layer.id, filter: () => true, swatch: swatchFor(layer.id, props) }];
  }
}

function rank(type) {
  const i = FACILITY_ORDER.indexOf(type);
  return i < 0 ? 999 : i;
}

function swatchFor(id, props) {
  if (id === 'water') return WATER;
  if (id === 'zone') return { ...ZONE_OUTLINE, line: true };
  if (id === 'subdistricts') return { ...SUBDISTRICT, line: true };
  if (id === 'parks') return { fillColor: parkColor(props[0] || {}), color: '#666' };
  if (id === 'roads') return { color: '#9a9a9a', weight: 2, line: true };
  return { fillColor: '#bbb' };
}

const ROAD_Z = { rural: 0, local: 0.1, secondary: 0.2, primary: 0.3, trunk: 0.4, expressway: 0.5 };
const TRANSPORT_Z = { port: 0, airport: 0, expressway: 0.1, trunk_road: 0.2, bridge: 0.3, railway: 0.4, tram_line: 0.5, metro_line: 0.6 };

/** Draw-order key of a feature: higher is drawn later (on top) and wins clicks. */
export function zOf(layerId, p) {
  switch (layerId) {
    case 'population':
      return 10;
    case 'water':
      return 20;
    case 'roads':
      return 25 + (ROAD_Z[p.class] || 0);
    case 'layout':
      return { belt: 30, axis_corridor: 31, cluster: 32, core: 34, axis: 76 }[p.element] ?? 33;
    case 'parks':
      return 40;
    case 'subdistricts':
      return 55;
    case 'zone':
      return 60;
    case 'transport':
      return p.kind === 'metro_station' ? 78 : 70 + (TRANSPORT_Z[p.kind] || 0);
    case 'facilities':
      return 80;
    default:
      return 50;
  }
}
