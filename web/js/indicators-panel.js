// The Indicators tab: the plan's targets (Table 2-1, §9.2–9.4) against what our data measures.
// Click an indicator to open the map view that shows it.
import { fetchJson } from './api.js';
import { esc } from './html.js';
import { applyStatic, currentLang, onLangChange, t, zhOr } from './i18n.js';
import { bindControl, view } from './store.js';

function value(v, unit) {
  if (v === null || v === undefined) return '—';
  const n = Number(v);
  const text = unit === '%' ? n.toFixed(1) : Number.isInteger(n) ? n.toLocaleString('en-US') : String(n);
  return unit === '%' ? `${text} %` : text;
}

/** The population-year and facility-set selects (also used by the Compare tab). */
export function yearAndSetFields(yearId, setId) {
  return `<label class="field"><span data-i18n="year"></span><select id="${yearId}">
        <option value="2020">2020</option><option value="2025">2025</option></select></label>
      <label class="field"><span data-i18n="ind.facilities"></span><select id="${setId}">
        <option value="existing" data-i18n="fset.existing"></option>
        <option value="committed" data-i18n="fset.committed"></option>
        <option value="plan" data-i18n="fset.plan"></option></select></label>`;
}

export function initIndicatorsPanel(root, { openView }) {
  root.innerHTML = `
    <div class="field-row">
      ${yearAndSetFields('ind-year', 'ind-facilities')}
    </div>
    <div id="ind-loading" class="loading" hidden><span class="spinner"></span><span data-i18n="cov.computing"></span></div>
    <div id="ind-error" class="message error" hidden></div>
    <div id="ind-summary" class="muted small"></div>
    <ul id="indicator-list" class="indicator-list"></ul>
    <p class="hint" data-i18n="ind.hint"></p>`;
  applyStatic(root);
  const el = (id) => root.querySelector(`#${id}`);
  let list = [];
  let seq = 0;

  function render() {
    const en = currentLang() === 'en';
    const measured = list.filter((i) => i.measured !== null).length;
    el('ind-summary').textContent = `${list.length} ${t('ind.count')} · ${measured} ${t('ind.measuredCount')}`;
    el('indicator-list').innerHTML = list.map((i) => {
      const state = i.measured === null ? 'unmeasured' : i.met === true ? 'met' : i.met === false ? 'not-met' : 'no-target';
      const badge = t(`ind.${state}`);
      const target = i.target === null ? (i.targetText || '—') : value(i.target, i.unit);
      return `<li class="indicator ${state}" tabindex="0" role="button" data-code="${esc(i.code)}" data-view="${esc(i.view)}"
          aria-label="${esc(en ? i.nameEn : i.nameZh)}: ${esc(badge)}">
        <div class="ind-head"><span class="ind-name">${esc(en ? i.nameEn : i.nameZh)}</span>
          <span class="ind-badge">${esc(badge)}</span></div>
        <div class="ind-ref muted">${esc(i.planRef)}${i.baseline !== null ? ` · 2020: ${esc(value(i.baseline, i.unit))}` : ''}</div>
        <table class="compact"><tr><th>${esc(t('ind.target'))}</th><td>${esc(target)}</td></tr>
          <tr><th>${esc(t('ind.measured'))}</th><td class="ind-measured">${esc(value(i.measured, i.unit))}</td></tr></table>
        ${i.measured === null ? `<div class="ind-needs small">${esc(t('ind.needs'))}: ${esc(zhOr(i.needsZh, i.needs))}</div>`
          : `<details class="ind-method small"><summary>${esc(t('ind.method'))}</summary>${esc(zhOr(i.methodZh, i.method))}</details>`}
      </li>`;
    }).join('');
    el('indicator-list').querySelectorAll('li.indicator').forEach((li) => {
      const go = (e) => {
        if (e.target.closest('summary, details')) return;
        openView(li.dataset.view);
      };
      li.addEventListener('click', go);
      li.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          go(e);
        }
      });
    });
  }

  async function load() {
    const my = ++seq;
    el('ind-loading').hidden = false;
    el('ind-error').hidden = true;
    try {
      const q = new URLSearchParams({ year: el('ind-year').value, facilities: el('ind-facilities').value });
      const answer = await fetchJson(`/api/indicators?${q}`);
      if (my !== seq) return;
      list = answer;
      render();
      root.dataset.loaded = 'true';
    } catch (e) {
      if (my !== seq) return;
      el('ind-error').hidden = false;
      el('ind-error').textContent = e.message;
    } finally {
      if (my === seq) el('ind-loading').hidden = true;
    }
  }

  // year and facility set are the view's (shared with Coverage, Access, Siting)
  bindControl(view, el('ind-year'), 'year');
  bindControl(view, el('ind-facilities'), 'facilities');
  view.subscribe(() => {
    if (list.length) load();
  }, ['year', 'facilities']);
  onLangChange(render);
  return {
    load,
    get facilities() {
      return view.get().facilities;
    },
    get list() {
      return list;
    },
  };
}
