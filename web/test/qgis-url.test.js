// "Open in QGIS" asks for the project of the view the store holds, at the map's bounds.
import { test } from 'node:test';
import assert from 'node:assert/strict';

globalThis.localStorage = { getItem: () => null, setItem: () => {} };
const { qgisProjectUrl } = await import('../js/map-tools.js');

const bounds = { getWest: () => 114.1, getSouth: () => 30.4, getEast: () => 114.2, getNorth: () => 30.5 };

test('the view store and the bounds become the project request', () => {
  const url = qgisProjectUrl({ area: 'chegu', tab: 'coverage', standard: 'health15', method: 'network', year: 2020,
    facilities: 'existing', layers: ['zone', 'facilities-kindergarten'] }, bounds, 'en');
  const [path, query] = url.split('?');
  assert.equal(path, '/api/qgis-project');
  const q = new URLSearchParams(query);
  assert.equal(q.get('bbox'), '114.100000,30.400000,114.200000,30.500000');
  assert.equal(q.get('standard'), 'health15');
  assert.equal(q.get('year'), '2020');
  assert.equal(q.get('lang'), 'en');
  assert.equal(q.get('area'), 'chegu');
  assert.equal(q.get('layers'), 'zone,facilities-kindergarten');
  assert.equal(q.has('tab'), false);
});

test('no scenario or layers in the view: none in the request; any other language is Chinese', () => {
  const q = new URLSearchParams(qgisProjectUrl({ standard: 'park10' }, bounds, 'fr').split('?')[1]);
  assert.equal(q.has('scenario'), false);
  assert.equal(q.has('layers'), false);
  assert.equal(q.get('lang'), 'zh');
});

test('the GeoPackage button asks for the same view as format=gpkg', () => {
  const v = { standard: 'health15', method: 'network', year: 2020, facilities: 'existing' };
  const project = new URLSearchParams(qgisProjectUrl(v, bounds, 'zh').split('?')[1]);
  const gpkg = new URLSearchParams(qgisProjectUrl(v, bounds, 'zh', 'gpkg').split('?')[1]);
  assert.equal(project.has('format'), false);
  assert.equal(gpkg.get('format'), 'gpkg');
  gpkg.delete('format');
  assert.equal(gpkg.toString(), project.toString());
});
