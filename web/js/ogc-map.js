// The small map of the OGC service's HTML pages: draws the page's own GeoJSON (CRS84, embedded in
// #ogc-data) with Leaflet from the webjar; no basemap tiles, so it works offline.
(function () {
  const data = document.getElementById('ogc-data');
  const div = document.getElementById('ogc-map');
  if (!data || !div || !window.L) return;
  const map = L.map(div, { preferCanvas: true });
  const layer = L.geoJSON(JSON.parse(data.textContent), {
    style: { color: '#c0392b', weight: 2, fillOpacity: 0.2 },
    pointToLayer: (f, latlng) => L.circleMarker(latlng, { radius: 5, color: '#c0392b', fillOpacity: 0.7 }),
    onEachFeature: (f, l) => l.bindTooltip(String(f.id)),
  }).addTo(map);
  const bounds = layer.getBounds();
  if (bounds.isValid()) map.fitBounds(bounds, { padding: [10, 10], maxZoom: 16 });
  else map.setView([30.35, 114.0], 10);
})();
