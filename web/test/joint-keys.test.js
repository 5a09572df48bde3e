import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jointBody, jointSiteKey, parseCosts, parseJointSite, parsePhases, settingsKeys } from '../js/joint-keys.js';

test('a joint site round-trips through its key, with or without its phase year', () => {
  const s = { type: 'community_health_center', lon: 114.1263927498, lat: 30.4767440111, phase: 2025 };
  assert.equal(jointSiteKey(s), 'community_health_center:114.126393:30.476744:2025');
  assert.deepEqual(parseJointSite(jointSiteKey(s)), { type: 'community_health_center', lon: 114.126393, lat: 30.476744, phase: 2025 });
  assert.deepEqual(parseJointSite('park:114.1:30.4'), { type: 'park', lon: 114.1, lat: 30.4 });
  for (const bad of ['park:114.1', 'Park!:1:2', 'park:x:30', 'park:1:2:20.5', '']) assert.equal(parseJointSite(bad), null, bad);
});

test('phases and costs are read back from the list keys, malformed items dropped', () => {
  assert.deepEqual(parsePhases(['2020:3', '2025:1.5', 'x:2', '2025']), [{ year: 2020, budget: 3 }, { year: 2025, budget: 1.5 }]);
  assert.deepEqual(parseCosts(['park:2', 'culture:0.5', 'bad']), { park: 2, culture: 0.5 });
});

test('settings become keys (no budget with phases, costs of 1 left out) and a request body', () => {
  const s = { standard: 'life15', budget: 4, costs: { park: 2, culture: 1 }, maxPerType: 0, time: 10, phases: null, types: [] };
  assert.deepEqual(settingsKeys(s), { 'joint.standard': 'life15', 'joint.budget': 4, 'joint.costs': ['park:2'], 'joint.types': null,
    'joint.maxPerType': null, 'joint.time': 10, 'joint.phases': null });
  assert.deepEqual(jointBody(s, '2020', 'existing'), { standard: 'life15', year: 2020, facilities: 'existing', method: 'exact',
    timeLimitSeconds: 10, budget: 4, costs: { park: 2, culture: 1 } });
  const p = { ...s, phases: [{ year: 2020, budget: 2 }, { year: 2025, budget: 1 }], maxPerType: 2 };
  assert.equal(settingsKeys(p)['joint.budget'], null);
  assert.deepEqual(settingsKeys(p)['joint.phases'], ['2020:2', '2025:1']);
  const b = jointBody(p, 2020, 'plan');
  assert.deepEqual(b.phases, [{ year: 2020, budget: 2 }, { year: 2025, budget: 1 }]);
  assert.equal(b.budget, undefined);
  assert.equal(b.maxPerType, 2);
  // some types only: named in the keys and the body
  const only = { ...s, types: ['park', 'culture'] };
  assert.deepEqual(settingsKeys(only)['joint.types'], ['park', 'culture']);
  assert.deepEqual(jointBody(only, 2020, 'existing').types, ['park', 'culture']);
});
