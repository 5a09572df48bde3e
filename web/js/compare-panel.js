// The Compare tab: one standard, two sides (population year, facility set, scenario) → a
// difference map (cells that gain / lose coverage, change in uncovered residents) and a table of
// covered residents per sub-district on both sides. One answer of GET /api/compare.
import { fetchJson, fetchStandards } from './api.js';
import { standardName } from './standards.js';
import { esc, int, pct } from './html.js';
import { applyStatic, onLangChange, t, zhOr } from './i18n.js';
import { yearAndSetFields } from './indicators-panel.js';
import { bindControl, view } from './store.js';
import { registerField } from './view-hash.js';

// the panel's settings are view keys: a link or reload restores them and the report reads them
const KEYS = {
  'compare.standard': ['cmp-standard', 'health15'], 'compare.method': ['cmp-method', 'network'],
  'compare.yearA': ['cmp-year-a', '2020'], 'compare.facilitiesA': ['cmp-fac-a', 'existing'], 'compare.scenarioA': ['cmp-scn-a', ''],
  'compare.yearB': ['cmp-year-b', '2025'], 'compare.facilitiesB': ['cmp-fac-b', 'existing'], 'compare.scenarioB': ['cmp-scn-b', ''],
};
for (const k of Object.keys(KEYS)) registerField(k);

/** The compare settings of a view: each key's value, or its default. */
export function compareSettings(state) {
  return Object.fromEntries(Object.entries(KEYS).map(([k, [, fallback]]) => [k, state[k] ?? fallback]));
}

export const DIFF_COLOURS = { gain: '#1a9850', loss: '#d73027', more: '#7b3294', fewer: '#80cdc1' }; // clear of the clusters' orange

/** GET /api/compare's query for compare settings (compareSettings). */
function compareQuery(c) {
  const q = new URLSearchParams({ standard: c['compare.standard'], method: c['compare.method'], year: c['compare.yearA'],
    facilities: c['compare.facilitiesA'], yearB: c['compare.yearB'], facilitiesB: c['compare.facilitiesB'] });
  if (c['compare.scenarioA']) q.set('scenario', c['compare.scenarioA']);
  if (c['compare.scenarioB']) q.set('scenarioB', c['compare.scenarioB']);
  return q.toString();
}

function cellKind(p) {
  if (p.change === 'gain' || p.change === 'loss') return p.change;
  return p.uncoveredChange > 0 ? 'more' : 'fewer';
}

function sideHtml(side) {
  return `<fieldset class="compare-side"><legend>${side.toUpperCase()}</legend>
    <div class="field-row">
      ${yearAndSetFields(`cmp-year-${side}`, `cmp-fac-${side}`)}
      <label class="field"><span data-i18n="cmp.scenario"></span><select id="cmp-scn-${side}"></select></label>
    </div></fieldset>`;
}

export function initComparePanel(root, map, areaName = (zh) => zh) {
  root.innerHTML = `
    <label class="field"><span data-i18n="cov.standard"></span><select id="cmp-standard"></select></label>
    <label class="field"><span data-i18n="cov.method"></span><select id="cmp-method">
      <option value="network" data-i18n="method.network"></option>
      <option value="euclidean" data-i18n="method.euclidean"></option></select></label>
    <div class="button-row preset-row">
      <button type="button" data-preset="years" data-i18n="cmp.years"></button>
      <button type="button" data-preset="plan" data-i18n="cmp.plan"></button>
      <button type="button" data-preset="scenario" data-i18n="cmp.scenarioPreset"></button></div>
    ${sideHtml('a')}${sideHtml('b')}
    <div class="button-row"><button type="button" id="cmp-run" class="primary" data-i18n="cmp.run"></button>
      <button type="button" id="cmp-clear" data-i18n="cov.clear" hidden></button></div>
    <div id="cmp-loading" class="loading" hidden><span class="spinner"></span><span data-i18n="cov.computing"></span></div>
    <div id="cmp-error" class="message error" hidden></div>
    <div id="cmp-result" hidden></div>`;
  applyStatic(root);
  const el = (id) => root.querySelector(`#${id}`);
  const layer = L.geoJSON(null, {
    renderer: L.canvas({ padding: 0.5 }),
    style: (f) => ({ stroke: false, fillColor: DIFF_COLOURS[cellKind(f.properties)], fillOpacity: 0.75 }),
  });
  let last = null;
  let lastQuery = null;
  let lastSettings = null;

  async function fillScenarios() {
    let list = [];
    try {
      list = await fetchJson('/api/scenarios');
    } catch (e) {
      list = [];
    }
    for (const side of ['a', 'b']) {
      const sel = el(`cmp-scn-${side}`);
      const keep = sel.value;
      sel.innerHTML = `<option value="">${esc(t('cmp.baseline'))}</option>`
        + list.map((s) => `<option value="${s.id}">#${s.id} ${esc(s.name)}</option>`).join('');
      sel.value = view.get()[`compare.scenario${side.toUpperCase()}`] ?? keep;
    }
  }

  function preset(kind) {
    const set = (side, year, fac, scn = '') => {
      const S = side.toUpperCase();
      view.set({ [`compare.year${S}`]: year, [`compare.facilities${S}`]: fac, [`compare.scenario${S}`]: scn || null }, { source: 'user' });
    };
    if (kind === 'years') { set('a', '2020', 'existing'); set('b', '2025', 'existing'); }
    if (kind === 'plan') { set('a', '2020', 'existing'); set('b', '2020', 'plan'); }
    if (kind === 'scenario') {
      const first = el('cmp-scn-b').options[1];
      set('a', '2020', 'existing');
      set('b', '2020', 'existing', first ? first.value : '');
    }
  }

  /** A side in the UI language, from the settings of the answer shown ("2020 · 现状 · 方案 #3"). */
  const sideLabel = (S) => {
    const c = lastSettings;
    const scn = c[`compare.scenario${S}`];
    return [c[`compare.year${S}`], t(`fset.${c[`compare.facilities${S}`]}`), scn ? `${t('cmp.scenario')} #${scn}` : null]
      .filter(Boolean).join(' · ');
  };

  function render() {
    if (!last) return;
    const d = last;
    const shareA = d.totalA ? d.coveredA / d.totalA : 0;
    const shareB = d.totalB ? d.coveredB / d.totalB : 0;
    const counts = { gain: 0, loss: 0, more: 0, fewer: 0 };
    d.features.forEach((f) => { counts[cellKind(f.properties)]++; });
    // a row is coloured by the change of its share, not of its count: a sub-district whose residents
    // grow faster than its coverage loses share while gaining covered residents (军山 2020 → 2025)
    const rows = d.byArea.map((a) => {
      const sa = a.totalA ? a.coveredA / a.totalA : 0;
      const sb = a.totalB ? a.coveredB / a.totalB : 0;
      const pp = (sb - sa) * 100;
      const kind = pp > 0.05 ? 'up' : pp < -0.05 ? 'down' : '';
      return `<tr class="${kind}" data-pp="${pp.toFixed(1)}">
      <td>${esc(areaName(a.area))}</td><td class="num">${pct(sa)}</td>
      <td class="num">${pct(sb)}</td>
      <td class="num">${pp > 0 ? '+' : ''}${pp.toFixed(1)} pp</td>
      <td class="num muted">${a.change > 0 ? '+' : ''}${int(a.change)}</td></tr>`;
    }).join('');
    el('cmp-result').hidden = false;
    el('cmp-result').dataset.cells = String(d.features.length);
    el('cmp-result').innerHTML = `
      <div class="headline"><span class="share">${pct(shareA)} → ${pct(shareB)}</span></div>
      <div class="muted small">A: ${esc(sideLabel('A'))} · B: ${esc(sideLabel('B'))}</div>
      <div class="band-legend">${Object.entries(DIFF_COLOURS).map(([k, c]) =>
        `<span><i class="swatch" style="background:${c}"></i>${esc(t(`cmp.${k}`))} (${counts[k]})</span>`).join('')}</div>
      <table class="area-table compare-table"><thead><tr><th>${esc(t('popup.subdistrict'))}</th><th class="num">A</th>
        <th class="num">B</th><th class="num">Δ ${esc(t('cov.share'))}</th><th class="num">Δ ${esc(t('cov.coveredShort'))}</th></tr></thead><tbody>${rows}</tbody>
        <tfoot><tr><th>${esc(t('scn.total'))}</th><th class="num">${pct(shareA)}</th><th class="num">${pct(shareB)}</th>
        <th class="num">${shareB - shareA > 0 ? '+' : ''}${((shareB - shareA) * 100).toFixed(1)} pp</th>
        <th class="num">${d.coveredB - d.coveredA > 0 ? '+' : ''}${int(d.coveredB - d.coveredA)}</th></tr></tfoot></table>
      <p class="hint">${esc(t('cmp.colourRule'))}</p>
      <p class="hint">${esc(zhOr(d.ruleZh, d.rule))}</p>`;
  }

  async function run() {
    // the question is the store's (what the URL and the report carry); written out in full so the link is explicit
    const c = compareSettings(view.get());
    view.set(Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v === '' ? null : v])), { source: 'compare' });
    const q = compareQuery(c);
    lastQuery = q;
    el('cmp-loading').hidden = false;
    el('cmp-error').hidden = true;
    el('cmp-run').disabled = true;
    try {
      last = await fetchJson(`/api/compare?${q}`);
      lastSettings = c;
      layer.clearLayers().addData(last);
      layer.addTo(map);
      render();
      el('cmp-clear').hidden = false;
    } catch (e) {
      el('cmp-error').hidden = false;
      el('cmp-error').textContent = e.message;
    } finally {
      el('cmp-loading').hidden = true;
      el('cmp-run').disabled = false;
    }
  }

  fetchStandards().then((list) => {
    el('cmp-standard').innerHTML = list.map((s) => `<option value="${esc(s.code)}">${esc(standardName(s))}</option>`).join('');
    bindControl(view, el('cmp-standard'), 'compare.standard', 'health15');
  });
  for (const [k, [id, fallback]] of Object.entries(KEYS)) if (id !== 'cmp-standard') bindControl(view, el(id), k, fallback);
  fillScenarios();
  // a link, reload or back/forward to a compare view shows its answer
  const restore = () => { if (view.get().tab === 'compare') run(); };
  view.subscribe((state, changed, meta) => {
    if (meta.source === 'url' && state.tab === 'compare' && !(last && lastQuery === currentQuery())) restore();
  }, ['tab', ...Object.keys(KEYS)]);
  const currentQuery = () => compareQuery(compareSettings(view.get()));
  if (view.get().tab === 'compare' && Object.keys(KEYS).some((k) => k in view.get())) restore();
  root.querySelectorAll('[data-preset]').forEach((b) => b.addEventListener('click', () => preset(b.dataset.preset)));
  el('cmp-run').addEventListener('click', run);
  el('cmp-clear').addEventListener('click', () => {
    last = null;
    map.removeLayer(layer);
    el('cmp-result').hidden = true;
    el('cmp-clear').hidden = true;
  });
  onLangChange(render);
  return { run, layer, refreshScenarios: fillScenarios, get last() { return last; } };
}
