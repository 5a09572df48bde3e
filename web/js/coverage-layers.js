// Coverage on the map: service-area bands (translucent graded fills) and gaps (red hatched, ranked),
// drawn on the map's shared canvas renderer above the base layers.
const BAND_COLOURS = ['#1a9850', '#66bd63', '#a6d96a', '#d9ef8b'];
const GAP_COLOUR = '#c51b1b';
/** The largest gaps carry their rank on the map (the list has them all). */
const LABELLED_GAPS = 5;

let hatch = null;
/** A red diagonal hatch as a canvas pattern (the canvas renderer takes it as fillColor). */
function hatchPattern() {
  if (hatch) return hatch;
  const c = document.createElement('canvas');
  c.width = 8;
  c.height = 8;
  const g = c.getContext('2d');
  g.strokeStyle = GAP_COLOUR;
  g.lineWidth = 1.4;
  g.beginPath();
  g.moveTo(0, 8);
  g.lineTo(8, 0);
  g.moveTo(-2, 2);
  g.lineTo(2, -2);
  g.moveTo(6, 10);
  g.lineTo(10, 6);
  g.stroke();
  hatch = g.createPattern(c, 'repeat');
  return hatch;
}

/** Colour of band i of n, innermost (shortest time) darkest. */
export function bandColour(i) {
  return BAND_COLOURS[Math.min(i, BAND_COLOURS.length - 1)];
}

export const GAP_STYLE = { color: GAP_COLOUR, weight: 1.2, opacity: 0.85, fillOpacity: 0.4 };
const GAP_HIGHLIGHT = { color: '#5c0000', weight: 3.5, opacity: 1, fillOpacity: 0.75 };

export class CoverageLayers {
  constructor(map, manager) {
    this.map = map;
    this.manager = manager;
    this.renderer = manager.renderer;
    // the base layers re-sort themselves when toggled: keep the result above them
    manager.onChange(() => this.toFront());
    manager.onReorder(() => this.toFront());
    this.serviceAreas = null;
    this.gaps = null;
    this.gapByRank = new Map();
    this.highlighted = null;
  }

  clear() {
    for (const layer of [this.serviceAreas, this.gaps]) if (layer) this.map.removeLayer(layer);
    this.serviceAreas = null;
    this.gaps = null;
    this.gapByRank.clear();
    this.highlighted = null;
    this.manager.setAnalysisMuted(false);
  }

  toFront() {
    if (this.serviceAreas) this.serviceAreas.bringToFront();
    if (this.gaps) this.gaps.bringToFront();
    if (this.highlighted) this.highlighted.bringToFront();
    this.manager.facilitiesToFront();
  }

  /** Draws the bands (largest first, so the inner ones paint over) and the gaps on top. */
  draw(areas, gaps) {
    this.clear();
    const minutes = areas.features.map((f) => f.properties.minutes).sort((a, b) => a - b);
    const ordered = [...areas.features].sort((a, b) => b.properties.minutes - a.properties.minutes);
    this.serviceAreas = L.geoJSON({ type: 'FeatureCollection', features: ordered }, {
      renderer: this.renderer,
      interactive: false,
      style: (f) => {
        const c = bandColour(minutes.indexOf(f.properties.minutes));
        return { color: c, weight: 0.8, opacity: 0.9, fillColor: c, fillOpacity: 0.28 };
      },
    }).addTo(this.map);
    this.gaps = L.geoJSON(gaps, {
      renderer: this.renderer,
      interactive: false,
      style: () => ({ ...GAP_STYLE, fillColor: hatchPattern() }),
      onEachFeature: (f, layer) => {
        this.gapByRank.set(f.properties.rank, layer);
        if (f.properties.rank <= LABELLED_GAPS) {
          layer.bindTooltip(String(f.properties.rank), { permanent: true, direction: 'center', className: 'gap-rank-label' });
        }
      },
    }).addTo(this.map);
    this.manager.setAnalysisMuted(true);
    this.manager.facilitiesToFront();
    return minutes;
  }

  /** Zooms to gap `rank` and outlines it; the previous highlight returns to normal. */
  focusGap(rank) {
    const layer = this.gapByRank.get(rank);
    if (!layer) return;
    if (this.highlighted) this.highlighted.setStyle({ ...GAP_STYLE, fillColor: hatchPattern() });
    layer.setStyle({ ...GAP_HIGHLIGHT, fillColor: hatchPattern() });
    layer.bringToFront();
    this.highlighted = layer;
    this.highlightedRank = rank;
    this.map.fitBounds(layer.getBounds(), { maxZoom: 14, padding: [40, 40] });
  }
}
