// The layer tree: collapsible groups of toggles, one checkbox per toggle (data-layer-id).
import { GROUP_ORDER } from './catalog.js';
import { planGroupOrder, t, tOr } from './i18n.js';
import { swatch } from './swatch.js';

const COLLAPSED = new Set(['water', 'roads', 'boundaries']);

function swatchKind(toggle) {
  if (toggle.point) return 'point';
  if (toggle.line || (toggle.swatch && toggle.swatch.line)) return 'line';
  if (toggle.layerId === 'parks') return 'hatch';
  return 'area';
}

export function renderTree(container, manager) {
  container.replaceChildren();
  const groups = new Map();
  for (const toggle of manager.toggles.values()) {
    if (!groups.has(toggle.group)) groups.set(toggle.group, []);
    groups.get(toggle.group).push(toggle);
  }
  const planned = planGroupOrder();
  const first = planned.length ? planned : GROUP_ORDER;
  const order = [...first, ...[...groups.keys()].filter((g) => !first.includes(g))];
  for (const group of order) {
    const toggles = groups.get(group);
    if (!toggles) continue;
    const details = document.createElement('details');
    details.className = 'tree-group';
    details.dataset.group = group;
    details.open = !COLLAPSED.has(group);
    const summary = document.createElement('summary');
    summary.textContent = tOr(`group.${group}`, group);
    details.append(summary);
    for (const toggle of toggles) details.append(toggleRow(toggle, manager));
    if (group === 'population') details.append(yearSwitch(manager));
    container.append(details);
  }
}

function toggleRow(toggle, manager) {
  const label = document.createElement('label');
  label.className = 'tree-toggle';
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.dataset.layerId = toggle.id;
  box.checked = toggle.on;
  box.addEventListener('change', () => manager.setOn(toggle.id, box.checked));
  const text = document.createElement('span');
  text.className = 'toggle-label';
  text.textContent = manager.toggleLabel(toggle);
  const count = document.createElement('span');
  count.className = 'toggle-count';
  count.textContent = toggle.lazy && !toggle.leaflet ? '' : String(toggle.count);
  label.append(box, swatch(toggle.swatch, swatchKind(toggle)), text, count);
  return label;
}

function yearSwitch(manager) {
  const div = document.createElement('div');
  div.className = 'year-switch';
  div.append(`${t('year')}: `);
  for (const year of [2020, 2025]) {
    const label = document.createElement('label');
    const radio = document.createElement('input');
    radio.type = 'radio';
    radio.name = 'population-year';
    radio.value = String(year);
    radio.checked = manager.year === year;
    radio.addEventListener('change', () => manager.setPopulationYear(year));
    label.append(radio, ` ${year}`);
    div.append(label);
  }
  return div;
}

/** Keeps checkboxes in step when a toggle changes elsewhere (e.g. search turns a layer on). */
export function syncTree(container, id, on) {
  const box = container.querySelector(`input[data-layer-id="${CSS.escape(id)}"]`);
  if (box) box.checked = on;
}
