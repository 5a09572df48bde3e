// Joint and phased siting in the Siting tab (issue 21 §2): several facility types under one budget
// (or one budget per phase), solved as one MIP by POST /api/siting/joint. The answer is shown as the
// server states it — OPTIMAL only when proven, else FEASIBLE with its bound and gap —, next to what
// separate per-type runs would give, over the candidate set it speaks for, with a table per phase.
// Each site is marked on the map in its type's facility colour with its phase's number. The settings
// and the sites live in the view store (joint-keys.js), so a reload or a link recounts the same
// sites (POST /api/siting/joint/evaluate: no solve, so no proof is claimed for them).
import { answer, fetchStandards } from './api.js';
import { isEditor, writeError, writeJson } from './account.js';
import { elapsed, esc, int, pct } from './html.js';
import { currentLang, onLangChange, t, tOr } from './i18n.js';
import { jointBody, jointSiteKey, parseCosts, parseJointSite, parsePhases, settingsKeys } from './joint-keys.js';
import { FACILITY_COLORS } from './styles.js';
import { standardName } from './standards.js';
import { view } from './store.js';
import { registerField } from './view-hash.js';

registerField('siting.mode');
registerField('joint.standard');
registerField('joint.budget', { type: 'number' });
registerField('joint.costs', { type: 'list' });
registerField('joint.types', { type: 'list' });
registerField('joint.maxPerType', { type: 'number' });
registerField('joint.time', { type: 'number' });
registerField('joint.phases', { type: 'list' });
registerField('joint.sites', { type: 'list' });

const YEARS = [2020, 2025];
/** The solver writes an unproven bound as a huge number (or "Infinity"): none proven. */
const NO_BOUND = 1e15;

/** Which candidate set an answer is optimal over: its source, and generated → after reduction (considered). */
export function candidateSet(r) {
  const c = r.candidates;
  if (!c) return int(r.candidatesConsidered);
  const set = c.source.startsWith('given') ? t('site.candidates.given') : t('site.candidates.complete');
  return `${esc(set)}: ${int(c.generated)} → ${int(c.afterReduction)}`
    + (c.complete ? '' : ` (${int(c.considered)} ${esc(t('site.candidates.ready'))})`);
}

const typeName = (type) => tOr(`facility.${type}`, type);

/**
 * The joint form and answer inside root. ctx: {map, onSaved(id)} — onSaved refreshes the tab's
 * scenario list. Returns {markers, show(on), state}.
 */
export function initJointSiting(root, { map, onSaved }) {
  root.innerHTML = `
    <label class="field"><span data-i18n="joint.standard"></span><select id="joint-standard"></select></label>
    <p class="hint" id="joint-types-hint"></p>
    <table class="compact joint-costs"><thead><tr><th data-i18n="joint.type"></th><th data-i18n="joint.build"></th><th data-i18n="joint.cost"></th></tr></thead>
      <tbody id="joint-costs"></tbody></table>
    <div class="field-row">
      <label class="field" id="joint-budget-field"><span data-i18n="joint.budget"></span><input id="joint-budget" type="number" min="0.5" max="200" step="0.5" value="4"></label>
      <label class="field"><span data-i18n="joint.maxPerType"></span><input id="joint-max" type="number" min="0" max="50" value="0"></label>
      <label class="field"><span data-i18n="site.timeLimit"></span><input id="joint-time" type="number" min="1" max="60" value="10"></label>
    </div>
    <label class="check-row"><input type="checkbox" id="joint-phased"> <span data-i18n="joint.phased"></span></label>
    <div id="joint-phases-box" hidden>
      <table class="compact joint-phases-edit"><thead><tr><th data-i18n="joint.phaseYear"></th><th data-i18n="joint.budget"></th><th></th></tr></thead>
        <tbody id="joint-phases"></tbody></table>
      <button type="button" id="joint-phase-add" class="link" data-i18n="joint.addPhase"></button>
    </div>
    <div class="button-row"><button type="button" id="joint-run" class="primary" data-i18n="joint.run"></button>
      <button type="button" id="joint-cancel" data-i18n="site.cancel" hidden></button></div>
    <div id="joint-progress" class="loading" hidden><span class="spinner"></span><span class="text"></span></div>
    <div id="joint-error" class="message error" hidden></div>
    <div id="joint-result" hidden></div>`;
  const el = (id) => root.querySelector(`#${id}`);
  const markers = L.layerGroup();
  const state = { standards: [], answer: null, restored: false, controller: null, jobId: null, seq: 0, saved: null };

  const standardOf = (code) => state.standards.find((s) => s.code === code);
  const types = () => ((standardOf(el('joint-standard').value) || {}).types || []).slice().sort();

  function renderStandards() {
    const chosen = el('joint-standard').value || view.get()['joint.standard'] || 'life15';
    el('joint-standard').innerHTML = state.standards.map((s) => `<option value="${esc(s.code)}">${esc(standardName(s))}</option>`).join('');
    el('joint-standard').value = chosen;
  }

  /** One row per type of the standard: whether new sites may be of it (all unless chosen), and its cost (1 unless given). */
  function renderCosts(costs, built = []) {
    const s = standardOf(el('joint-standard').value);
    el('joint-types-hint').textContent = s ? (s.rule === 'every_type' ? t('joint.everyType') : t('joint.anyType')) : '';
    el('joint-costs').innerHTML = types().map((ty) => `<tr><th><i class="swatch swatch-point" style="background:${FACILITY_COLORS[ty] || '#777'}"></i>${esc(typeName(ty))}</th>
      <td><input type="checkbox" class="joint-build" data-type="${esc(ty)}" ${!built.length || built.includes(ty) ? 'checked' : ''}></td>
      <td><input type="number" class="joint-cost" data-type="${esc(ty)}" min="0.5" max="200" step="0.5" value="${costs[ty] ?? 1}"></td></tr>`).join('');
  }

  function phaseRow(p) {
    return `<tr><td><select class="joint-phase-year">${YEARS.map((y) => `<option value="${y}" ${y === p.year ? 'selected' : ''}>${y}</option>`).join('')}</select></td>
      <td><input type="number" class="joint-phase-budget" min="0.5" max="200" step="0.5" value="${p.budget}"></td>
      <td><button type="button" class="link joint-phase-remove" title="${esc(t('site.remove'))}">×</button></td></tr>`;
  }

  function renderPhases(phases) {
    el('joint-phased').checked = phases.length > 0;
    el('joint-phases-box').hidden = !phases.length;
    el('joint-budget-field').hidden = phases.length > 0;
    el('joint-phases').innerHTML = phases.map(phaseRow).join('');
  }

  /** The settings on screen: {standard, budget, costs, maxPerType, time, phases}. */
  function settings() {
    const costs = {};
    root.querySelectorAll('.joint-cost').forEach((i) => { if (Number(i.value) !== 1) costs[i.dataset.type] = Number(i.value); });
    const phases = el('joint-phased').checked ? [...el('joint-phases').querySelectorAll('tr')].map((tr) => ({
      year: Number(tr.querySelector('.joint-phase-year').value), budget: Number(tr.querySelector('.joint-phase-budget').value) })) : null;
    const boxes = [...root.querySelectorAll('.joint-build')];
    const built = boxes.every((b) => b.checked) ? [] : boxes.filter((b) => b.checked).map((b) => b.dataset.type);
    return { standard: el('joint-standard').value, budget: Number(el('joint-budget').value), costs, maxPerType: Number(el('joint-max').value) || 0,
      time: Number(el('joint-time').value) || 10, phases, types: built };
  }

  /** The form from the view's keys (a link, a reload). */
  function fill(v) {
    if (v['joint.standard'] && standardOf(v['joint.standard'])) el('joint-standard').value = v['joint.standard'];
    renderCosts(parseCosts(v['joint.costs']), v['joint.types'] || []);
    if (v['joint.budget'] !== undefined) el('joint-budget').value = v['joint.budget'];
    el('joint-max').value = v['joint.maxPerType'] || 0;
    if (v['joint.time'] !== undefined) el('joint-time').value = v['joint.time'];
    renderPhases(parsePhases(v['joint.phases']));
  }

  /** The settings into the store; an answer on screen no longer answers them: its sites leave the URL. */
  function publishSettings() {
    const stale = state.answer && !el('joint-result').hidden;
    view.set({ ...settingsKeys(settings()), 'joint.sites': null }, { source: 'joint' });
    if (stale && !el('joint-result').dataset.stale) {
      el('joint-result').classList.add('stale');
      el('joint-result').dataset.stale = 'true';
      el('joint-result').insertAdjacentHTML('afterbegin', `<p class="message error stale-note">${esc(t('joint.stale'))}</p>`);
    }
  }

  root.addEventListener('change', (ev) => {
    if (ev.target.id === 'joint-standard') renderCosts({});
    if (ev.target.id === 'joint-phased') renderPhases(ev.target.checked ? [{ year: Number(view.get().year || 2020), budget: Number(el('joint-budget').value) || 2 }] : []);
    if (ev.target.closest('#joint-result')) return;
    publishSettings();
  });
  el('joint-phase-add').addEventListener('click', () => {
    const rows = el('joint-phases').querySelectorAll('tr').length;
    if (rows >= 5) return;
    el('joint-phases').insertAdjacentHTML('beforeend', phaseRow({ year: YEARS[Math.min(rows, YEARS.length - 1)], budget: 1 }));
    publishSettings();
  });
  el('joint-phases').addEventListener('click', (ev) => {
    if (!ev.target.classList.contains('joint-phase-remove')) return;
    ev.target.closest('tr').remove();
    if (!el('joint-phases').querySelector('tr')) renderPhases([]);
    publishSettings();
  });

  /** A site's marker; the k-th site at the same point is drawn k half-widths to the right, so none hides another. */
  function markerIcon(site, label, k) {
    const colour = FACILITY_COLORS[site.type] || '#6a1b9a';
    return L.divIcon({ className: 'site-marker joint-marker', html: `<span style="background:${colour}">${esc(label)}</span>`,
      iconSize: [26, 26], iconAnchor: [13 - 16 * k, 13] });
  }

  /** The number on a site: its phase (1, 2, …) when phased, else its place in the list. */
  function labelOf(a, s, i) {
    if (!a.phases || a.phases.length < 2 || s.phase === undefined || s.phase === null) return String(i + 1);
    return String(a.phases.findIndex((p) => p.year === s.phase) + 1);
  }

  function popupHtml(a, s, i) {
    const row = (k, v) => `<tr><th>${esc(k)}</th><td>${v}</td></tr>`;
    return `<div class="popup"><h3>${esc(t('joint.site'))} ${i + 1}: ${esc(typeName(s.type))}</h3><table>
      ${row(t('joint.cost'), esc(s.cost))}
      ${s.phase !== undefined && s.phase !== null ? row(t('joint.phase'), `${labelOf(a, s, i)} (${s.phase})`) : ''}
      ${state.restored ? '' : row(t('joint.gain'), `+${int(s.gain)}`)}
      ${row('lon, lat', `${s.lon.toFixed(5)}, ${s.lat.toFixed(5)}`)}</table>
      ${state.restored ? '' : `<p class="hint">${esc(t('joint.gainRule'))}</p>`}</div>`;
  }

  function drawSites() {
    markers.clearLayers();
    const a = state.answer;
    if (!a) return;
    const atPoint = new Map();
    a.sites.forEach((s, i) => {
      const key = `${s.lon.toFixed(6)}:${s.lat.toFixed(6)}`;
      const k = atPoint.get(key) || 0;
      atPoint.set(key, k + 1);
      L.marker([s.lat, s.lon], { icon: markerIcon(s, labelOf(a, s, i), k), title: `${typeName(s.type)} #${i + 1}` })
        .bindPopup(() => popupHtml(a, s, i)).addTo(markers);
    });
  }

  function boundText(b) {
    const n = Number(b);
    return Number.isFinite(n) && Math.abs(n) < NO_BOUND ? int(n) : esc(t('joint.noBound'));
  }

  /** Why an answer is not proven, from its fields in the planner's language (the server's note is English). */
  function noteText(a) {
    if (currentLang() === 'en') return a.note;
    if (a.candidates && !a.candidates.complete) return t('site.partialCandidates');
    return t('joint.notProvenText');
  }

  function legendHtml(a) {
    const present = [...new Set(a.sites.map((s) => s.type))];
    const phased = a.phases && a.phases.length > 1;
    return `<div class="band-legend joint-legend">${present.map((ty) => `<span><i class="swatch swatch-point" style="background:${FACILITY_COLORS[ty] || '#777'}"></i>${esc(typeName(ty))}</span>`).join('')}
      <span class="muted">${esc(phased ? t('joint.legendPhase') : t('joint.legendNumber'))}</span></div>`;
  }

  function render() {
    const a = state.answer;
    const box = el('joint-result');
    box.classList.remove('stale');
    delete box.dataset.stale;
    if (!a) {
      box.hidden = true;
      return;
    }
    box.hidden = false;
    const status = state.restored ? 'RESTORED' : a.status;
    const row = (k, v, cls = '') => `<tr class="${cls}"><th>${esc(k)}</th><td>${v}</td></tr>`;
    const last = a.phases[a.phases.length - 1] || {};
    Object.assign(box.dataset, { status, newly: String(a.newlyCoveredResidents), sites: String(a.sites.length),
      objective: state.restored ? '' : String(a.objective), separate: a.separate ? String(a.separate.newlyCoveredResidents) : '' });
    const statusText = status === 'RESTORED' ? t('joint.restored') : tOr(`siting.status.${status}`, status);
    box.innerHTML = `<div class="headline"><span class="share">+${int(a.newlyCoveredResidents)}</span>
        <span class="status status-${esc(status)}">${esc(statusText)}</span></div>
      <div class="muted">${esc(standardName(standardOf(a.standard) || { nameZh: a.standard, nameEn: a.standard }))} · ${esc(t(`site.set.${a.facilities}`))}
        · ${esc(t('joint.lastYear'))} ${esc(last.year)}</div>
      <table class="compact joint-figures">
        ${row(t('site.newly'), `<span class="joint-newly">+${int(a.newlyCoveredResidents)}</span> ${esc(t('cov.people'))}`)}
        ${state.restored ? '' : row(t('site.objectiveValue'), `<span class="joint-objective">${int(a.objective)}</span>`)}
        ${state.restored ? '' : row(t('site.bound'), `<span class="joint-bound">${boundText(a.bound)}</span>`)}
        ${state.restored ? '' : row(t('site.gap'), `<span class="joint-gap">${pct(a.gap, 2)}</span>`)}
        ${!state.restored && a.separate ? row(t('joint.separate'), `<span class="joint-separate">+${int(a.separate.newlyCoveredResidents)}</span>
          <span class="muted">(${esc(t('site.objectiveValue'))} ${int(a.separate.objective)})</span>`) : ''}
        ${!state.restored && !a.separate ? row(t('joint.separate'), esc(t('joint.noSeparate'))) : ''}
        ${state.restored ? '' : row(t('site.candidates'), candidateSet(a))}
        ${a.timings ? row(t('site.solveTime'), `${int(a.waitedMillis || a.timings.totalMillis)} ms`) : ''}
      </table>
      ${state.restored ? `<p class="hint">${esc(t('joint.restoredHint'))}</p>` : ''}
      ${((currentLang() === 'zh' ? a.notesZh || a.notes : a.notes) || []).map((n) => `<p class="hint joint-outside">${esc(n)}</p>`).join('')}
      ${!state.restored && a.note ? `<p class="hint joint-note">${esc(noteText(a))}</p>` : ''}
      ${!state.restored && a.separate ? `<p class="hint">${esc(t('joint.separateRule'))}</p>` : ''}
      <h4>${esc(t('joint.phases'))}</h4>
      <table class="compact joint-phase-table"><thead><tr><th>${esc(t('joint.phaseYear'))}</th><th class="num">${esc(t('joint.budget'))}</th>
        <th class="num">${esc(t('joint.spent'))}</th><th class="num">${esc(t('joint.covered'))}</th><th class="num">${esc(t('site.share'))}</th></tr></thead>
        <tbody>${a.phases.map((p) => `<tr data-year="${p.year}" data-covered="${p.coveredResidents}"><td>${p.year}</td><td class="num">${p.budget}</td>
          <td class="num">${p.spent}</td><td class="num">${int(p.coveredResidents)}</td><td class="num">${pct(p.share)}</td></tr>`).join('')}</tbody></table>
      <h4>${esc(t('site.sites'))} (${a.sites.length})</h4>
      ${legendHtml(a)}
      <ol class="site-list joint-sites">${a.sites.map((s, i) => `<li data-type="${esc(s.type)}"><i class="swatch swatch-point" style="background:${FACILITY_COLORS[s.type] || '#777'}"></i>
        ${esc(typeName(s.type))} · ${esc(t('joint.cost'))} ${s.cost}${s.phase ? ` · ${esc(t('joint.phase'))} ${s.phase}` : ''}${state.restored ? '' : ` · +${int(s.gain)}`}</li>`).join('')}</ol>
      <div class="button-row"><button type="button" id="joint-save" ${a.sites.length ? '' : 'disabled'} title="${isEditor() ? '' : esc(t('account.need'))}">${esc(t('joint.save'))}</button></div>
      <div id="joint-save-message" class="message" hidden></div>
      <p class="hint">${esc(t('site.modelled'))}</p>`;
    el('joint-save').addEventListener('click', save);
  }

  function fit() {
    const a = state.answer;
    if (a && a.sites.length) map.fitBounds(L.latLngBounds(a.sites.map((s) => [s.lat, s.lon])).pad(0.6), { maxZoom: 14 });
  }

  /** The answer on screen into the store: its settings and its sites. */
  function publishAnswer(s) {
    view.set({ 'siting.mode': 'joint', ...settingsKeys(s), 'joint.sites': state.answer.sites.map(jointSiteKey) }, { source: 'joint' });
  }

  async function run() {
    const s = settings();
    if (!root.querySelector('.joint-build:checked')) {
      el('joint-error').hidden = false;
      el('joint-error').textContent = t('joint.noType');
      return;
    }
    const v = view.get();
    const body = { ...jointBody(s, v.year || 2020, v.facilities || 'existing'), jobId: `joint-${Date.now()}-${Math.random().toString(36).slice(2, 10)}` };
    state.controller = new AbortController();
    state.jobId = body.jobId;
    const seq = ++state.seq;
    const start = performance.now();
    const text = el('joint-progress').querySelector('.text');
    const tick = setInterval(() => { text.textContent = `${t('site.solving')} ${elapsed(start)} s / ${s.time} s`; }, 250);
    text.textContent = t('site.solving');
    el('joint-progress').hidden = false;
    el('joint-run').disabled = true;
    el('joint-cancel').hidden = false;
    el('joint-error').hidden = true;
    try {
      const response = await fetch('/api/siting/joint', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
        signal: state.controller.signal,
      });
      const a = await answer(response);
      if (seq !== state.seq) return;
      a.waitedMillis = Math.round(performance.now() - start);
      Object.assign(state, { answer: a, restored: false, saved: null });
      publishAnswer(s);
      render();
      drawSites();
      fit();
    } catch (e) {
      el('joint-error').hidden = false;
      el('joint-error').textContent = e.name === 'AbortError' ? t('site.cancelled') : e.message;
    } finally {
      clearInterval(tick);
      el('joint-progress').hidden = true;
      el('joint-run').disabled = false;
      el('joint-cancel').hidden = true;
      state.controller = null;
    }
  }

  /** The sites of a link recounted (no solve): figures without a proof. */
  async function recount(v) {
    const sites = (v['joint.sites'] || []).map(parseJointSite).filter(Boolean);
    if (!sites.length) return;
    const s = settings();
    const body = { ...jointBody(s, v.year || 2020, v.facilities || 'existing'), sites };
    delete body.method;
    delete body.timeLimitSeconds;
    delete body.maxPerType;
    delete body.types;
    const seq = ++state.seq;
    try {
      const response = await fetch('/api/siting/joint/evaluate', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
      });
      const a = await answer(response);
      if (seq !== state.seq) return;
      Object.assign(state, { answer: a, restored: true, saved: null });
      el('joint-error').hidden = true;
      render();
      drawSites();
      fit();
    } catch (e) {
      el('joint-error').hidden = false;
      el('joint-error').textContent = e.message;
    }
  }

  /**
   * The answer's sites as a scenario (POST /api/scenarios, editor role), then the scenario's own
   * coverage in the last phase's year: its gain over the set alone is shown beside the claim.
   */
  async function save() {
    const a = state.answer;
    const msg = el('joint-save-message');
    const say = (text, kind) => { msg.hidden = false; msg.className = `message ${kind}`; msg.textContent = text; };
    const name = `${t('joint.scenarioName')} ${a.standard} ${new Date().toLocaleString(currentLang() === 'zh' ? 'zh-CN' : 'en-GB')}`;
    try {
      const facilities = a.sites.map((s, i) => ({ type: s.type, name: `${name} #${i + 1}`, lon: s.lon, lat: s.lat }));
      const { id } = await writeJson('POST', '/api/scenarios', { name, facilities });
      const year = (a.phases[a.phases.length - 1] || {}).year || view.get().year || 2020;
      const q = new URLSearchParams({ standard: a.standard, method: 'network', year, facilities: a.facilities }).toString();
      const [after, before] = await Promise.all([
        fetch(`/api/scenarios/${id}/coverage?${q}`, { headers: { Accept: 'application/json' } }).then(answer),
        fetch(`/api/coverage?${q}`, { headers: { Accept: 'application/json' } }).then(answer),
      ]);
      const gained = after.coveredResidents - before.coveredResidents;
      state.saved = { id, gained };
      const same = gained === a.newlyCoveredResidents;
      say(t(same ? 'joint.savedSame' : 'joint.savedDiffers').replace('{id}', id).replace('{n}', int(gained)).replace('{claim}', int(a.newlyCoveredResidents)),
        same ? 'ok' : 'error');
      msg.dataset.scenario = String(id);
      msg.dataset.gained = String(gained);
      if (onSaved) onSaved(id);
    } catch (e) {
      say(writeError(e), 'error');
    }
  }

  el('joint-run').addEventListener('click', run);
  el('joint-cancel').addEventListener('click', () => {
    if (state.controller && state.jobId) fetch(`/api/jobs/${encodeURIComponent(state.jobId)}`, { method: 'DELETE', keepalive: true }).catch(() => null);
    if (state.controller) state.controller.abort();
  });

  /** A link or reload in joint mode: the form from the view, and its sites recounted if they differ. */
  function restore() {
    const v = view.get();
    if (v.tab !== 'siting' || v['siting.mode'] !== 'joint' || !state.standards.length) return;
    fill(v);
    const keys = (v['joint.sites'] || []).join(',');
    const shown = state.answer ? state.answer.sites.map(jointSiteKey).join(',') : '';
    if (keys && keys !== shown) recount(v);
  }

  const ready = fetchStandards().then((list) => {
    state.standards = list;
    renderStandards();
    renderCosts(parseCosts(view.get()['joint.costs']), view.get()['joint.types'] || []);
    restore();
  });
  view.subscribe((v, changed, meta) => {
    if (meta.source === 'url') restore();
  }, ['tab', 'siting.mode', 'joint.sites', 'joint.standard', 'joint.phases', 'joint.costs', 'joint.types', 'joint.budget']);
  onLangChange(() => {
    const { costs, types: built } = settings();
    renderStandards();
    renderCosts(costs, built);
    render();
  });
  return { markers, state, ready, restore };
}
