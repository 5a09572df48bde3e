// Service standards (/api/standards): names in the current language, a short description, and the
// facility type a siting result adds for each standard.
import { currentLang, nameOf, t, tOr } from './i18n.js';
import { esc } from './html.js';

/** The facility type a new site of this standard is (null: the standard cannot be sited). */
export const SITING_TYPE = {
  health15: 'community_health_station',
  primary10: 'primary_school',
  middle15: 'middle_school',
  emergency12: 'emergency_station',
  kindergarten5: 'kindergarten',
  culture12: 'culture',
  park10: 'park',
};

export function standardName(s) {
  return nameOf(s.nameZh, s.nameEn);
}

/** Service bands in minutes for a standard's time: thirds (15 → 5, 10, 15), one band when short. */
export function bandsFor(s) {
  const m = s.minutes;
  if (m <= 5) return [m];
  if (m <= 10) return [m / 2, m];
  return [Math.round(m / 3), Math.round((2 * m) / 3), m];
}

/** The info box: time, mode, speed, radius, facility types and the source of each number. */
export function standardInfoHtml(s) {
  const mode = tOr(`mode.${s.mode}`, s.mode);
  const types = s.types.map((x) => tOr(`facility.${x}`, x)).join(s.rule === 'every_type' ? ' + ' : ' / ');
  const delay = s.dispatchDelayMinutes ? ` · ${t('std.delay')} ${s.dispatchDelayMinutes} min` : '';
  const zh = currentLang() === 'zh' ? s.sourcesZh || {} : {};
  const sources = Object.entries(s.sources || {})
    .filter(([, v]) => v && !/^not applicable/.test(v))
    .map(([k, v]) => `<li><b>${esc(tOr(`src.${k}`, k))}</b>: ${esc(zh[k] || v)}</li>`)
    .join('');
  return `<div class="std-line"><b>${s.minutes} min</b> · ${esc(mode)} ${Math.round(s.speedKmh * 10) / 10} km/h${esc(delay)}
      · ${esc(t('std.radius'))} ${Math.round(s.euclideanRadiusMeters)} m</div>
    <div class="std-line">${esc(s.rule === 'every_type' ? t('std.everyType') : t('std.anyType'))}: ${esc(types)}</div>
    <details class="std-sources"><summary>${esc(t('std.sources'))}</summary><ul>${sources}</ul></details>`;
}
