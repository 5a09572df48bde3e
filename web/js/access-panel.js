// The Access panel (可达容量): capacity-aware access by E2SFCA — type, year, facility set →
// a choropleth of capacity per 1,000 residents per cell (quantile classes, canvas renderer) and the
// facilities whose share of residents needs more than they have (load > 1), click to zoom.
import { bindControl, view } from './store.js';
import { ownResult } from './results.js';
import { registerField } from './view-hash.js';
import { fetchFeatures, fetchJson } from './api.js';
import { esc, int } from './html.js';
import { currentLang, onLangChange, t, tOr, zhOr } from './i18n.js';

const TYPES = ['hospital', 'community_health_center', 'kindergarten', 'primary_school', 'middle_school'];
/** Quantile classes of access among residents who have some (light → dark). */
const RAMP = ['#edf8b1', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];
const NONE = '#d9d9d9';
const SHARES = [0.2, 0.4, 0.6, 0.8];
const q = (p) => new URLSearchParams(p).toString();
registerField('access.type');

/** Residents-weighted breaks (20/40/60/80 %) of access among cells with access > 0. */
export function quantileBreaks(cells) {
  const some = cells.filter((c) => c.access > 0 && c.residents > 0).sort((a, b) => a.access - b.access);
  const total = some.reduce((s, c) => s + c.residents, 0);
  const breaks = [];
  let cum = 0;
  let k = 0;
  for (const c of some) {
    cum += c.residents;
    while (k < SHARES.length && cum >= SHARES[k] * total) {
      breaks.push(c.access);
      k++;
    }
  }
  return breaks;
}

function classOf(access, breaks) {
  if (!(access > 0)) return -1;
  let cls = 0;
  while (cls < breaks.length && access > breaks[cls]) cls++;
  return cls;
}

const fmt = (v) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

export function initAccessPanel(root, map, manager) {
  root.innerHTML = `
    <label class="field"><span data-i18n="acc.type"></span><select id="access-type"></select></label>
    <div class="field-row">
      <label class="field"><span data-i18n="year"></span><select id="access-year">
        <option value="2020">2020</option><option value="2025">2025</option></select></label>
      <label class="field"><span data-i18n="acc.set"></span><select id="access-set">
        <option value="existing" data-i18n="acc.set.existing"></option>
        <option value="committed" data-i18n="acc.set.committed"></option>
        <option value="plan" data-i18n="acc.set.plan"></option></select></label>
    </div>
    <div class="button-row"><button type="button" id="access-run" class="primary" data-i18n="acc.run"></button>
      <button type="button" id="access-clear" data-i18n="cov.clear" hidden></button></div>
    <div id="access-loading" class="loading" hidden><span class="spinner"></span><span class="text"></span></div>
    <div id="access-error" class="message error" hidden></div>
    <div id="access-result" hidden></div>
    <p class="hint" data-i18n="acc.hint"></p>`;
  const el = (id) => root.querySelector(`#${id}`);
  const renderer = manager.renderer;
  let cellsLayer = null;
  let facilityLayer = null;
  let highlight = null;
  let last = null;
  let seq = 0;
  let population = null;

  const renderTypes = () => {
    const chosen = el('access-type').value || 'hospital';
    el('access-type').innerHTML = TYPES.map((x) => `<option value="${x}">${esc(tOr(`facility.${x}`, x))}</option>`).join('');
    el('access-type').value = chosen;
  };

  function clearLayers() {
    for (const l of [cellsLayer, facilityLayer, highlight]) if (l) map.removeLayer(l);
    cellsLayer = null;
    facilityLayer = null;
    highlight = null;
  }

  async function run() {
    const my = ++seq;
    // the store is the view: the same keys the URL and the report carry
    const v = view.get();
    const params = { type: v['access.type'] || 'hospital', year: v.year || '2020', facilities: v.facilities || 'existing' };
    if (!v['access.type']) view.set({ 'access.type': params.type }, { source: 'access' });
    el('access-loading').hidden = false;
    el('access-loading').querySelector('.text').textContent = t('cov.computing');
    el('access-run').disabled = true;
    el('access-error').hidden = true;
    try {
      if (!population) population = fetchFeatures('population').then((fc) => fc.features);
      const [answer, cells] = await Promise.all([fetchJson(`/api/access?${q(params)}`), population]);
      if (my !== seq) return;
      last = answer;
      draw(answer, cells);
      render();
      el('access-clear').hidden = false;
    } catch (e) {
      if (my !== seq) return;
      el('access-error').hidden = false;
      el('access-error').textContent = e.message;
    } finally {
      if (my === seq) {
        el('access-loading').hidden = true;
        el('access-run').disabled = false;
      }
    }
  }

  /** One answer → choropleth + facility markers (everything shown comes from it). */
  function draw(a, features) {
    clearLayers();
    const byId = new Map(a.cells.map((c) => [c.id, c]));
    a.breaks = quantileBreaks(a.cells);
    const unit = t(`acc.unit.${a.capacityUnit}`);
    cellsLayer = L.geoJSON({ type: 'FeatureCollection', features: features.filter((f) => byId.has(f.id ?? f.properties.id)) }, {
      renderer,
      style: (f) => {
        const c = byId.get(f.id ?? f.properties.id);
        const cls = classOf(c.access, a.breaks);
        return { stroke: false, fillColor: cls < 0 ? NONE : RAMP[cls], fillOpacity: cls < 0 ? 0.45 : 0.78 };
      },
      onEachFeature: (f, layer) => {
        const c = byId.get(f.id ?? f.properties.id);
        layer.bindPopup(() => `<b>${fmt(c.access)}</b> ${esc(unit)} ${esc(t('acc.per1000'))}<br>${int(c.residents)} ${esc(t('cov.people'))} (${a.year})`);
      },
    }).addTo(map);
    facilityLayer = L.layerGroup(a.facilities.map((f) => L.circleMarker([f.lat, f.lon], {
      renderer,
      radius: 4 + Math.min(8, Math.sqrt(f.capacity) / 6),
      color: '#fff',
      weight: 1.5,
      fillColor: f.overloaded ? '#c51b1b' : '#1a7f37',
      fillOpacity: 0.95,
    }).bindPopup(() => facilityHtml(f, a)))).addTo(map);
    manager.setAnalysisMuted(true);
  }

  function facilityHtml(f, a) {
    const unit = t(`acc.unit.${a.capacityUnit}`);
    return `<b>${esc(f.name)}</b><table class="compact">
      <tr><th>${esc(t('acc.capacity'))}</th><td>${int(f.capacity)} ${esc(unit)}${f.capacityModelled ? ` <span class="modelled-tag">${esc(t('acc.modelled'))}</span>` : ''}</td></tr>
      <tr><th>${esc(t('acc.demand'))}</th><td>${int(Math.round(f.demand))}</td></tr>
      <tr><th>${esc(t('acc.share'))}</th><td>${int(Math.round(f.apportionedResidents))}</td></tr>
      <tr><th>${esc(t('acc.load'))}</th><td><b>${f.load.toFixed(2)}</b></td></tr></table>
      <div class="muted small capacity-source">${esc(zhOr(f.capacitySourceZh, f.capacitySource))}</div>`;
  }

  function zoomTo(f) {
    if (highlight) map.removeLayer(highlight);
    highlight = L.circleMarker([f.lat, f.lon], { renderer, radius: 16, color: '#c51b1b', weight: 3, fill: false }).addTo(map);
    map.setView([f.lat, f.lon], Math.max(map.getZoom(), 14));
    L.popup({ maxWidth: 300 }).setLatLng([f.lat, f.lon]).setContent(facilityHtml(f, last)).openOn(map);
  }

  function render() {
    if (!last) return;
    const a = last;
    const box = el('access-result');
    box.hidden = false;
    box.dataset.type = a.type;
    box.dataset.overloaded = String(a.totals.overloaded);
    const unit = t(`acc.unit.${a.capacityUnit}`);
    const per = `${unit} ${t('acc.per1000')}`;
    const modelled = a.facilitiesUsed.capacitiesModelled;
    const over = a.facilities.filter((f) => f.overloaded).sort((x, y) => y.load - x.load);
    const classes = [`<span><i class="swatch" style="background:${NONE}"></i>${esc(t('acc.none'))}</span>`]
      .concat(RAMP.slice(0, a.breaks.length + 1).map((c, i) => {
        const lo = i === 0 ? 0 : a.breaks[i - 1];
        const hi = a.breaks[i];
        const label = hi === undefined ? `> ${fmt(lo)}` : i === 0 ? `≤ ${fmt(hi)}` : `${fmt(lo)}–${fmt(hi)}`;
        return `<span><i class="swatch" style="background:${c}"></i>${label}</span>`;
      }));
    const rows = a.byArea.map((x) => `<tr><td>${esc(x.area)}</td><td class="num">${int(x.residents)}</td>
      <td class="num">${fmt(x.access)}</td></tr>`).join('');
    const bands = a.decay.bands.map((b) => `${fmt(b.fromMinutes)}–${fmt(b.toMinutes)} ${t('unit.minutes')} × ${b.weight.toFixed(2)}`).join(', ');
    box.innerHTML = `
      <div class="headline"><span class="share">${fmt(a.quantiles.p50)}</span>
        <span>${esc(per)} · ${esc(t('acc.median'))}</span></div>
      <div class="muted small">${esc(t('acc.norm'))} ${fmt(a.norm.perThousand)} ${esc(per)} ·
        ${esc(t('acc.inReach'))} ${int(a.totals.residentsInReach)} / ${int(a.totals.residents)}</div>
      <div class="modelled-note">${esc(t('cov.modelled'))}</div>
      ${(zhOr(a.notesZh, a.notes) || []).map((n) => `<p class="hint outside-boundary">${esc(n)}</p>`).join('')}
      ${modelled ? `<div class="modelled-note modelled-capacity">${esc(t('acc.modelledCapacities').replace('{m}', modelled).replace('{n}', a.facilitiesUsed.total))}</div>` : ''}
      <h3>${esc(t('acc.legend'))} (${esc(per)})</h3>
      <div class="band-legend access-legend">${classes.join('')}</div>
      <div class="muted small">${esc(t('acc.quantileNote'))}</div>
      <h3>${esc(t('acc.overloaded'))} (${over.length} / ${a.facilities.length})</h3>
      ${over.length ? `<ol id="access-overloaded">${over.map((f) => `<li data-id="${esc(f.id)}"><span>${esc(f.name)}</span>
        <span class="num">${f.load.toFixed(2)}×</span>
        <span class="muted">${int(f.capacity)} ${esc(unit)}${f.capacityModelled ? ` · ${esc(t('acc.modelled'))}` : ''}</span></li>`).join('')}</ol>`
        : `<p class="muted small">${esc(t('acc.noneOverloaded'))}</p>`}
      <h3>${esc(t('acc.byArea'))}</h3>
      <table class="area-table"><thead><tr><th>${esc(t('popup.subdistrict'))}</th><th class="num">${esc(t('cov.total'))}</th>
        <th class="num">${esc(per)}</th></tr></thead><tbody>${rows}</tbody></table>
      <div class="muted small">E2SFCA · ${esc(tOr(`mode.${a.catchment.mode}`, a.catchment.mode))} ${fmt(a.catchment.minutes)} ${esc(t('unit.minutes'))} (${esc(a.catchment.standard)}) · ${esc(bands)}<br>
        ${esc(zhOr(a.decay.sourceZh, a.decay.source))}<br>${esc(t('acc.loadNote'))}<br>
        ${a.year} · ${esc(t(`acc.set.${a.facilitySet}`))} · ${a.timings.totalMillis} ms</div>`;
    box.querySelectorAll('#access-overloaded li').forEach((li) => li.addEventListener('click', () => {
      box.querySelectorAll('#access-overloaded li').forEach((x) => x.classList.toggle('active', x === li));
      zoomTo(a.facilities.find((f) => f.id === li.dataset.id));
    }));
  }

  // the panel's layers show only while its tab is open
  const placeLayers = ownResult(map, ['access'], () => [cellsLayer, facilityLayer, highlight]);
  view.subscribe((state) => {
    if (cellsLayer && state.tab === 'access') manager.setAnalysisMuted(true);
  }, ['tab']);
  renderTypes();
  bindControl(view, el('access-type'), 'access.type', 'hospital');
  bindControl(view, el('access-year'), 'year');
  bindControl(view, el('access-set'), 'facilities');
  el('access-run').addEventListener('click', run);
  // a link, reload or back/forward to an access view shows its answer (the coverage panel does the same)
  const shown = () => last && last.type === view.get()['access.type'] && String(last.year) === String(view.get().year)
    && last.facilitySet === view.get().facilities;
  view.subscribe((state, changed, meta) => {
    if (meta.source === 'url' && state.tab === 'access' && !shown()) run();
  }, ['tab', 'access.type', 'year', 'facilities']);
  if (view.get().tab === 'access' && view.get()['access.type']) run();
  el('access-clear').addEventListener('click', () => {
    seq++;
    clearLayers();
    manager.setAnalysisMuted(false);
    last = null;
    el('access-result').hidden = true;
    el('access-clear').hidden = true;
  });
  renderTypes();
  onLangChange(() => {
    renderTypes();
    render();
  });
  return { run, get last() { return last; }, get layer() { return cellsLayer; }, lang: currentLang };
}
