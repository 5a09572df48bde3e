// Scenarios over the REST API: save sites, move one, compare with the baseline, list, delete.
import { fetchJson } from './api.js';
import { writeJson } from './account.js';
import { esc, int, pct, round4 } from './html.js';
import { t, currentLang } from './i18n.js';
import { SITING_TYPE } from './standards.js';

const q = (p) => new URLSearchParams(p).toString();

/** Saves the sites as a new scenario of the standard's siting type; → {id, facilityIds}. */
export async function saveScenario(name, standard, sites) {
  const type = SITING_TYPE[standard];
  const facilities = sites.map((s, i) => ({ type, name: `${name} #${i + 1}`, lon: s.lon, lat: s.lat }));
  const { id } = await writeJson('POST', '/api/scenarios', { name, facilities });
  const added = await addedFacilities(id);
  return { id, facilityIds: added.map((f) => f.id) };
}

/** The facilities a scenario added, at their current position: [{id, type, name, lon, lat}]. */
export async function addedFacilities(id) {
  const s = await fetchJson(`/api/scenarios/${id}`);
  const added = new Map();
  for (const e of s.edits) {
    if (e.action === 'ADD') added.set(e.facilityId, { id: e.facilityId, type: e.type ? String(e.type).toLowerCase() : null, name: e.name, lon: e.lon, lat: e.lat });
    if (e.action === 'MOVE' && added.has(e.facilityId)) Object.assign(added.get(e.facilityId), { lon: e.lon, lat: e.lat });
  }
  return [...added.values()];
}

export function moveFacility(id, fid, lon, lat) {
  return writeJson('PUT', `/api/scenarios/${id}/facilities/${encodeURIComponent(fid)}`, { lon, lat });
}

export function scenarioCoverage(id, standard, year, facilities = 'existing') {
  return fetchJson(`/api/scenarios/${id}/coverage?${q({ standard, method: 'network', year, facilities })}`);
}

export function listScenarios() {
  return fetchJson('/api/scenarios');
}

export function deleteScenario(id) {
  return writeJson('DELETE', `/api/scenarios/${id}`);
}

/** Which standard a scenario's added facilities serve (reverse of SITING_TYPE), or null. */
export function standardOfType(type) {
  return Object.keys(SITING_TYPE).find((k) => SITING_TYPE[k] === type) || null;
}

/** Baseline vs scenario per sub-district, from the coverage's delta, with a total row. */
export function comparisonHtml(cov, areaName) {
  const totals = cov.byArea.reduce((m, a) => m.set(a.area, a.total), new Map());
  const before = cov.delta.reduce((s, d) => s + d.coveredBefore, 0);
  const rows = cov.delta.map((d) => {
    const total = totals.get(d.area) || 0;
    return `<tr class="${d.change > 0 ? 'up' : d.change < 0 ? 'down' : ''}"><td>${esc(areaName(d.area))}</td>
      <td class="num">${total ? pct(d.coveredBefore / total) : ''}</td><td class="num">${total ? pct(d.coveredAfter / total) : ''}</td>
      <td class="num">${d.change > 0 ? '+' : ''}${int(d.change)}</td></tr>`;
  }).join('');
  const change = cov.coveredResidents - before;
  return `<table class="area-table compare-table"><thead><tr><th>${esc(t('popup.subdistrict'))}</th>
      <th class="num">${esc(t('scn.baseline'))}</th><th class="num">${esc(t('scn.scenario'))}</th><th class="num">${esc(t('scn.change'))}</th></tr></thead>
    <tbody>${rows}</tbody><tfoot><tr><th>${esc(t('scn.total'))}</th><th class="num">${pct(round4(before / cov.totalResidents))}</th>
      <th class="num">${pct(cov.share)}</th><th class="num">${change > 0 ? '+' : ''}${int(change)}</th></tr></tfoot></table>`;
}

/** One line per saved scenario with load / delete buttons. */
export function scenarioListHtml(list) {
  if (!list.length) return `<li class="muted">${esc(t('scn.none'))}</li>`;
  const fmt = (iso) => new Date(iso).toLocaleString(currentLang() === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
  return list.map((s) => `<li data-id="${s.id}"><span class="scn-name">${esc(s.name)}</span>
      <span class="muted">${esc(s.createdBy || '')} · ${esc(fmt(s.createdAt))}</span>
      <button type="button" class="scn-load">${esc(t('scn.load'))}</button>
      <button type="button" class="scn-delete">${esc(t('scn.delete'))}</button></li>`).join('');
}
