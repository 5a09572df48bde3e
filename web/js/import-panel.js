// Import panel (editors): upload a planner's file into a layer, see the dry-run report first, then
// commit; the layer's versions with restore; downloads of layers and results as GeoPackage / Excel.
import { fetchLayers, withArea } from './api.js';
import { isEditor, onUserChange, refreshUser } from './account.js';
import { currentLang, t } from './i18n.js';
import { esc, int, pct } from './html.js';

function csrfToken() {
  const m = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
  return m ? decodeURIComponent(m[1]) : '';
}

async function send(url, form) {
  if (!csrfToken()) await refreshUser();
  const response = await fetch(url, {
    method: 'POST',
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() },
    credentials: 'same-origin',
    body: form,
  });
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    /* not JSON */
  }
  return { ok: response.ok, status: response.status, body };
}

/**
 * "health15: 60.5% → 58.1%" and what it counts: the dry run's coverage before and after; for a
 * population file also the residents it holds in the zone, before → after.
 */
function headlineText(h, layer) {
  const share = t(`import.headline.${layer}`).replace('{standard}', esc(h.standard))
    .replace('{before}', pct(h.before)).replace('{after}', pct(h.after)).replace('{year}', h.year);
  return h.residentsBefore == null ? share : `${share}<br>${t('import.residents').replace('{year}', h.year)
    .replace('{before}', int(h.residentsBefore)).replace('{after}', int(h.residentsAfter))}`;
}

function report(body) {
  const errors = (body.errors || [])
    .slice(0, 50)
    .map((e) => `<li>${esc(e.feature || '')} ${esc(e.field || '')}: ${esc(e.message)}</li>`)
    .join('');
  const warnings = ((currentLang() === 'zh' && body.warningsZh) || body.warnings || []).map((w) => `<li>${esc(w)}</li>`).join('');
  const preview = (body.preview || [])
    .slice(0, 10)
    .map((p) => `<tr><td>${esc(p.id)}</td><td>${esc(p.properties.name_zh || p.properties.name_en || '')}</td>`
      + `<td>${esc(p.properties.type || p.properties.class || '')}</td><td>${p.lonLat.map((v) => v.toFixed(5)).join(', ')}</td></tr>`)
    .join('');
  return `<p class="import-summary">${esc(body.message || '')}
      ${body.imported !== undefined ? `${t('import.imported')}: <b>${body.imported}</b>` : ''}
      ${body.version !== undefined ? ` · ${t('import.version')} ${body.version}` : ''}
      ${body.crs ? ` · ${esc(body.format)} · ${esc(body.crs)}` : ''}</p>
    ${body.changes ? `<p class="import-changes">${t('import.changes')
    .replace('{added}', body.changes.added).replace('{replaced}', body.changes.replaced)
    .replace('{removed}', body.changes.removed).replace('{before}', body.changes.before)
    .replace('{after}', body.changes.after)}</p>` : ''}
    ${body.headline ? `<p class="import-headline">${headlineText(body.headline, body.layer)}</p>`
    : body.dryRun ? `<p class="import-headline">${t('import.countsOnly')}</p>` : ''}
    ${warnings ? `<ul class="import-warnings">${warnings}</ul>` : ''}
    ${errors ? `<ul class="import-errors">${errors}</ul>` : ''}
    ${preview ? `<table class="import-preview"><tbody>${preview}</tbody></table>` : ''}`;
}

export function initImportPanel(root) {
  root.innerHTML = `
    <h3>${t('import.title')}</h3>
    <p class="import-login" hidden>${t('import.editorsOnly')}</p>
    <form class="import-form">
      <label>${t('import.file')} <input type="file" name="file" required></label>
      <label>${t('import.layer')} <select name="layer"></select></label>
      <label>${t('import.mode')} <select name="mode"><option value="append">${t('import.append')}</option><option value="replace">${t('import.replace')}</option></select></label>
      <label>CRS <input name="crs" placeholder="EPSG:4547 / GCJ02 / BD09"></label>
      <label>${t('import.encoding')} <input name="encoding" placeholder="GBK"></label>
      <label>${t('import.mapping')} <textarea name="mapping" rows="2" placeholder='{"columns":{"name_zh":"名称"}}'></textarea></label>
      <button type="button" class="import-check">${t('import.check')}</button>
      <button type="button" class="import-commit" disabled>${t('import.commit')}</button>
    </form>
    <div class="import-report" aria-live="polite"></div>
    <h4>${t('import.versions')}</h4>
    <div class="import-versions"></div>
    <h4>${t('import.downloads')}</h4>
    <div class="import-downloads"></div>`;
  const form = root.querySelector('.import-form');
  const layerSelect = form.querySelector('[name=layer]');
  const out = root.querySelector('.import-report');
  const commit = root.querySelector('.import-commit');

  async function versions() {
    const layer = layerSelect.value;
    const list = await (await fetch(`/api/layers/${encodeURIComponent(layer)}/versions`)).json();
    const latest = Math.max(...list.map((v) => v.version));
    root.querySelector('.import-versions').innerHTML = `<ol>${list.map((v) => `<li${v.version === latest ? ' class="current"' : ''}>v${v.version} ${esc(v.who)} ·
      ${esc(v.file || '')} · ${v.counts.features} · ${esc(String(v.when).slice(0, 16))}
      ${v.version === latest ? `<b>${t('import.current')}</b>`
    : isEditor() ? `<button type="button" data-restore="${v.version}">${t('import.restore')}</button>` : ''}</li>`).join('')}</ol>`;
    const base = `/api/layers/${encodeURIComponent(layer)}/features?limit=50000`;
    root.querySelector('.import-downloads').innerHTML = `
      <a href="${base}&format=gpkg" download>${t('import.gpkg')}</a> ·
      <a href="${base}&format=shp" download>Shapefile</a> ·
      <a href="${base}&format=xlsx" download>${t('import.xlsx')}</a> ·
      <a href="${withArea('/api/coverage/gaps?standard=health15&method=network&year=2020&format=gpkg')}" download>${t('import.gapsGpkg')}</a> ·
      <a href="${withArea('/api/coverage?standard=health15&method=network&year=2020&format=xlsx')}" download>${t('import.byAreaXlsx')}</a>`;
  }

  async function run(dryRun) {
    const data = new FormData(form);
    for (const key of ['crs', 'encoding', 'mapping']) if (!data.get(key)) data.delete(key);
    data.set('dryRun', String(dryRun));
    if (!dryRun && data.get('mode') === 'replace' && !window.confirm(t('import.confirmReplace').replace('{layer}', data.get('layer')))) return;
    out.textContent = t('import.working');
    const r = await send('/api/imports', data);
    out.innerHTML = r.body ? report(r.body) : esc(String(r.status));
    commit.disabled = !(dryRun && r.ok);
    if (r.ok && !dryRun) {
      await versions();
      window.location.reload(); // every layer and answer is redrawn from the new data
    }
  }

  root.querySelector('.import-check').addEventListener('click', () => run(true));
  commit.addEventListener('click', () => run(false));
  form.addEventListener('change', (e) => {
    if (e.target.name !== 'mapping') commit.disabled = true;
    if (e.target.name === 'layer') versions();
  });
  root.querySelector('.import-versions').addEventListener('click', async (e) => {
    const v = e.target.dataset.restore;
    if (!v) return;
    if (!window.confirm(t('import.confirmRestore').replace('{version}', v).replace('{layer}', layerSelect.value))) return;
    const r = await send(`/api/layers/${encodeURIComponent(layerSelect.value)}/versions/${v}/restore`, null);
    out.innerHTML = r.body ? report({ message: r.ok ? `${t('import.restored')} v${v}` : r.body.message }) : '';
    if (r.ok) window.location.reload();
  });
  const gate = () => {
    root.querySelector('.import-login').hidden = isEditor();
    form.hidden = !isEditor();
  };
  onUserChange(gate);
  gate();
  fetchLayers().then((layers) => {
    layerSelect.innerHTML = layers.map((l) => `<option value="${esc(l.id)}">${esc(l.id)}</option>`).join('');
    layerSelect.value = layers.some((l) => l.id === 'facilities') ? 'facilities' : layers[0].id;
    versions();
  });
}
