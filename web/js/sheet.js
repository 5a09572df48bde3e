// What a map taken out of the browser carries (issue 18 §2): title, the view it shows, the result's
// headline, legend, scale bar, north arrow, data date and sources — for the PNG (drawn onto one
// canvas) and for print (a sheet header and footer around the map, A4 landscape or portrait).
import { currentLang, planTitleText, t, tOr } from './i18n.js';
import { view } from './store.js';

/** The lines that describe the current view, in the UI language. */
export function sheetText(layers = []) {
  const v = view.get();
  const en = currentLang() === 'en';
  const title = planTitleText() || (en ? 'Planning viewer' : '规划一张图');
  const tab = tOr(`tab.${v.tab}`, v.tab || '');
  const stdSelect = document.getElementById('coverage-standard');
  const std = stdSelect && stdSelect.selectedOptions[0] ? stdSelect.selectedOptions[0].textContent : v.standard || '';
  const parts = [tab];
  if (['coverage', 'siting', 'compare', 'layers'].includes(v.tab) && std) parts.push(std);
  parts.push(tOr(`method.${v.method}`, v.method), String(v.year), tOr(`set.${v.facilities}`, v.facilities));
  if (v.scenario) parts.push(`${t('sheet.scenario')} #${v.scenario}`);
  const share = document.querySelector('.panel.active .headline');
  const stale = document.querySelector('.panel.active .stale');
  const headline = share && !stale ? share.textContent.replace(/\s+/g, ' ').trim() : '';
  const sources = [...new Set(layers.map((l) => l.source).filter(Boolean))].slice(0, 3).join('; ');
  return {
    title,
    view: parts.filter(Boolean).join(' · '),
    headline,
    date: `${t('sheet.date')} ${new Date().toISOString().slice(0, 10)} · ${t('sheet.population')} ${v.year}`,
    sources: `${t('sheet.sources')} ${sources || t('sheet.sample')}`,
    url: location.href,
  };
}

/** Metres per pixel at the map centre, and a round bar length that fits in maxPx. */
export function scaleBar(metresPerPixel, maxPx) {
  const max = metresPerPixel * maxPx;
  const pow = 10 ** Math.floor(Math.log10(max));
  const metres = [5, 2, 1].map((f) => f * pow).find((m) => m <= max) || pow;
  return { metres, px: metres / metresPerPixel, label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m` };
}

function metresPerPixel(map) {
  const c = map.getSize().divideBy(2);
  const a = map.containerPointToLatLng(c);
  const b = map.containerPointToLatLng(c.add([100, 0]));
  return a.distanceTo(b) / 100;
}

/** The legend's entries as drawn: swatch colour and text. */
function legendEntries() {
  return [...document.querySelectorAll('#legend .legend-item, .panel.active .band-legend > span')].slice(0, 18).map((row) => {
    const sw = row.querySelector('.swatch');
    const cs = sw ? getComputedStyle(sw) : null;
    const fill = cs && cs.backgroundColor !== 'rgba(0, 0, 0, 0)' ? cs.backgroundColor : cs ? cs.borderTopColor : '#999';
    return { colour: fill, text: row.textContent.replace(/\s+/g, ' ').trim() };
  }).filter((e) => e.text);
}

/** The PNG: header (title, view, headline), the map, legend, scale bar, north arrow, footer. */
export function composeSheet(map, mapCanvas, layers) {
  const info = sheetText(layers);
  const legend = legendEntries();
  const head = 64;
  const foot = 40;
  const legendW = legend.length ? 230 : 0;
  const out = document.createElement('canvas');
  out.width = mapCanvas.width + legendW;
  out.height = mapCanvas.height + head + foot;
  const g = out.getContext('2d');
  const font = '"Noto Sans CJK SC", sans-serif';
  g.fillStyle = '#fff';
  g.fillRect(0, 0, out.width, out.height);
  g.fillStyle = '#222';
  g.font = `bold 20px ${font}`;
  g.fillText(info.title, 12, 26);
  g.font = `14px ${font}`;
  g.fillText(info.view, 12, 48);
  if (info.headline) {
    g.font = `bold 16px ${font}`;
    g.textAlign = 'right';
    g.fillText(info.headline, out.width - 12, 26);
    g.textAlign = 'left';
  }
  g.drawImage(mapCanvas, 0, head);
  // scale bar, bottom left of the map
  const bar = scaleBar(metresPerPixel(map), 160);
  const y0 = head + mapCanvas.height - 18;
  g.fillStyle = 'rgba(255,255,255,.85)';
  g.fillRect(8, y0 - 20, bar.px + 24, 30);
  g.fillStyle = '#222';
  g.fillRect(16, y0, bar.px, 4);
  g.fillRect(16, y0 - 6, 2, 10);
  g.fillRect(16 + bar.px - 2, y0 - 6, 2, 10);
  g.font = `12px ${font}`;
  g.fillText(bar.label, 20, y0 - 6);
  // north arrow, top right of the map
  const nx = mapCanvas.width - 30;
  const ny = head + 20;
  g.beginPath();
  g.moveTo(nx, ny);
  g.lineTo(nx - 10, ny + 28);
  g.lineTo(nx, ny + 22);
  g.lineTo(nx + 10, ny + 28);
  g.closePath();
  g.fill();
  g.font = `bold 13px ${font}`;
  g.textAlign = 'center';
  g.fillText('N', nx, ny + 44);
  g.textAlign = 'left';
  // legend, right of the map
  if (legendW) {
    const x = mapCanvas.width + 12;
    g.font = `bold 14px ${font}`;
    g.fillText(t('legend'), x, head + 18);
    g.font = `12px ${font}`;
    legend.forEach((e, i) => {
      const y = head + 40 + i * 20;
      g.fillStyle = e.colour;
      g.fillRect(x, y - 10, 14, 12);
      g.fillStyle = '#222';
      g.fillText(e.text.slice(0, 26), x + 20, y);
    });
  }
  g.font = `11px ${font}`;
  g.fillStyle = '#444';
  g.fillText(`${info.date} · ${info.sources}`, 12, out.height - 22);
  g.fillText(info.url.slice(0, 160), 12, out.height - 8);
  return out;
}

/**
 * Fills the print-only header and footer (shown by @media print) before window.print(), and sets
 * the sheet: A4 in the orientation given, or the map's own (wider than tall → landscape). The page
 * size is a rule of its own (#print-page), so the print layout follows it. Returns the orientation.
 */
export function preparePrint(layers, orientation) {
  const box = document.getElementById('map').getBoundingClientRect();
  const o = orientation || (box.width >= box.height ? 'landscape' : 'portrait');
  let page = document.getElementById('print-page');
  if (!page) {
    page = document.createElement('style');
    page.id = 'print-page';
    document.head.append(page);
  }
  page.textContent = `@page { size: A4 ${o}; margin: 10mm; }`;
  document.body.dataset.print = o;
  const info = sheetText(layers);
  let sheet = document.getElementById('print-sheet');
  if (!sheet) {
    sheet = document.createElement('div');
    sheet.id = 'print-sheet';
    document.body.prepend(sheet);
  }
  sheet.replaceChildren();
  for (const [cls, text] of [['print-title', info.title], ['print-view', info.view], ['print-headline', info.headline]]) {
    const el = document.createElement('div');
    el.className = cls;
    el.textContent = text;
    sheet.append(el);
  }
  let footer = document.getElementById('print-footer');
  if (!footer) {
    footer = document.createElement('div');
    footer.id = 'print-footer';
    document.body.append(footer);
  }
  footer.textContent = `${info.date} · ${info.sources} · ${info.url}`;
  document.getElementById('legend-box').open = true;
  return o;
}
