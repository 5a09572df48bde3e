// Small legend/tree symbols drawn with CSS from a Leaflet style.
export function swatch(style = {}, kind = 'area') {
  const el = document.createElement('span');
  el.className = `swatch swatch-${kind}`;
  if (kind === 'point') {
    el.style.background = style.fillColor || '#777';
    el.style.borderColor = style.color && style.color !== '#fff' ? style.color : 'rgba(0,0,0,0.25)';
  } else if (kind === 'line') {
    const w = Math.max(1, Math.min(6, Math.round(style.weight || 2)));
    el.style.borderTop = `${w}px ${style.dashArray ? 'dashed' : 'solid'} ${style.color || '#555'}`;
  } else if (kind === 'hatch') {
    const c = style.color || '#666';
    el.style.background = `repeating-linear-gradient(-45deg, ${c} 0 2px, transparent 2px 5px)`;
    el.style.borderColor = c;
  } else {
    el.style.background = typeof style.fillColor === 'string' ? style.fillColor : '#ccc';
    el.style.opacity = style.fillOpacity === undefined ? 1 : Math.max(0.35, Math.min(1, style.fillOpacity * 1.6));
    el.style.borderColor = style.color || 'transparent';
    if (style.dashArray) el.style.borderStyle = 'dashed';
  }
  return el;
}
