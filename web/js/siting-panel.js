// The Siting panel: standard, population year, facility set, objective (MCLP k / LSCP target), solver,
// time limit → proposed sites as draggable numbered markers. One live state: after the solve and after
// every drag, add or remove, POST /api/siting/evaluate answers for the current sites and the headline,
// per-site gains, per-area table, service areas and gaps are all redrawn from that one answer. A site
// dropped in water or outside the zone is refused (422) and its marker returns.
import { answer, fetchStandards } from './api.js';
import { initAccountBox, isEditor, onUserChange, writeError } from './account.js';
import { esc, int, pct, elapsed, round4 } from './html.js';
import { currentLang, onLangChange, t, tOr } from './i18n.js';
import * as scn from './scenario.js';
import { SITING_TYPE, standardName } from './standards.js';
import { bindControl, view } from './store.js';
import { registerField } from './view-hash.js';
import { candidateSet, initJointSiting } from './joint-siting.js';

// the view of this tab: the sites on screen (lon:lat, 6 decimals — what is evaluated is exactly what
// the link says), the siting standard, and the shared year / facility set / scenario keys
registerField('siting.standard');
registerField('siting.sites', { type: 'list' });

/** A site as the URL and the evaluate request carry it: lon:lat with 6 decimals (0.1 m). */
export function siteKey(s) {
  return `${s.lon.toFixed(6)}:${s.lat.toFixed(6)}`;
}

/** The site of a key, or null for a malformed one. */
export function parseSite(key) {
  const [lon, lat] = String(key).split(':').map(Number);
  return Number.isFinite(lon) && Number.isFinite(lat) ? { lon, lat } : null;
}

export function initSitingPanel(root, map, manager, coverage) {
  root.innerHTML = `
    <div class="field radio-row siting-mode"><span data-i18n="joint.mode"></span>
      <label><input type="radio" name="siting-mode" value="single" checked> <span data-i18n="joint.mode.single"></span></label>
      <label><input type="radio" name="siting-mode" value="joint"> <span data-i18n="joint.mode.joint"></span></label></div>
    <div class="field-row">
      <label class="field"><span data-i18n="site.year"></span><select id="siting-year">
        <option value="2020">2020</option><option value="2025">2025</option></select></label>
      <label class="field"><span data-i18n="site.facilities"></span><select id="siting-facilities">
        <option value="existing" data-i18n="site.set.existing"></option><option value="committed" data-i18n="site.set.committed"></option>
        <option value="plan" data-i18n="site.set.plan"></option></select></label>
    </div>
    <div id="siting-joint" hidden></div>
    <div id="siting-single">
    <label class="field"><span data-i18n="site.standard"></span><select id="siting-standard"></select></label>
    <p class="hint" data-i18n="site.life15Note"></p>
    <div class="field radio-row"><span data-i18n="site.objective"></span>
      <label><input type="radio" name="siting-objective" value="mclp" checked> <span data-i18n="site.mclp"></span></label>
      <label><input type="radio" name="siting-objective" value="lscp"> <span data-i18n="site.lscp"></span></label></div>
    <div class="field-row">
      <label class="field" id="siting-k-field"><span data-i18n="site.k"></span><input id="siting-k" type="number" min="1" max="50" value="3"></label>
      <label class="field" id="siting-capacity-field"><span data-i18n="site.capacity"></span><input id="siting-capacity" type="number" min="1" max="100000" step="1" data-i18n-placeholder="site.capacityNone"></label>
      <label class="field" id="siting-target-field" hidden><span data-i18n="site.target"></span><input id="siting-target" type="number" min="1" max="100" step="0.5" value="60"></label>
      <label class="field"><span data-i18n="site.method"></span><select id="siting-method">
        <option value="exact" data-i18n="site.exact"></option><option value="greedy" data-i18n="site.greedy"></option></select></label>
      <label class="field"><span data-i18n="site.timeLimit"></span><input id="siting-time" type="number" min="1" max="60" value="10"></label>
    </div>
    <div class="button-row"><button type="button" id="siting-run" class="primary" data-i18n="site.run"></button>
      <button type="button" id="siting-cancel" data-i18n="site.cancel" hidden></button>
      <button type="button" id="siting-add" data-i18n="site.add"></button></div>
    <div id="siting-progress" class="loading" hidden><span class="spinner"></span><span class="text"></span></div>
    <div id="siting-error" class="message error" hidden></div>
    <div id="siting-result" hidden></div>
    </div>
    <section class="sub-section"><h3 data-i18n="account.title"></h3><div id="account-box"></div></section>
    <section class="sub-section"><h3 data-i18n="scn.title"></h3>
      <div class="button-row"><input id="scenario-name" data-i18n-placeholder="scn.name">
        <button type="button" id="scenario-save" data-i18n="scn.save" disabled></button></div>
      <div id="scenario-message" class="message" hidden></div>
      <div id="scenario-compare"></div>
      <h4 data-i18n="scn.list"></h4><ul id="scenario-list"></ul>
    </section>`;
  const el = (id) => root.querySelector(`#${id}`);
  const markers = L.layerGroup().addTo(map);
  const joint = initJointSiting(el('siting-joint'), { map, onSaved: () => refreshList() });
  const jointMode = () => view.get()['siting.mode'] === 'joint';
  /** The mode's form and its sites on the map; the other mode's sites and service areas leave it. */
  function showMode() {
    const on = jointMode();
    root.querySelectorAll('input[name="siting-mode"]').forEach((r) => { r.checked = r.value === (on ? 'joint' : 'single'); });
    el('siting-joint').hidden = !on;
    el('siting-single').hidden = on;
    el('scenario-save').closest('.button-row').style.display = on ? 'none' : ''; // a joint answer saves with its own button
    const shown = view.get().tab === 'siting';
    const [mine, other] = on ? [joint.markers, markers] : [markers, joint.markers];
    if (map.hasLayer(other)) map.removeLayer(other);
    if (shown && !map.hasLayer(mine)) mine.addTo(map);
    if (on && shown && coverage && coverage.layers) coverage.layers.clear();
    else if (!on) drawMap();
  }
  root.querySelectorAll('input[name="siting-mode"]').forEach((r) => r.addEventListener('change', () => {
    view.set({ 'siting.mode': r.value === 'joint' ? 'joint' : null }, { source: 'user' });
  }));
  view.subscribe(showMode, ['siting.mode']);
  const state = { result: null, evaluation: null, sites: [], standard: null, year: 2020, facilities: 'existing', scenarioId: null, coverage: null, controller: null, jobId: null, evalSeq: 0 };
  const areaName = (zh) => {
    const f = ((manager.features && manager.features.get('subdistricts')) || []).find((x) => x.properties.name_zh === zh);
    return currentLang() === 'en' && f && f.properties.name_en ? f.properties.name_en.replace(/\s+sub-?district$/i, '') : zh;
  };
  const account = initAccountBox(el('account-box'));

  const stdName = (code) => {
    const s = (state.standards || []).find((x) => x.code === code);
    return s ? standardName(s) : code;
  };
  const message = (text, kind = 'info') => {
    const m = el('scenario-message');
    m.hidden = !text;
    m.className = `message ${kind}`;
    m.textContent = text || '';
  };

  const renderStandards = () => {
    const chosen = el('siting-standard').value || 'health15';
    el('siting-standard').innerHTML = (state.standards || []).map((s) => `<option value="${esc(s.code)}" ${SITING_TYPE[s.code] ? '' : 'disabled'}>
        ${esc(standardName(s))}${SITING_TYPE[s.code] ? '' : ' ✗'}</option>`).join('');
    el('siting-standard').value = chosen;
  };
  fetchStandards().then((list) => {
    state.standards = list;
    renderStandards();
    bindControl(view, el('siting-standard'), 'siting.standard', 'health15');
  });
  bindControl(view, el('siting-year'), 'year');
  bindControl(view, el('siting-facilities'), 'facilities');
  root.querySelectorAll('input[name="siting-objective"]').forEach((r) => r.addEventListener('change', () => {
    const lscp = root.querySelector('input[name="siting-objective"]:checked').value === 'lscp';
    el('siting-k-field').hidden = lscp;
    el('siting-capacity-field').hidden = lscp; // a capacity is for MCLP only
    el('siting-target-field').hidden = !lscp;
  }));

  function markerIcon(n) {
    return L.divIcon({ className: 'site-marker', html: `<span>${n}</span>`, iconSize: [26, 26], iconAnchor: [13, 13] });
  }

  function drawSites() {
    markers.clearLayers();
    state.sites.forEach((s, i) => {
      const m = L.marker([s.lat, s.lon], { icon: markerIcon(i + 1), draggable: true, title: `#${i + 1}` });
      if (s.newlyCovered !== undefined) m.bindTooltip(`+${int(s.newlyCovered)}`, { permanent: true, direction: 'right', offset: [12, 0], className: 'site-gain' });
      m.on('dragend', async () => {
        await moved(s, m);
        if (state.evaluation) state.evaluation.edited = true;
        renderResult();
      });
      m.addTo(markers);
      s.marker = m;
    });
  }

  /**
   * The server's refusal of a site in the planner's language: the 422 names the land rule
   * (boundary, water, exclusion, spacing), the site (index) and says it in both languages.
   */
  function refusalText(e) {
    const b = e.body || {};
    const n = Number.isInteger(b.index) ? b.index + 1 : '?';
    const key = b.rule === 'water' ? 'site.refused.water' : b.rule === 'boundary' ? 'site.refused.outside' : null;
    if (key) return t(key).replace('{n}', n);
    const said = currentLang() === 'en' ? b.message : b.messageZh;
    return said ? t('site.refused.rule').replace('{n}', n).replace('{why}', said) : e.message;
  }

  let mapMessageTimer = null;
  function mapMessage(text) {
    const box = document.getElementById('map-message');
    if (!box) return;
    box.textContent = text;
    box.hidden = !text;
    clearTimeout(mapMessageTimer);
    mapMessageTimer = setTimeout(() => { box.hidden = true; }, 8000);
  }

  async function moved(site, marker) {
    const { lat, lng } = marker.getLatLng();
    const from = { lat: site.lat, lon: site.lon };
    site.lat = lat;
    site.lon = lng;
    const ok = await evaluate();
    if (!ok) { // refused (water, outside the zone): the marker returns
      Object.assign(site, from);
      marker.setLatLng([from.lat, from.lon]);
      await evaluate(true);
      return;
    }
    if (!state.scenarioId || !site.fid) return; // not saved yet: the live state is all there is
    try {
      await scn.moveFacility(state.scenarioId, site.fid, lng, lat);
      await compare();
    } catch (e) {
      message(writeError(e), 'error');
    }
  }

  /**
   * POST /api/siting/evaluate for the current sites; redraws everything from its answer. Returns false
   * (and shows the server's message) when the sites are refused. Only the latest call is drawn.
   */
  async function evaluate(keepMessage = false) {
    if (!state.standard) return true;
    const seq = ++state.evalSeq;
    const start = performance.now();
    try {
      const response = await fetch('/api/siting/evaluate', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(evaluateBody()),
      });
      const ev = await answer(response);
      if (seq !== state.evalSeq) return true;
      ev.waitedMillis = Math.round(performance.now() - start);
      state.evaluation = ev;
      ev.sites.forEach((s, i) => Object.assign(state.sites[i], { newlyCovered: s.newlyCovered }));
      publish();
      drawSites();
      renderResult();
      drawMap();
      if (!keepMessage) message('');
      return true;
    } catch (e) {
      if (e.status === 422) {
        message(e.message, 'error');
        mapMessage(refusalText(e));
        el('siting-result').dataset.refused = String((Number(el('siting-result').dataset.refused) || 0) + 1);
        return false;
      }
      message(e.message, 'error');
      return true;
    }
  }

  /** The evaluated sites into the view store (and so the URL and the report). */
  function publish() {
    view.set({ 'siting.standard': state.standard, 'siting.sites': state.sites.length ? state.sites.map(siteKey) : null },
      { source: 'siting' });
  }

  /** The sites' service area (green) and the gaps they leave (hatched), from the same answer. */
  function drawMap() {
    const ev = state.evaluation;
    if (!ev || !coverage || !coverage.layers) return;
    coverage.layers.draw(ev.serviceAreas, ev.gaps);
  }

  async function compare() {
    const cov = await scn.scenarioCoverage(state.scenarioId, state.standard, state.year, state.facilities);
    state.coverage = cov;
    renderCompare();
  }

  function renderCompare() {
    const box = el('scenario-compare');
    if (!state.coverage || !state.coverage.delta) {
      box.innerHTML = '';
      return;
    }
    const name = state.scenarioName ? `${t('scn.active')}: ${state.scenarioName} (#${state.scenarioId})` : '';
    const cov = state.coverage;
    // the baseline's share rounded to 4 decimals, as every share the API answers (and the report prints)
    const before = round4(cov.delta.reduce((n, d) => n + d.coveredBefore, 0) / cov.totalResidents);
    box.innerHTML = `<h4>${esc(t('scn.compare'))}</h4>
      <div class="headline"><span class="share">${pct(before)} → ${pct(cov.share)}</span></div>
      <div class="muted">${esc(name)} · ${esc(stdName(state.standard))} · ${state.year} · ${esc(t(`site.set.${state.facilities}`))}</div>
      ${scn.comparisonHtml(state.coverage, areaName)}`;
    box.dataset.scenario = String(state.scenarioId);
    box.dataset.version = String((Number(box.dataset.version) || 0) + 1);
    box.dataset.share = String(state.coverage.share);
  }

  function renderResult() {
    const r = state.result;
    const ev = state.evaluation;
    const box = el('siting-result');
    if (!r && !ev) {
      box.hidden = true;
      return;
    }
    box.hidden = false;
    const head = ev || r;
    // the solver's proof holds only for the sites it chose: after an edit the status says so
    const edited = ev && ev.edited;
    const status = r && !edited ? r.status : 'EDITED';
    box.dataset.status = status;
    box.dataset.sites = String(state.sites.length);
    box.dataset.share = String(head.shareAfter);
    const row = (k, v) => `<tr><th>${esc(k)}</th><td>${v}</td></tr>`;
    const cap = r && r.capacity; // capacitated MCLP: objective and bound in beds / places
    const capUnit = cap ? t(`acc.unit.${cap.unit}`) : '';
    const num1 = (v) => Number(v).toFixed(1);
    const waited = (x) => (x && x.timings ? `${int(x.waitedMillis || x.timings.totalMillis)} ms` : '');
    box.innerHTML = `<div class="headline"><span class="share">${pct(head.shareBefore)} → ${pct(head.shareAfter)}</span>
        <span class="status status-${esc(status)}">${esc(status === 'EDITED' ? t('site.edited') : tOr(`siting.status.${status}`, status))}</span></div>
      <div class="muted">${esc(stdName(head.standard || state.standard))} · ${state.year} · ${esc(t(`site.set.${state.facilities}`))}</div>
      <table class="compact">
        ${row(t('site.newly'), `+${int(head.newlyCoveredResidents)} ${esc(t('cov.people'))}`)}
        ${r && !edited ? row(t('site.objectiveValue'), cap ? `${num1(r.objective)} ${esc(capUnit)}` : int(r.objective)) : ''}
        ${r && !edited ? row(t('site.bound'), cap ? num1(r.bound) : int(r.bound)) : ''}
        ${cap && !edited ? row(t('site.capServed'), `${num1(cap.served)} / ${num1(cap.coveredDemand)} ${esc(capUnit)} (${esc(t('site.capPerSite'))} ${num1(cap.perSite)})`) : ''}
        ${r && !edited ? row(t('site.gap'), pct(r.gap, 2)) : ''}
        ${r ? row(t('site.solveTime'), `${waited(r)} (${esc(t('site.solvePhase'))} ${int(r.solveMillis)} ms, ${esc(r.method)})`) : ''}
        ${ev ? row(t('site.evalTime'), waited(ev)) : ''}
        ${r ? row(t('site.candidates'), candidateSet(r)) : ''}
      </table>
      ${r && r.note ? `<p class="hint partial-candidates">${esc(t('site.partialCandidates'))}</p>` : ''}
      ${(((ev || r) && (currentLang() === 'zh' ? (ev || r).notesZh : (ev || r).notes)) || []).map((n) => `<p class="hint outside-boundary">${esc(n)}</p>`).join('')}
      <h4>${esc(t('site.sites'))} (${state.sites.length})</h4>
      <ol class="site-list">${state.sites.map((s, i) => `<li data-i="${i}">+${int(s.newlyCovered || 0)} ${esc(t('site.gain'))}
        <span class="muted">${s.lon.toFixed(4)}, ${s.lat.toFixed(4)}</span>
        <button type="button" class="site-remove link" data-i="${i}" title="${esc(t('site.remove'))}">×</button></li>`).join('')}</ol>
      ${ev ? `<table class="compact by-area"><tr><th></th><th>${esc(t('site.before'))}</th><th>${esc(t('site.after'))}</th></tr>
        ${ev.byArea.map((a) => `<tr><th>${esc(areaName(a.area) || '—')}</th><td>${pct(a.shareBefore)}</td><td>${pct(a.shareAfter)}</td></tr>`).join('')}</table>` : ''}
      ${cap && !edited ? `<h4>${esc(t('site.capAccess'))} (${esc(capUnit)}, ${esc(cap.access.catchment)})</h4>
        <table class="compact capacity-access"><tr><th></th><th>${esc(t('site.before'))}</th><th>${esc(t('site.after'))}</th></tr>
        <tr><th>${esc(t('site.capZone'))}</th><td>${num1(cap.access.before.perThousand)}</td><td>${num1(cap.access.after.perThousand)}</td></tr>
        ${cap.access.byArea.map((a) => `<tr><th>${esc(areaName(a.area) || '—')}</th><td>${num1(a.before)}</td><td>${num1(a.after)}</td></tr>`).join('')}</table>
        <ul class="hint capacity-rules">${(currentLang() === 'zh' ? cap.rulesZh : cap.rules).map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : ''}
      ${state.sites.length ? `<button type="button" id="dl-sites-gpkg" class="link">${esc(t('import.gpkg'))}</button>` : ''}
      <p class="hint">${esc(t('site.dragHint'))} ${esc(t('site.modelled'))}</p>`;
    const dl = el('dl-sites-gpkg');
    if (dl) dl.addEventListener('click', downloadSites);
  }

  /** The current sites as a GeoPackage: the evaluate answer's sites table, as a file. */
  async function downloadSites() {
    try {
      const response = await fetch(sitesDownloadUrl(), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(evaluateBody()),
      });
      if (!response.ok) throw new Error(`${response.status}`);
      const name = (/filename="?([^";]+)/.exec(response.headers.get('Content-Disposition') || '') || [])[1] || 'sites.gpkg';
      const a = document.createElement('a');
      a.href = URL.createObjectURL(await response.blob());
      a.download = name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10000);
    } catch (e) {
      message(e.message, 'error');
    }
  }

  function sitesDownloadUrl() {
    return '/api/siting/evaluate?format=gpkg&table=sites';
  }

  function evaluateBody() {
    return { standard: state.standard, method: 'network', year: state.year, facilities: state.facilities,
      sites: state.sites.map((s) => parseSite(siteKey(s))).map((s) => [s.lon, s.lat]) };
  }

  async function edited() {
    if (state.evaluation) state.evaluation.edited = true;
    const ok = await evaluate();
    if (ok && state.evaluation) state.evaluation.edited = true;
    renderResult();
    updateSave();
    return ok;
  }

  async function run() {
    const objective = root.querySelector('input[name="siting-objective"]:checked').value;
    const body = {
      standard: el('siting-standard').value,
      objective,
      method: el('siting-method').value,
      timeLimitSeconds: Number(el('siting-time').value),
      year: Number(view.get().year || 2020),
      facilities: view.get().facilities || 'existing',
      jobId: `site-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`,
    };
    if (objective === 'mclp') body.k = Number(el('siting-k').value);
    const perSite = Number(el('siting-capacity').value);
    if (objective === 'mclp' && el('siting-capacity').value !== '' && perSite > 0) body.capacity = { perSite };
    else body.targetShare = Number(el('siting-target').value) / 100;
    state.controller = new AbortController();
    state.jobId = body.jobId;
    const start = performance.now();
    const progress = el('siting-progress');
    const text = progress.querySelector('.text');
    const tick = setInterval(() => { text.textContent = `${t('site.solving')} ${elapsed(start)} s / ${body.timeLimitSeconds} s`; }, 250);
    text.textContent = t('site.solving');
    progress.hidden = false;
    el('siting-run').disabled = true;
    el('siting-cancel').hidden = false;
    el('siting-error').hidden = true;
    try {
      const response = await fetch('/api/siting', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
        signal: state.controller.signal,
      });
      const r = await answer(response);
      r.waitedMillis = Math.round(performance.now() - start);
      Object.assign(state, { result: r, evaluation: null, standard: body.standard, year: body.year, facilities: body.facilities,
        scenarioId: null, coverage: null, scenarioName: null });
      state.sites = r.sites.map((s) => ({ ...s }));
      view.set({ scenario: null }, { source: 'siting' }); // a new solve is not the scenario shown before
      drawSites();
      renderResult();
      renderCompare();
      message('');
      if (state.sites.length) map.fitBounds(L.latLngBounds(state.sites.map((s) => [s.lat, s.lon])).pad(0.6), { maxZoom: 14 });
      // service areas of the sites and the gaps they leave: the same state, from evaluate
      await evaluate();
    } catch (e) {
      el('siting-error').hidden = false;
      el('siting-error').textContent = e.name === 'AbortError' ? t('site.cancelled') : e.message;
    } finally {
      clearInterval(tick);
      progress.hidden = true;
      el('siting-run').disabled = false;
      el('siting-cancel').hidden = true;
      state.controller = null;
      updateSave();
    }
  }

  async function save() {
    const name = el('scenario-name').value.trim() || `${state.standard} ${new Date().toLocaleString()}`;
    try {
      const { id, facilityIds } = await scn.saveScenario(name, state.standard, state.sites);
      state.sites.forEach((s, i) => { s.fid = facilityIds[i]; });
      Object.assign(state, { scenarioId: id, scenarioName: name });
      view.set({ scenario: String(id) }, { source: 'siting' });
      message(`${t('scn.saved')} #${id}`, 'ok');
      await compare();
      await refreshList();
      el('scenario-compare').scrollIntoView({ block: 'nearest' });
    } catch (e) {
      message(writeError(e), 'error');
    }
  }

  async function load(id) {
    try {
      const added = await scn.addedFacilities(id);
      const list = await scn.listScenarios();
      const standard = scn.standardOfType(added[0] && added[0].type) || el('siting-standard').value;
      Object.assign(state, { scenarioId: id, scenarioName: (list.find((s) => s.id === id) || {}).name, standard, result: null,
        evaluation: null, year: Number(view.get().year || 2020), facilities: view.get().facilities || 'existing' });
      view.set({ scenario: String(id), 'siting.standard': standard, 'siting.sites': null }, { source: 'siting' });
      state.sites = added.map((f) => ({ lon: f.lon, lat: f.lat, fid: f.id }));
      drawSites();
      renderResult();
      await compare();
      el('scenario-compare').scrollIntoView({ block: 'nearest' });
      if (coverage) coverage.show(standard, 'network', state.year).catch(() => null);
      if (state.sites.length) map.fitBounds(L.latLngBounds(state.sites.map((s) => [s.lat, s.lon])).pad(0.6), { maxZoom: 14 });
      message('');
    } catch (e) {
      message(writeError(e), 'error');
    }
  }

  async function refreshList() {
    try {
      el('scenario-list').innerHTML = scn.scenarioListHtml(await scn.listScenarios());
    } catch (e) {
      el('scenario-list').innerHTML = `<li class="message error">${esc(e.message)}</li>`;
    }
  }

  function updateSave() {
    el('scenario-save').disabled = !state.sites.length || !SITING_TYPE[state.standard];
    el('scenario-save').title = isEditor() ? '' : t('account.need');
  }

  el('scenario-list').addEventListener('click', async (ev) => {
    const li = ev.target.closest('li[data-id]');
    if (!li) return;
    const id = Number(li.dataset.id);
    if (ev.target.classList.contains('scn-load')) await load(id);
    if (ev.target.classList.contains('scn-delete')) {
      try {
        await scn.deleteScenario(id);
        if (state.scenarioId === id) {
          Object.assign(state, { scenarioId: null, coverage: null });
          view.set({ scenario: null }, { source: 'siting' });
        }
        renderCompare();
        await refreshList();
      } catch (e) {
        message(writeError(e), 'error');
      }
    }
  });
  el('siting-run').addEventListener('click', run);
  // stop the server's solve too, not only our wait for it (keepalive: also while the page unloads)
  const cancelJob = () => {
    if (state.controller && state.jobId) {
      fetch(`/api/jobs/${encodeURIComponent(state.jobId)}`, { method: 'DELETE', keepalive: true }).catch(() => null);
    }
  };
  el('siting-cancel').addEventListener('click', () => {
    cancelJob();
    if (state.controller) state.controller.abort();
  });
  // a planner who closes or reloads the tab mid-solve does not leave the server solving
  window.addEventListener('pagehide', cancelJob);
  // "add site": the next click on the map (or Enter on the focused map: its centre) places it there
  let adding = null;
  const stopAdding = () => {
    if (!adding) return;
    map.off('preclick', adding);
    map.getContainer().classList.remove('placing-site');
    el('siting-add').classList.remove('armed');
    adding = null;
  };
  async function addSiteAt(latlng) {
    if (!state.standard) state.standard = view.get()['siting.standard'] || el('siting-standard').value;
    state.year = Number(view.get().year || 2020);
    state.facilities = view.get().facilities || 'existing';
    state.sites.push({ lat: latlng.lat, lon: latlng.lng });
    drawSites();
    if (!(await edited())) {
      state.sites.pop();
      drawSites();
      await evaluate(true);
    }
  }
  el('siting-add').addEventListener('click', () => {
    if (adding) {
      stopAdding();
      message('');
      return;
    }
    adding = (e) => {
      stopAdding();
      map.closePopup();
      addSiteAt(e.latlng);
    };
    map.on('preclick', adding);
    map.getContainer().classList.add('placing-site');
    el('siting-add').classList.add('armed');
    message(t('site.addHint'));
  });
  el('siting-result').addEventListener('click', async (ev) => {
    const b = ev.target.closest('.site-remove');
    if (!b) return;
    state.sites.splice(Number(b.dataset.i), 1);
    drawSites();
    await edited();
  });
  el('scenario-save').addEventListener('click', save);
  onUserChange(updateSave);
  onLangChange(() => {
    renderStandards();
    account.render();
    renderResult();
    renderCompare();
    refreshList();
    updateSave(); // the Save tooltip follows the language too
  });
  /**
   * The view in the store on screen: a link, reload or back/forward with tab=siting shows its
   * scenario (scenario=) or evaluates its sites (siting.sites=) for the year and set it names.
   */
  async function restore() {
    const v = view.get();
    if (v.tab !== 'siting' || v['siting.mode'] === 'joint') return;
    if (v.scenario) {
      if (String(state.scenarioId) !== String(v.scenario)) await load(Number(v.scenario));
      return;
    }
    const sites = (v['siting.sites'] || []).map(parseSite).filter(Boolean);
    if (!sites.length || (state.sites.map(siteKey).join(',') === sites.map(siteKey).join(',')
      && state.standard === v['siting.standard'] && state.evaluation)) return;
    Object.assign(state, { standard: v['siting.standard'] || 'health15', year: Number(v.year || 2020),
      facilities: v.facilities || 'existing', result: null, evaluation: null, scenarioId: null, coverage: null });
    state.sites = sites;
    drawSites();
    renderCompare();
    await evaluate();
    map.fitBounds(L.latLngBounds(state.sites.map((s) => [s.lat, s.lon])).pad(0.6), { maxZoom: 14 });
  }
  view.subscribe((v, changed, meta) => {
    if (meta.source === 'url') restore();
    // the shared year / facility set changed: the sites on screen are evaluated for the new one
    else if (changed.some((k) => k === 'year' || k === 'facilities') && state.sites.length && !state.scenarioId) {
      Object.assign(state, { year: Number(v.year || 2020), facilities: v.facilities || 'existing' });
      edited();
    }
  }, ['tab', 'scenario', 'siting.sites', 'siting.standard', 'year', 'facilities']);
  restore();
  refreshList();
  showMode();
  /** The layers this tab owns on the map: the sites of the mode shown. */
  const layers = () => [jointMode() ? joint.markers : markers];
  return { markers, state, joint, layers };
}
