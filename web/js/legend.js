// The legend: what the colours and line styles mean, for what is on the map.
import { nameOf, t, tOr } from './i18n.js';
import { swatch } from './swatch.js';
import * as S from './styles.js';

function item(symbol, text) {
  const row = document.createElement('div');
  row.className = 'legend-item';
  const span = document.createElement('span');
  span.textContent = text;
  row.append(symbol, span);
  return row;
}

function section(title) {
  const div = document.createElement('div');
  div.className = 'legend-section';
  const h = document.createElement('h4');
  h.textContent = title;
  div.append(h);
  return div;
}

export function renderLegend(container, manager) {
  container.replaceChildren();
  const on = (prefix) => [...manager.toggles.values()].some((x) => x.on && x.id.startsWith(prefix));
  if (on('population')) {
    const s = section(t(manager.year === 2025 ? 'legend.population2025' : 'legend.population'));
    s.classList.add('legend-population');
    S.POPULATION_BREAKS.forEach((b, i) => {
      const next = S.POPULATION_BREAKS[i + 1];
      const range = next ? `${b}–${next - 1}` : `≥ ${b}`;
      s.append(item(swatch({ fillColor: S.POPULATION_COLORS[i], fillOpacity: 0.75 }), range));
    });
    const note = document.createElement('div');
    note.className = 'legend-note';
    note.textContent = t('legend.perCell');
    s.append(note);
    container.append(s);
  }
  if (on('layout')) {
    const s = section(t('group.layout'));
    s.append(
      item(swatch(S.LAYOUT.core), t('toggle.core')),
      item(swatch(S.LAYOUT.cluster), t('toggle.cluster')),
      item(swatch(S.LAYOUT.axis, 'line'), t('toggle.axis')),
      item(swatch(S.LAYOUT.belt_river), tOr('legend.beltRiver', '长江左岸产城融合发展带 / Yangtze belt')),
      item(swatch(S.LAYOUT.belt_dongfeng), tOr('legend.beltDongfeng', '东风大道先进制造发展带 / Dongfeng belt')),
    );
    container.append(s);
  }
  if (on('transport')) {
    const s = section(t('legend.metro'));
    for (const line of Object.keys(S.METRO_COLORS)) {
      s.append(item(swatch({ color: S.METRO_COLORS[line], weight: 4 }, 'line'), `${tOr('legend.line', 'Line')} ${line}`));
    }
    s.append(item(swatch({ color: '#555', weight: 3, dashArray: '4 3' }, 'line'), t('legend.dashed')));
    container.append(s);
    // every other kind the transport layer draws
    const other = section(t('group.transport'));
    for (const kind of ['tram_line', 'railway', 'expressway', 'trunk_road', 'bridge']) {
      other.append(item(swatch(S.transportStyle({ kind }), 'line'), tOr(`kind.${kind}`, kind)));
    }
    for (const kind of ['port', 'airport']) {
      other.append(item(swatch(S.transportStyle({ kind })), tOr(`kind.${kind}`, kind)));
    }
    other.append(item(swatch(S.transportPointStyle({ kind: 'metro_station' }), 'point'), tOr('kind.metro_station', 'metro station')));
    container.append(other);
  }
  if (on('parks')) {
    const s = section(t('group.parks'));
    const parks = ((manager.features && manager.features.get('parks')) || [])
      .slice().sort((a, b) => (Number(a.properties.park_no) || 0) - (Number(b.properties.park_no) || 0));
    for (const f of parks) {
      const p = f.properties;
      s.append(item(swatch({ color: S.parkStyle(p).color }, 'hatch'), nameOf(p.name_zh, p.name_en)));
    }
    container.append(s);
  }
  if (on('roads')) {
    const s = section(t('legend.roads'));
    for (const [cls, style] of Object.entries(S.ROAD_STYLE)) s.append(item(swatch(style, 'line'), t(`class.${cls}`)));
    container.append(s);
  }
  const facilities = [...manager.toggles.values()].filter((x) => x.layerId === 'facilities' && x.on);
  if (facilities.length) {
    const s = section(t('group.facilities'));
    s.classList.add('legend-columns');
    for (const f of facilities) s.append(item(swatch(f.swatch, 'point'), manager.toggleLabel(f)));
    const note = document.createElement('div');
    note.className = 'legend-note legend-modelled';
    note.textContent = t('legend.facilitiesModelled');
    s.append(note);
    container.append(s);
  }

}
