// The Siting panel: standard, objective (MCLP k / LSCP target), solver, time limit → proposed sites as
// draggable numbered markers; save as a scenario, drag to recompute, compare with the baseline.
import { answer, fetchStandards } from './api.js';
import { initAccountBox, isEditor, onUserChange, writeError } from './account.js';
import { esc, int, pct, elapsed } from './html.js';
import { currentLang, onLangChange, t, tOr } from './i18n.js';
import * as scn from './scenario.js';
import { SITING_TYPE, standardName } from './standards.js';

export function initSitingPanel(root, map, manager, coverage) {
  root.innerHTML = `
    <label class="field"><span data-i18n="site.standard"></span><select id="siting-standard"></select></label>
    <p class="hint" data-i18n="site.life15Note"></p>
    <div class="field radio-row"><span data-i18n="site.objective"></span>
      <label><input type="radio" name="siting-objective" value="mclp" checked> <span data-i18n="site.mclp"></span></label>
      <label><input type="radio" name="siting-objective" value="lscp"> <span data-i18n="site.lscp"></span></label></div>
    <div class="field-row">
      <label class="field" id="siting-k-field"><span data-i18n="site.k"></span><input id="siting-k" type="number" min="1" max="50" value="3"></label>
      <label class="field" id="siting-target-field" hidden><span data-i18n="site.target"></span><input id="siting-target" type="number" min="1" max="100" step="0.5" value="60"></label>
      <label class="field"><span data-i18n="site.method"></span><select id="siting-method">
        <option value="exact" data-i18n="site.exact"></option><option value="greedy" data-i18n="site.greedy"></option></select></label>
      <label class="field"><span data-i18n="site.timeLimit"></span><input id="siting-time" type="number" min="1" max="60" value="10"></label>
    </div>
    <div class="button-row"><button type="button" id="siting-run" class="primary" data-i18n="site.run"></button>
      <button type="button" id="siting-cancel" data-i18n="site.cancel" hidden></button></div>
    <div id="siting-progress" class="loading" hidden><span class="spinner"></span><span class="text"></span></div>
    <div id="siting-error" class="message error" hidden></div>
    <div id="siting-result" hidden></div>
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
  const state = { result: null, sites: [], standard: null, year: 2020, scenarioId: null, coverage: null, controller: null };
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
  });
  root.querySelectorAll('input[name="siting-objective"]').forEach((r) => r.addEventListener('change', () => {
    const lscp = root.querySelector('input[name="siting-objective"]:checked').value === 'lscp';
    el('siting-k-field').hidden = lscp;
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
      m.on('dragend', () => moved(s, m));
      m.addTo(markers);
      s.marker = m;
    });
  }

  async function moved(site, marker) {
    const { lat, lng } = marker.getLatLng();
    const from = { lat: site.lat, lon: site.lon };
    site.lat = lat;
    site.lon = lng;
    if (!state.scenarioId || !site.fid) return; // not saved yet: only the marker moves
    try {
      message(t('scn.recomputing'));
      await scn.moveFacility(state.scenarioId, site.fid, lng, lat);
      await compare();
      message('');
    } catch (e) {
      Object.assign(site, from);
      marker.setLatLng([from.lat, from.lon]);
      message(writeError(e), 'error');
    }
  }

  async function compare() {
    const cov = await scn.scenarioCoverage(state.scenarioId, state.standard, state.year);
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
    box.innerHTML = `<h4>${esc(t('scn.compare'))}</h4><div class="muted">${esc(name)} · ${esc(stdName(state.standard))} · ${state.year}</div>
      ${scn.comparisonHtml(state.coverage, areaName)}`;
    box.dataset.scenario = String(state.scenarioId);
    box.dataset.version = String((Number(box.dataset.version) || 0) + 1);
    box.dataset.share = String(state.coverage.share);
  }

  function renderResult() {
    const r = state.result;
    const box = el('siting-result');
    if (!r) {
      box.hidden = true;
      return;
    }
    box.hidden = false;
    box.dataset.status = r.status;
    box.dataset.sites = String(r.sites.length);
    const row = (k, v) => `<tr><th>${esc(k)}</th><td>${v}</td></tr>`;
    box.innerHTML = `<div class="headline"><span class="share">${pct(r.shareBefore)} → ${pct(r.shareAfter)}</span>
        <span class="status status-${esc(r.status)}">${esc(tOr(`siting.status.${r.status}`, r.status))}</span></div>
      <table class="compact">
        ${row(t('site.newly'), `+${int(r.newlyCoveredResidents)} ${esc(t('cov.people'))}`)}
        ${row(t('site.objectiveValue'), int(r.objective))}
        ${row(t('site.bound'), int(r.bound))}
        ${row(t('site.gap'), pct(r.gap, 2))}
        ${row(t('site.solveTime'), `${int(r.solveMillis)} ms (${esc(r.method)})`)}
        ${row(t('site.candidates'), int(r.candidatesConsidered))}
      </table>
      <h4>${esc(t('site.sites'))} (${r.sites.length})</h4>
      <ol class="site-list">${r.sites.map((s) => `<li>+${int(s.newlyCovered)} ${esc(t('site.gain'))}
        <span class="muted">${s.lon.toFixed(4)}, ${s.lat.toFixed(4)}</span></li>`).join('')}</ol>
      <p class="hint">${esc(t('site.dragHint'))} ${esc(t('site.modelled'))}</p>`;
  }

  async function run() {
    const objective = root.querySelector('input[name="siting-objective"]:checked').value;
    const body = {
      standard: el('siting-standard').value,
      objective,
      method: el('siting-method').value,
      timeLimitSeconds: Number(el('siting-time').value),
      year: 2020,
    };
    if (objective === 'mclp') body.k = Number(el('siting-k').value);
    else body.targetShare = Number(el('siting-target').value) / 100;
    state.controller = new AbortController();
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
      Object.assign(state, { result: r, standard: body.standard, year: body.year, scenarioId: null, coverage: null, scenarioName: null });
      state.sites = r.sites.map((s) => ({ ...s }));
      drawSites();
      renderResult();
      renderCompare();
      message('');
      if (state.sites.length) map.fitBounds(L.latLngBounds(state.sites.map((s) => [s.lat, s.lon])).pad(0.6), { maxZoom: 14 });
      // the gaps of the same circle under the proposed sites
      if (coverage) coverage.show(body.standard, 'network', body.year).catch(() => null);
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
      Object.assign(state, { scenarioId: id, scenarioName: (list.find((s) => s.id === id) || {}).name, standard, result: null });
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
        if (state.scenarioId === id) Object.assign(state, { scenarioId: null, coverage: null });
        renderCompare();
        await refreshList();
      } catch (e) {
        message(writeError(e), 'error');
      }
    }
  });
  el('siting-run').addEventListener('click', run);
  el('siting-cancel').addEventListener('click', () => state.controller && state.controller.abort());
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
  refreshList();
  return { markers, state };
}
