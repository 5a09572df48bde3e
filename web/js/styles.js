// How each layer looks. Colours are chosen so the plan's structure
// (一核两片、一轴两带: one core, two clusters, one axis, two belts) reads at a glance.

export const FACILITY_COLORS = {
  hospital: '#d62728',
  community_health_center: '#f46d6d',
  community_health_station: '#f9a8a8',
  emergency_center: '#67001f',
  emergency_subcenter: '#ae017e',
  emergency_station: '#f768a1',
  kindergarten: '#9ecae1',
  primary_school: '#4292c6',
  middle_school: '#08519c',
  high_school: '#17becf',
  park: '#31a354',
  culture: '#8c6bb1',
  sports: '#ff7f0e',
};

/** Facility types in the order the tree and legend list them (as FacilityType). */
export const FACILITY_ORDER = Object.keys(FACILITY_COLORS);

const FACILITY_RADIUS = { hospital: 7, emergency_center: 7, emergency_subcenter: 6 };

/** Wuhan Metro line colours (3 gold, 6 green; 16 a distinct magenta — not verified). */
export const METRO_COLORS = { 3: '#c9a227', 6: '#2e9b4a', 16: '#c2378a' };
const METRO_FALLBACK = '#555';

export const ROAD_STYLE = {
  // navy and khaki: the clusters own the oranges
  expressway: { color: '#41527a', weight: 4 },
  trunk: { color: '#a0906c', weight: 3.2 },
  primary: { color: '#9a9a9a', weight: 2.2 },
  secondary: { color: '#b0b0b0', weight: 1.6 },
  local: { color: '#cccccc', weight: 1 },
  rural: { color: '#d6c9a8', weight: 0.9 },
};

/** Population classes: residents per 250 m cell (lower bounds). */
export const POPULATION_BREAKS = [1, 20, 50, 100, 200, 300];
export const POPULATION_COLORS = ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'];

const PARK_COLORS = ['#8dd3c7', '#bebada', '#fb8072', '#80b1d3', '#fdb462', '#b3de69', '#fccde5', '#bc80bd'];

export const LAYOUT = {
  core: { color: '#b2182b', weight: 2.5, fillColor: '#d7191c', fillOpacity: 0.45 },
  cluster: { color: '#d95f0e', weight: 2, fillColor: '#fd8d3c', fillOpacity: 0.4 },
  axis: { color: '#6a1b9a', weight: 7, opacity: 0.95, dashArray: '18 9', lineCap: 'butt', fill: false },
  axis_corridor: { color: '#b39ddb', weight: 1, fillColor: '#d1c4e9', fillOpacity: 0.45 },
  belt_river: { color: '#12806f', weight: 1.2, fillColor: '#17a589', fillOpacity: 0.3, dashArray: '4 4' },
  belt_dongfeng: { color: '#8c510a', weight: 1, fillColor: '#a6611a', fillOpacity: 0.22, dashArray: '4 4' },
};

/** The style as an outline with a faint fill (so a choropleth underneath stays readable). */
export function outlineOnly(style) {
  const fill = typeof style.fillColor === 'string' ? style.fillColor : style.color;
  return { ...style, fillColor: fill, fillOpacity: 0.04, weight: Math.max(2, style.weight || 1), dashArray: null };
}

export function isPlanned(props) {
  return props.status === 'planned' || props.status === 'under_construction';
}

/** Which of the two belts a belt feature is: 'river' (长江) or 'dongfeng' (东风大道). */
export function beltKind(props) {
  const names = `${props.name_zh || ''} ${props.name_en || ''} ${props.id || ''}`;
  return /东风|dongfeng/i.test(names) ? 'dongfeng' : 'river';
}

export function layoutStyle(props) {
  if (props.element === 'belt') return LAYOUT[`belt_${beltKind(props)}`];
  return LAYOUT[props.element] || { color: '#666', weight: 1 };
}

const hatchCache = new Map();

/** A diagonal hatch of the given colour over a pale tint, as a canvas fill pattern. */
export function hatch(color) {
  if (hatchCache.has(color)) return hatchCache.get(color);
  const size = 10;
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const ctx = tile.getContext('2d');
  ctx.globalAlpha = 0.35;
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, size, size);
  ctx.globalAlpha = 0.9;
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(0, size);
  ctx.lineTo(size, 0);
  ctx.moveTo(-size / 2, size / 2);
  ctx.lineTo(size / 2, -size / 2);
  ctx.moveTo(size / 2, size * 1.5);
  ctx.lineTo(size * 1.5, size / 2);
  ctx.stroke();
  const pattern = ctx.createPattern(tile, 'repeat');
  hatchCache.set(color, pattern);
  return pattern;
}

export function parkColor(props) {
  const n = Number(props.park_no) || 1;
  return PARK_COLORS[(n - 1) % PARK_COLORS.length];
}

export function parkStyle(props) {
  const color = parkColor(props);
  return { color: darker(color), weight: 1.5, fillColor: hatch(darker(color)), fillOpacity: 0.9 };
}

export function metroColor(line) {
  return METRO_COLORS[String(line).trim()] || METRO_FALLBACK;
}

export function transportStyle(props) {
  const dash = isPlanned(props) ? '8 6' : null;
  switch (props.kind) {
    case 'metro_line':
      return { color: metroColor(props.line), weight: 4, opacity: 0.95, dashArray: dash };
    case 'tram_line':
      return { color: '#00a3a3', weight: 3, dashArray: dash };
    case 'railway':
      return { color: '#444', weight: 2.5, dashArray: dash || '1 0' };
    case 'expressway':
      return { color: '#41527a', weight: 3.5, opacity: 0.75, dashArray: dash };
    case 'trunk_road':
      return { color: '#8a7a5c', weight: 2.8, opacity: 0.75, dashArray: dash };
    case 'bridge':
      return { color: '#333', weight: 6, opacity: 0.8, dashArray: dash };
    case 'port':
      return { color: '#1f4e79', weight: 1.5, fillColor: '#4a7fb5', fillOpacity: 0.5, dashArray: dash };
    case 'airport':
      return { color: '#555', weight: 1.5, fillColor: '#999', fillOpacity: 0.5, dashArray: dash };
    default:
      return { color: '#666', weight: 2, dashArray: dash };
  }
}

/** Point features of the transport layer (stations, ports, airport). */
export function transportPointStyle(props) {
  if (props.kind === 'metro_station') {
    const first = String(props.lines || props.line || '').split(',')[0];
    return {
      radius: 4.5,
      color: metroColor(first),
      weight: 2.5,
      fillColor: '#fff',
      fillOpacity: 1,
      dashArray: isPlanned(props) ? '3 2' : null,
    };
  }
  const color = props.kind === 'port' ? '#1f4e79' : props.kind === 'airport' ? '#444' : '#666';
  return { radius: 7, color: '#fff', weight: 2, fillColor: color, fillOpacity: 0.95 };
}

/** Facility dots shrink at overview zooms so they do not hide the layout. */
export function facilityStyle(props, zoom = 13) {
  const scale = zoom < 12 ? 0.6 : zoom < 13 ? 0.8 : 1;
  return {
    radius: (FACILITY_RADIUS[props.type] || 4.5) * scale,
    color: '#fff',
    weight: 1.2,
    fillColor: FACILITY_COLORS[props.type] || '#777',
    fillOpacity: isPlanned(props) ? 0.55 : 0.95,
  };
}

export function roadStyle(props) {
  const s = ROAD_STYLE[props.class] || ROAD_STYLE.local;
  return { ...s, opacity: 0.9, lineCap: 'round' };
}

export const WATER = { color: '#5b9bd5', weight: 0.8, fillColor: '#a9d3ee', fillOpacity: 1 };
export const LAND = { color: '#cfc6b0', weight: 0, fillColor: '#f7f4ea', fillOpacity: 1 };
export const ZONE_OUTLINE = { color: '#3b3b3b', weight: 2.5, dashArray: '12 4 2 4', fill: false };
export const SUBDISTRICT = { color: '#7a7a7a', weight: 1.2, dashArray: '5 4', fill: false };

export function populationClass(residents) {
  let cls = -1;
  POPULATION_BREAKS.forEach((b, i) => {
    if (residents >= b) cls = i;
  });
  return cls;
}

export function populationStyle(props, year) {
  const residents = year === 2025 ? props.residents_2025 : props.residents;
  const cls = populationClass(Number(residents) || 0);
  return {
    stroke: false,
    fillColor: cls < 0 ? '#000' : POPULATION_COLORS[cls],
    fillOpacity: cls < 0 ? 0 : 0.75,
  };
}

function darker(hex) {
  const n = parseInt(hex.slice(1), 16);
  const f = (v) => Math.max(0, Math.round(v * 0.7));
  const r = f(n >> 16);
  const g = f((n >> 8) & 255);
  const b = f(n & 255);
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
}
