import { onLangChange } from './i18n.js';

// Map labels that would overlap give way to more important ones (greedy, in priority order):
// layout core/cluster names, then gap rank badges (so a badge never covers 沌口城), then
// sub-districts, then parks, then everything else. A hidden label
// only gets the class `label-clash` (visibility: hidden), so it returns as soon as there is room.

const PRIORITY = ['layout-label', 'gap-rank-label', 'subdistrict-label', 'park-label'];
const PAD = 2; // px kept free around a shown label

function rank(el) {
  const i = PRIORITY.findIndex((c) => el.classList.contains(c));
  return i < 0 ? PRIORITY.length : i;
}

function overlaps(a, b) {
  return a.left < b.right + PAD && b.left < a.right + PAD && a.top < b.bottom + PAD && b.top < a.bottom + PAD;
}

/** Hides the labels that clash with a more important (or earlier) one; returns how many it hid. */
export function declutter(map) {
  const labels = [...map.getContainer().querySelectorAll('.leaflet-tooltip.map-label, .leaflet-tooltip.gap-rank-label')];
  labels.forEach((el) => el.classList.remove('label-clash'));
  const shown = [];
  let hidden = 0;
  labels
    .map((el, i) => ({ el, i, r: rank(el) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .forEach(({ el }) => {
      if (getComputedStyle(el).display === 'none' || getComputedStyle(el).visibility === 'hidden') return;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) return;
      if (shown.some((b) => overlaps(box, b))) {
        el.classList.add('label-clash');
        hidden += 1;
      } else {
        shown.push(box);
      }
    });
  return hidden;
}

/** Re-runs {@link declutter} after every move, zoom and layer change (once per frame). */
export function initDeclutter(map, manager) {
  let queued = false;
  const later = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      window.cheguMap.hiddenLabels = declutter(map);
    });
  };
  map.on('zoomend moveend layeradd layerremove', later);
  manager.onChange(later);
  onLangChange(later); // other words, other widths
  later();
}
