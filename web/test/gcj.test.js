// The GCJ-02 shift of Chinese tiles (web/js/gcj.js) against the published formula's value,
// recomputed by hand with /work/shared/acceptance/lib/gcj.py-style code: wgs_to_gcj(114.16, 30.50).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wgsToGcj } from '../js/gcj.js';

test('a point in the zone moves about 540 m east and 265 m south', () => {
  const [lat, lon] = wgsToGcj(30.5, 114.16);
  assert.ok(Math.abs(lon - 114.16560650) < 1e-8, `lon ${lon}`);
  assert.ok(Math.abs(lat - 30.49762064) < 1e-8, `lat ${lat}`);
  const eastM = (lon - 114.16) * 111320 * Math.cos((30.5 * Math.PI) / 180);
  const northM = (lat - 30.5) * 110574;
  assert.ok(eastM > 530 && eastM < 550, `east ${eastM}`);
  assert.ok(northM < -255 && northM > -275, `north ${northM}`);
});
