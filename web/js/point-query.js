// The "is this spot covered?" popup for /api/coverage/at.
import { esc, int } from './html.js';
import { t, tOr } from './i18n.js';
import { standardName } from './standards.js';

export function pointPopupHtml(at, standard, method) {
  const f = at.facility;
  const mark = at.covered ? `<span class="ok">✓ ${esc(t('pt.covered'))}</span>` : `<span class="no">✗ ${esc(t('pt.notCovered'))}</span>`;
  const row = (k, v) => (v === null || v === undefined || v === '' ? '' : `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`);
  const missing = (at.missingTypes || []).map((x) => tOr(`facility.${x}`, x)).join('、');
  return `<div class="point-result ${at.covered ? 'covered' : 'uncovered'}">
    <h3>${mark}</h3>
    <div class="muted">${esc(standardName(standard))} · ${esc(t(`method.${method}`))}${at.facilities ? ` · ${esc(t(`set.${at.facilities}`))}` : ''}</div>
    <table>
      ${row(t('pt.nearest'), f ? `${f.name} (${tOr(`facility.${f.type}`, f.type)})` : t('pt.none'))}
      ${row(t('pt.minutes'), at.minutes === null ? t('pt.unreachable') : `${at.minutes} min / ${standard.minutes} min`)}
      ${row(t('pt.distance'), at.distanceM === null ? '' : `${int(at.distanceM)} m`)}
      ${row(t('pt.missing'), missing)}
    </table>${(at.notes || []).filter((n) => n.startsWith('no ')).map((n) => `<div class="muted small">${esc(n)}</div>`).join('')}</div>`;
}
