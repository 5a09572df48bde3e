// Popup content for any feature, in the current language.
import { t, tOr, nameOf } from './i18n.js';

function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function row(label, value) {
  if (value === undefined || value === null || value === '') return '';
  return `<tr><th>${esc(label)}</th><td>${esc(value)}</td></tr>`;
}

function typeOf(p) {
  if (p.element) return tOr(`element.${p.element}`, p.element);
  if (p.type) return tOr(`facility.${p.type}`, p.type);
  if (p.kind) {
    const kind = tOr(`kind.${p.kind}`, p.kind);
    if (p.line) return `${kind} ${p.line}`;
    if (p.lines) return `${kind} (${p.lines})`;
    return kind;
  }
  if (p.class) return tOr(`class.${p.class}`, p.class);
  if (p.group) return tOr(`parkgroup.${p.group}`, p.group);
  return '';
}

/** HTML for the feature's popup. layerTitle is the layer's title in the current language. */
export function popupHtml(props, layerTitle, year) {
  const p = props || {};
  const modelled = /modelled/.test(p.source || '') || p.residents !== undefined;
  let title = nameOf(p.name_zh, p.name_en);
  if (!title && p.residents !== undefined) title = `${layerTitle} · ${p.id}`;
  if (!title) title = p.id || '';
  const other = title === p.name_zh ? p.name_en : p.name_zh;
  let extra = '';
  if (p.residents !== undefined) {
    const r2020 = Number(p.residents).toLocaleString();
    const r2025 = p.residents_2025 === undefined ? '' : Number(p.residents_2025).toLocaleString();
    extra += row(`${t('popup.residents')} 2020`, r2020);
    extra += row(`${t('popup.residents')} 2025`, r2025);
    extra += row(t('popup.subdistrict'), p.subdistrict);
  }
  if (p.capacity !== undefined && p.capacity !== null) {
    const unit = p.capacity_unit ? tOr(`unit.${p.capacity_unit}`, p.capacity_unit) : '';
    extra += row(t('popup.capacity'), `${p.capacity} ${unit}`.trim());
  }
  if (p.speed_kmh !== undefined) extra += row(t('popup.speed'), `${p.speed_kmh} km/h`);
  if (p.oneway === true) extra += row(t('popup.oneway'), t('yes'));
  const status = p.status ? tOr(`status.${p.status}`, p.status) : '';
  const accuracy = p.accuracy_m === undefined || p.accuracy_m === null ? '' : `± ${p.accuracy_m} m`;
  return `<div class="feature-popup">
    <h3>${esc(title)}</h3>${other && other !== title ? `<div class="alt-name">${esc(other)}</div>` : ''}
    ${modelled ? `<div class="modelled-badge">${esc(t(p.type && p.residents === undefined ? 'popup.modelledFacility' : 'popup.modelled'))}</div>` : ''}
    <table>
      ${row(t('popup.layer'), layerTitle)}
      ${row(t('popup.type'), typeOf(p))}
      ${row(t('popup.status'), status)}
      ${extra}
      ${row(t('popup.planRef'), p.plan_ref)}
      ${row(t('popup.source'), p.source)}
      ${row(t('popup.accuracy'), accuracy)}
    </table>
  </div>`;
}
