// The Coverage panel: standard / method / year → service areas, gaps, shares by sub-district,
// Euclidean vs network side by side, and "is this spot covered?" on map clicks.
import { fetchJson, fetchStandards, withArea } from './api.js';
import { bandsFor, standardInfoHtml, standardName } from './standards.js';
import { CoverageLayers, bandColour } from './coverage-layers.js';
import { esc, int, pct, elapsed } from './html.js';
import { currentLang, onLangChange, t, tOr } from './i18n.js';
import { pointPopupHtml } from './point-query.js';
import { bindControl, view } from './store.js';
import { ownResult } from './results.js';

/** The view keys a coverage answer depends on. */
const PARAMS = ['standard', 'method', 'year', 'facilities', 'scenario'];

const q = (p) => new URLSearchParams(p).toString();

/** Sub-district name in the current language (the API reports them by their Chinese name). */
export function areaNamer(manager) {
  let en = null; // read when first needed: the panel may start before the layers have loaded
  return (zh) => {
    if (currentLang() !== 'en') return zh;
    const subdistricts = (manager.features && manager.features.get('subdistricts')) || [];
    if (!en || !en.size) {
      en = new Map(subdistricts.map((f) => [f.properties.name_zh, (f.properties.name_en || '').replace(/\s+sub-?district$/i, '')]));
    }
    return en.get(zh) || zh;
  };
}

export function initCoveragePanel(root, map, manager) {
  root.innerHTML = `
    <label class="field"><span data-i18n="cov.standard"></span><select id="coverage-standard"></select></label>
    <div id="coverage-std-info" class="info-box"></div>
    <div class="field-row">
      <label class="field"><span data-i18n="cov.method"></span><select id="coverage-method">
        <option value="network" data-i18n="method.network"></option>
        <option value="euclidean" data-i18n="method.euclidean"></option></select></label>
      <label class="field"><span data-i18n="year"></span><select id="coverage-year">
        <option value="2020">2020</option><option value="2025">2025</option></select></label>
      <label class="field"><span data-i18n="cov.facilitySet"></span><select id="coverage-facilities">
        <option value="existing" data-i18n="set.existing"></option>
        <option value="committed" data-i18n="set.committed"></option>
        <option value="plan" data-i18n="set.plan"></option></select></label>
    </div>
    <div class="button-row"><button type="button" id="coverage-run" class="primary" data-i18n="cov.run"></button>
      <button type="button" id="coverage-clear" data-i18n="cov.clear" hidden></button></div>
    <div id="coverage-loading" class="loading" hidden><span class="spinner"></span><span class="text"></span></div>
    <div id="coverage-error" class="message error" hidden></div>
    <div id="coverage-stale" class="message warn" data-i18n="cov.stale" hidden></div>
    <div id="coverage-result" hidden></div>
    <p class="hint" data-i18n="cov.clickHint"></p>`;
  const el = (id) => root.querySelector(`#${id}`);
  const layers = new CoverageLayers(map, manager);
  const areaName = areaNamer(manager);
  let standards = [];
  let last = null; // {standard, method, year, main, other, gaps, bands}
  let seq = 0;
  // the map shows this answer on the Coverage tab and under a siting result
  const placeLayers = ownResult(map, ['coverage', 'siting'], () => [layers.serviceAreas, layers.gaps]);
  /** Whether the drawn answer is the one the view's parameters ask for. */
  const isCurrent = () => {
    const v = view.get();
    return !!last && last.standard.code === v.standard && last.method === v.method
      && String(last.year) === String(v.year) && last.facilities === v.facilities;
  };
  const markStale = () => {
    const stale = !!last && !isCurrent();
    el('coverage-result').classList.toggle('stale', stale);
    el('coverage-stale').hidden = !stale;
    for (const l of [layers.serviceAreas, layers.gaps]) {
      if (l && l.setStyle) l.setStyle({ opacity: stale ? 0.25 : 1, fillOpacity: stale ? 0.08 : 0.35 });
    }
  };

  const current = () => standards.find((s) => s.code === el('coverage-standard').value);
  const renderOptions = () => {
    const chosen = el('coverage-standard').value || 'health15';
    el('coverage-standard').innerHTML = standards
      .map((s) => `<option value="${esc(s.code)}">${esc(standardName(s))}</option>`).join('');
    el('coverage-standard').value = chosen;
    const s = current();
    el('coverage-std-info').innerHTML = s ? standardInfoHtml(s) : '';
  };

  async function run() {
    await standardsLoaded;
    const s = current();
    if (!s) return;
    const my = ++seq;
    const v = view.get();
    const params = { standard: s.code, method: v.method, year: v.year, facilities: v.facilities };
    // a run is part of the view: the URL names what it shows
    view.set(params, { source: 'coverage' });
    const other = params.method === 'network' ? 'euclidean' : 'network';
    const bands = bandsFor(s);
    const start = performance.now();
    const loading = el('coverage-loading');
    loading.hidden = false;
    el('coverage-run').disabled = true;
    el('coverage-error').hidden = true;
    const tick = setInterval(() => {
      loading.querySelector('.text').textContent = `${t('cov.computing')} ${elapsed(start)} s`;
    }, 250);
    loading.querySelector('.text').textContent = t('cov.computing');
    try {
      const mainAnswer = fetchJson(`/api/coverage?${q(params)}`);
      // the headline as soon as its answer is in; the comparison, gaps and outlines follow
      mainAnswer.then((m) => {
        if (my !== seq) return;
        const box = el('coverage-result');
        box.hidden = false;
        box.classList.remove('stale');
        box.innerHTML = `<div class="headline"><span class="share">${pct(m.share)}</span>
          <span>${esc(t('cov.covered'))} · ${int(m.coveredResidents)} / ${int(m.totalResidents)} ${esc(t('cov.people'))}</span></div>
          <div class="muted small">${esc(t(`set.${m.facilities}`))} · ${m.year}</div>`;
      }).catch(() => null);
      const [main, otherResult, gaps, areas] = await Promise.all([
        mainAnswer,
        fetchJson(`/api/coverage?${q({ ...params, method: other })}`),
        fetchJson(`/api/coverage/gaps?${q(params)}`),
        fetchJson(`/api/coverage/service-areas?${q({ standard: s.code, method: params.method, bands: bands.join(','), facilities: params.facilities })}`),
      ]);
      if (my !== seq) return;
      layers.draw(areas, gaps);
      placeLayers();
      manager.setFocusTypes(s.types);
      last = { ...params, standard: s, main, other: otherResult, gaps, bands: areas.features.map((f) => f.properties.minutes).sort((a, b) => a - b),
        wallMs: Math.round(performance.now() - start) }; // what the planner waited, not one inner phase
      render();
      markStale();
      el('coverage-clear').hidden = false;
    } catch (e) {
      if (my !== seq) return;
      el('coverage-error').hidden = false;
      el('coverage-error').textContent = e.message;
    } finally {
      clearInterval(tick);
      if (my === seq) {
        loading.hidden = true;
        el('coverage-run').disabled = false;
      }
    }
  }

  function render() {
    if (!last) return;
    const { main, standard } = last;
    const box = el('coverage-result');
    box.hidden = false;
    box.dataset.share = String(main.share);
    box.dataset.standard = main.standard;
    box.dataset.method = main.method;
    box.dataset.facilities = main.facilities;
    const net = main.method === 'network' ? main : last.other;
    const euc = main.method === 'network' ? last.other : main;
    const pp = (euc.share - net.share) * 100;
    const people = euc.coveredResidents - net.coveredResidents;
    const verdict = pp >= 0 ? t('cov.overstates') : t('cov.understates');
    const missing = Object.entries(main.missingByType || {}).sort((a, b) => b[1] - a[1]);
    const rows = main.byArea.map((a) => `<tr><td>${esc(areaName(a.area))}</td><td class="num">${int(a.total)}</td>
        <td class="num">${int(a.covered)}</td><td class="num">${pct(a.share)}</td>
        <td class="bar-cell"><span class="bar" style="width:${Math.round(a.share * 100)}%"></span></td></tr>`).join('');
    const gapItems = last.gaps.features.map((f) => {
      const p = f.properties;
      const areas = (p.areas || [p.area]).map(areaName).join('、');
      const near = p.nearestFacility
        ? `${esc(p.nearestFacility.name)} · ${p.minutesToNearest} min`
        : esc(t('cov.noneReachable'));
      return `<li data-rank="${p.rank}"><span class="rank">${p.rank}</span>
        <span class="gap-area">${esc(areas)}</span>
        <span class="num">${int(p.residents)} ${esc(t('cov.people'))}</span>
        <span class="muted">${Number(p.areaKm2).toFixed(2)} km²</span>
        <span class="gap-detail muted">${int(p.cells)} ${esc(t('cov.cells'))} · ${esc(t('cov.nearest'))}: ${near} · ${esc(t('cov.bestSite'))}: +${int(p.bestSiteResidents)}</span></li>`;
    }).join('');
    const used = main.facilitiesUsed || { total: 0, positionsModelled: 0 };
    const notes = ((currentLang() === 'zh' && main.notesZh) || main.notes || []).map((n) => `<li>${esc(n)}</li>`).join('');
    const rules = ((currentLang() === 'zh' && main.rulesZh) || main.rules || []).map((n) => `<li>${esc(n)}</li>`).join('');
    box.innerHTML = `
      <div class="headline"><span class="share">${pct(main.share)}</span>
        <span>${esc(t('cov.covered'))} · ${int(main.coveredResidents)} / ${int(main.totalResidents)} ${esc(t('cov.people'))}</span></div>
      <div id="coverage-set" class="set-line" data-total="${used.total}" data-modelled="${used.positionsModelled}">${esc(t(`set.${main.facilities}`))} · ${main.year} ·
        ${esc(t('cov.facilitiesUsed'))} ${used.total} (${esc(t('cov.ofWhichModelled'))} ${used.positionsModelled})</div>
      ${notes ? `<ul id="coverage-notes" class="message warn">${notes}</ul>` : ''}
      <div class="modelled-note">${esc(t('cov.modelled'))}</div>
      <details class="std-sources" id="coverage-rules"><summary>${esc(t('cov.rules'))}</summary><ul>${rules}</ul></details>
      <div class="compare-box">
        <table><tr><th>${esc(t('method.euclidean'))}</th><td class="num">${pct(euc.share)}</td></tr>
        <tr><th>${esc(t('method.network'))}</th><td class="num">${pct(net.share)}</td></tr></table>
        <div id="coverage-compare" data-pp="${pp.toFixed(2)}">${esc(verdict)} <b>${Math.abs(pp).toFixed(1)} pp</b> /
          <b>${int(Math.abs(people))}</b> ${esc(t('cov.people'))}</div>
      </div>
      <div class="band-legend">${last.bands.map((m, i) => `<span><i class="swatch" style="background:${bandColour(i)};opacity:.7"></i>≤ ${main.method === 'euclidean'
        ? `${Math.round((standard.euclideanRadiusMeters * m) / standard.minutes)} m` : `${m} min`}</span>`).join('')}
        <span><i class="swatch swatch-gap"></i>${esc(t('cov.gap'))}</span></div>
      ${missing.length ? `<h3>${esc(t('cov.missingByType'))}</h3><table class="compact">${missing
        .map(([k, v]) => `<tr><td>${esc(tOr(`facility.${k}`, k))}</td><td class="num">${int(v)}</td></tr>`).join('')}</table>` : ''}
      <h3>${esc(t('cov.byArea'))}</h3>
      <table class="area-table"><thead><tr><th>${esc(t('popup.subdistrict'))}</th><th class="num">${esc(t('cov.total'))}</th>
        <th class="num">${esc(t('cov.coveredShort'))}</th><th class="num" colspan="2">${esc(t('cov.share'))}</th></tr></thead>
        <tbody>${rows}</tbody></table>
      <h3>${esc(t('cov.gaps'))} (${last.gaps.features.length})</h3>
      <ol id="gap-list">${gapItems}</ol>
      <div class="muted small" id="gap-remainder">${esc(t('cov.remainder'))}: ${int(last.gaps.remainderResidents || 0)} ${esc(t('cov.people'))}
        (${esc(t('cov.remainderWhy'))} ${last.gaps.minResidents}, ${last.gaps.minCellResidents})</div>
      ${downloadsHtml()}
      <div class="muted small">${esc(standardName(standard))} · ${esc(t(`method.${main.method}`))} · ${main.year} · ${esc(t(`set.${main.facilities}`))} · ${last.wallMs} ms</div>`;
    box.querySelectorAll('#gap-list li').forEach((li) => li.addEventListener('click', () => {
      box.querySelectorAll('#gap-list li').forEach((x) => x.classList.toggle('active', x === li));
      layers.focusGap(Number(li.dataset.rank));
    }));
  }

  // Downloads: the same answers as shown, as files, for the panel's current parameters.
  function downloadsHtml() {
    const params = { standard: last.standard.code, method: last.method, year: last.year, facilities: last.facilities };
    return `<div class="downloads" id="coverage-downloads">
      <a id="dl-gaps-gpkg" download href="${esc(withArea(`/api/coverage/gaps?${q({ ...params, format: 'gpkg' })}`))}">${esc(t('import.gapsGpkg'))}</a> ·
      <a id="dl-area-xlsx" download href="${esc(withArea(`/api/coverage?${q({ ...params, format: 'xlsx', table: 'byArea' })}`))}">${esc(t('import.byAreaXlsx'))}</a></div>`;
  }

  async function pointQuery(e) {
    if (!root.classList.contains('active') || window.cheguMap.measuring) return;
    const s = current();
    if (!s) return;
    const { method, facilities } = view.get();
    const { lat, lng } = e.latlng;
    const popup = L.popup({ maxWidth: 300, className: 'point-popup' }).setLatLng(e.latlng)
      .setContent(`<div class="loading"><span class="spinner"></span>${esc(t('cov.computing'))}</div>`);
    try {
      const at = await fetchJson(`/api/coverage/at?${q({ lon: lng.toFixed(6), lat: lat.toFixed(6), standard: s.code, method, facilities })}`);
      popup.setContent(pointPopupHtml(at, s, method));
      window.cheguMap.lastPointQuery = { lat, lon: lng, standard: s.code, method, answer: at };
    } catch (err) {
      popup.setContent(`<div class="point-result outside">${esc(err.message)}</div>`);
    }
    popup.openOn(map);
  }
  // preclick: fires even when a base feature's popup swallows the click
  map.on('preclick', pointQuery);

  const standardsLoaded = fetchStandards().then((list) => {
    standards = list;
    renderOptions();
    bindControl(view, el('coverage-standard'), 'standard', 'health15');
    renderOptions();
  }).catch((e) => {
    el('coverage-error').hidden = false;
    el('coverage-error').textContent = e.message;
  });
  el('coverage-standard').addEventListener('change', renderOptions);
  bindControl(view, el('coverage-method'), 'method');
  bindControl(view, el('coverage-year'), 'year');
  bindControl(view, el('coverage-facilities'), 'facilities');
  view.subscribe((state, changed, meta) => {
    if (changed.includes('standard') && standards.length) renderOptions();
    markStale();
    // a link, reload or back/forward to a coverage view shows its answer
    if (meta.source === 'url' && state.tab === 'coverage' && state.standard && !isCurrent()) run();
  }, [...PARAMS, 'tab']);
  el('coverage-run').addEventListener('click', run);
  // opened on a link to a coverage view: its answer, without waiting for the rest of the page
  if (view.get().tab === 'coverage' && view.get().standard) run();
  el('coverage-clear').addEventListener('click', () => {
    seq++;
    layers.clear();
    manager.setFocusTypes(null);
    last = null;
    el('coverage-result').hidden = true;
    el('coverage-clear').hidden = true;
    markStale();
  });
  onLangChange(() => {
    renderOptions();
    render();
  });
  /** Shows a standard's coverage (e.g. under a siting result) unless it is already drawn. */
  async function show(standard, method = view.get().method, year = view.get().year, facilities = view.get().facilities) {
    view.set({ standard, method, year: String(year), facilities }, { source: 'coverage' });
    if (isCurrent()) return;
    await run();
  }
  return { layers, run, show, get last() { return last; } };
}
