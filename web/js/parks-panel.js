// The Parks tab (八大产业园区): per park the residents within 30/45 min by transit, 30 min by car,
// on foot and by bicycle, jobs and the jobs–housing ratio, station access; click a park to draw its
// transit catchments (30 and 45 min, RAPTOR over 07:30–08:30) and see the travel time from each
// sub-district. Export: the table as CSV, the answer as JSON, the report's parks page as PDF/XLSX.
import { fetchJson, withArea } from './api.js';
import { esc, int } from './html.js';
import { applyStatic, currentLang, onLangChange, t, zhOr } from './i18n.js';
import { yearAndSetFields } from './indicators-panel.js';
import { bindControl, view } from './store.js';
import { ownResult } from './results.js';
import { reportQuery } from './report-url.js';
import { registerField } from './view-hash.js';

registerField('parks.park');

const BANDS = [
  { minutes: 45, color: '#9ecae1' },
  { minutes: 30, color: '#3182bd' },
];

/** The table as CSV (one row per park, the figures of the answer). */
export function parksCsv(parks) {
  const head = ['id', 'name_zh', 'name_en', 'transit30', 'transit45', 'drive30', 'walk30', 'bike30',
    'jobs', 'jobs_source', 'jobs_housing_ratio', 'stations_within_800m', 'area_share_near_station'];
  const cell = (v) => (v === null || v === undefined ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  const rows = parks.map((p) => [p.id, p.nameZh, p.nameEn, p.residentsWithin.transit30, p.residentsWithin.transit45,
    p.residentsWithin.drive30, p.residentsWithin.walk30, p.residentsWithin.bike30, p.jobs, p.jobsSource,
    p.jobsHousingRatio, p.stationsWithin800m, p.areaShareNearStation].map(cell).join(','));
  return [head.join(','), ...rows].join('\n') + '\n';
}

export function initParksPanel(root, map) {
  root.innerHTML = `
    <div class="field-row">${yearAndSetFields('parks-year', 'parks-facilities')}</div>
    <div id="parks-loading" class="loading" hidden><span class="spinner"></span><span data-i18n="cov.computing"></span></div>
    <div id="parks-error" class="message error" hidden></div>
    <div class="table-scroll"><table id="parks-table" class="compact parks-table"></table></div>
    <div class="button-row"><button type="button" id="parks-csv" data-i18n="parks.csv"></button>
      <a id="parks-json" target="_blank" rel="noopener" data-i18n="parks.json"></a>
      <a id="parks-pdf" target="_blank" rel="noopener">PDF</a><a id="parks-xlsx">XLSX</a></div>
    <div id="parks-detail"></div>
    <p class="hint" data-i18n="parks.hint"></p>`;
  applyStatic(root);
  const el = (id) => root.querySelector(`#${id}`);
  let parks = [];
  let gains = {};
  let selected = null;
  let layer = null;
  let seq = 0;

  const query = () => new URLSearchParams({ year: el('parks-year').value, facilities: el('parks-facilities').value });
  // residents who gain a 45-minute transit trip: existing lines → the chosen set (plan when existing)
  const gainTo = () => (el('parks-facilities').value === 'existing' ? 'plan' : el('parks-facilities').value);

  async function loadGains(my) {
    const q = new URLSearchParams({ year: el('parks-year').value, from: 'existing', to: gainTo(), minutes: '45' });
    try {
      const answer = await fetchJson(`/api/parks/compare?${q}`);
      if (my !== seq) return;
      gains = Object.fromEntries(answer.map((g) => [g.id, g]));
      render();
    } catch (e) {
      if (my === seq) { gains = {}; el('parks-error').hidden = false; el('parks-error').textContent = String(e.message || e); }
    }
  }

  function render() {
    const en = currentLang() === 'en';
    el('parks-table').innerHTML = `<thead><tr><th>${esc(t('parks.park'))}</th><th>${esc(t('parks.transit30'))}</th>
      <th>${esc(t('parks.transit45'))}</th><th>${esc(t('parks.drive30'))}</th><th>${esc(t('parks.walk30'))}</th>
      <th>${esc(t('parks.jobs'))}</th><th>${esc(t('parks.ratio'))}</th><th>${esc(t('parks.stations'))}</th>
      <th title="${esc(t('parks.gain45.hint'))}">${esc(t('parks.gain45'))} (${esc(gainTo())})</th></tr></thead><tbody>${
      parks.map((p) => `<tr class="park-row${p.id === selected ? ' selected' : ''}" tabindex="0" data-id="${esc(p.id)}">
        <td>${esc(en ? p.nameEn : p.nameZh)}</td><td>${int(p.residentsWithin.transit30)}</td>
        <td>${int(p.residentsWithin.transit45)}</td><td>${int(p.residentsWithin.drive30)}</td>
        <td>${int(p.residentsWithin.walk30)}</td><td title="${esc(zhOr(p.jobsSourceZh, p.jobsSource))}">${int(p.jobs)}*</td>
        <td>${p.jobsHousingRatio === null ? '—' : p.jobsHousingRatio.toFixed(2)}</td>
        <td>${p.stationsWithin800m} (${Math.round(p.areaShareNearStation * 100)} %)</td>
        <td class="park-gain">${gains[p.id] === undefined ? '…' : `+${int(gains[p.id].gained)}`}</td></tr>`).join('')}</tbody>`;
    el('parks-table').querySelectorAll('tr.park-row').forEach((tr) => {
      const go = () => select(tr.dataset.id);
      tr.addEventListener('click', go);
      tr.addEventListener('keydown', (e) => { if (e.key === 'Enter') go(); });
    });
    el('parks-json').href = withArea(`/api/parks?${query()}`);
    // the report's parks page: the same question as the map's PDF/XLSX tools ask with this tab open
    for (const format of ['pdf', 'xlsx']) {
      const a = el(`parks-${format}`);
      a.href = withArea(`/api/report?${reportQuery({ ...view.get(), tab: 'parks' }, format)}`);
      a.title = t(`tool.${format}`);
    }
    renderDetail();
  }

  function renderDetail() {
    const p = parks.find((x) => x.id === selected);
    if (!p) { el('parks-detail').innerHTML = ''; return; }
    el('parks-detail').innerHTML = `<h4>${esc(currentLang() === 'en' ? p.nameEn : p.nameZh)}</h4>
      <div class="small muted">${esc(t('parks.jobsSource'))}: ${esc(zhOr(p.jobsSourceZh, p.jobsSource))}</div>
      <div class="small">${esc(t('parks.stationList'))}: ${esc(p.stations.join('、') || '—')}</div>
      <table class="compact"><thead><tr><th>${esc(t('parks.area'))}</th><th>${esc(t('parks.median'))}</th></tr></thead><tbody>${
        p.travelMinutesBySubdistrict.map((a) => `<tr><td>${esc(a.area)}</td><td>${a.medianMinutes == null ? '> 90' : a.medianMinutes}</td></tr>`).join('')}</tbody></table>
      <details class="small"><summary>${esc(t('parks.rules'))}</summary><ul>${zhOr(p.rulesZh, p.rules).map((r) => `<li>${esc(r)}</li>`).join('')}</ul></details>`;
  }

  async function select(id) {
    selected = id;
    if (view.get()['parks.park'] !== id) view.set({ 'parks.park': id }, { source: 'user' });
    render();
    const my = ++seq;
    el('parks-loading').hidden = false;
    try {
      const answers = await Promise.all(BANDS.map((b) => fetchJson(`/api/transit/isochrone?park=${encodeURIComponent(id)}&minutes=${b.minutes}&${query()}`)));
      if (my !== seq) return;
      if (layer) map.removeLayer(layer);
      layer = L.layerGroup(answers.map((fc, i) => L.geoJSON(fc, {
        style: { color: BANDS[i].color, weight: 1, fillColor: BANDS[i].color, fillOpacity: 0.35 },
      }).bindTooltip(`${BANDS[i].minutes} min · ${int(fc.features[0].properties.residents)} ${t('parks.residents')}`)));
      placeLayers();
      const bounds = L.geoJSON(answers[0]).getBounds();
      if (bounds.isValid()) map.fitBounds(bounds, { maxZoom: 13 });
    } catch (e) {
      el('parks-error').hidden = false;
      el('parks-error').textContent = String(e.message || e);
    } finally {
      if (my === seq) el('parks-loading').hidden = true;
    }
  }

  async function load() {
    const my = ++seq;
    el('parks-loading').hidden = false;
    el('parks-error').hidden = true;
    try {
      const answer = await fetchJson(`/api/parks?${query()}`);
      if (my !== seq) return;
      parks = answer;
      gains = {};
      render();
      if (selected) select(selected);
      loadGains(my);
    } catch (e) {
      el('parks-error').hidden = false;
      el('parks-error').textContent = String(e.message || e);
    } finally {
      if (my === seq) el('parks-loading').hidden = true;
    }
  }

  el('parks-csv').addEventListener('click', () => {
    const blob = new Blob([parksCsv(parks)], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `parks-${el('parks-year').value}-${el('parks-facilities').value}.csv`;
    a.click();
    URL.revokeObjectURL(a.href);
  });
  // the catchments show only while the tab is open; year and set are the view's shared keys
  const placeLayers = ownResult(map, ['parks'], () => [layer]);
  bindControl(view, el('parks-year'), 'year');
  bindControl(view, el('parks-facilities'), 'facilities');
  let loaded = false;
  const show = () => {
    if (!loaded) {
      loaded = true;
      selected = view.get()['parks.park'] || null;
      load();
    }
  };
  view.subscribe((state, changed, meta) => {
    if (state.tab !== 'parks') return;
    if (!loaded) { show(); return; }
    if (changed.includes('year') || changed.includes('facilities')) load();
    else if (changed.includes('parks.park') && meta?.source === 'url' && state['parks.park']) select(state['parks.park']);
  }, ['tab', 'year', 'facilities', 'parks.park']);
  if (view.get().tab === 'parks') show();
  onLangChange(render);
  return {
    show,
    get parks() { return parks; },
    clear() { if (layer) map.removeLayer(layer); layer = null; selected = null; render(); },
  };
}
