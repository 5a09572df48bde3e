// WGS84 → GCJ-02, the published forward formula (as io.ChinaOffsets on the server). Chinese online
// tiles (Gaode, Tencent) are drawn in GCJ-02: a WGS84 point p appears on them at gcj(p), some 500 m
// from where our WGS84 layers draw p, so such tiles are shifted by that offset (basemap.js).
const A = 6378245.0;
const EE = 0.00669342162296594323;

function transform(x, y) {
  let lat = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  lat += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  lat += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  lat += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  let lon = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  lon += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  lon += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  lon += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return [lat, lon];
}

/** [lat, lon] in GCJ-02 of a WGS84 point (inside China; the formula is meaningless elsewhere). */
export function wgsToGcj(lat, lon) {
  const [dLat0, dLon0] = transform(lon - 105, lat - 35);
  const r = (lat / 180) * Math.PI;
  const m = 1 - EE * Math.sin(r) ** 2;
  const s = Math.sqrt(m);
  const dLat = (dLat0 * 180) / (((A * (1 - EE)) / (m * s)) * Math.PI);
  const dLon = (dLon0 * 180) / ((A / s) * Math.cos(r) * Math.PI);
  return [lat + dLat, lon + dLon];
}
