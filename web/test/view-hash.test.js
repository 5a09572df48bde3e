// The URL hash round trip (web/js/view-hash.js): every key of the view survives format → parse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatHash, parseHash, pushesHistory, registerField } from '../js/view-hash.js';

registerField('siting.k', { type: 'number' });
registerField('compare.scenarioB');

const FULL = {
  area: 'chegu',
  tab: 'coverage',
  standard: 'health15',
  method: 'network',
  year: '2025',
  facilities: 'plan',
  scenario: '7',
  layers: ['zone', 'subdistricts', 'facilities:kindergarten'],
  basemap: 'tianditu-vec',
  center: [30.38, 114.1],
  zoom: 11.5,
  'siting.k': 3,
  'compare.scenarioB': '12',
};

test('a whole view round-trips through the hash', () => {
  const hash = formatHash(FULL);
  assert.equal(hash, '#area=chegu&tab=coverage&standard=health15&method=network&year=2025&facilities=plan'
    + '&scenario=7&layers=zone,subdistricts,facilities:kindergarten&basemap=tianditu-vec'
    + '&center=30.38000,114.10000&zoom=11.5&siting.k=3&compare.scenarioB=12');
  assert.deepEqual(parseHash(hash), FULL);
});

test('the acceptance link is read as written, with unknown keys ignored', () => {
  assert.deepEqual(parseHash('#tab=coverage&standard=health15&method=network&year=2025&facilities=plan&bogus=1'),
    { tab: 'coverage', standard: 'health15', method: 'network', year: '2025', facilities: 'plan' });
});

test('bad numbers and coordinates are dropped, not passed on as NaN', () => {
  assert.deepEqual(parseHash('#zoom=abc&center=91,114&siting.k='), {});
  assert.deepEqual(parseHash('#center=30.5,114.2&zoom=12.345'), { center: [30.5, 114.2], zoom: 12.345 });
  assert.equal(formatHash({ zoom: 12.345 }), '#zoom=12.35');
});

test('unset keys are left out and an empty layer list stays an empty list', () => {
  assert.equal(formatHash({ tab: 'layers', scenario: null, standard: '' }), '#tab=layers');
  assert.deepEqual(parseHash('#layers='), { layers: [] });
});

test('map moves replace the history entry; anything else pushes one', () => {
  assert.equal(pushesHistory(['center', 'zoom']), false);
  assert.equal(pushesHistory(['zoom', 'facilities']), true);
  assert.equal(pushesHistory(['siting.k']), true);
});

test('a key outside the naming rule is refused', () => {
  assert.throws(() => registerField('Bad Key'), /bad view key/);
});
