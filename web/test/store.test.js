// Unit tests of the view store (web/js/store.js), run by `node --test web/test/` from Maven.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createStore, VIEW_DEFAULTS } from '../js/store.js';

test('set merges, reports the changed keys and tells subscribers who changed what', () => {
  const s = createStore({ tab: 'layers', year: '2020' });
  const seen = [];
  s.subscribe((state, changed, meta) => seen.push([changed, meta.source, state.year]));
  assert.deepEqual(s.set({ year: '2025', tab: 'layers' }, { source: 'user' }), ['year']);
  assert.deepEqual(seen, [[['year'], 'user', '2025']]);
  assert.deepEqual(s.get(), { tab: 'layers', year: '2025' });
});

test('an unchanged value (lists compared by content) notifies nobody', () => {
  const s = createStore({ layers: ['zone', 'roads'] });
  let calls = 0;
  s.subscribe(() => calls++);
  assert.deepEqual(s.set({ layers: ['zone', 'roads'] }), []);
  assert.equal(calls, 0);
  s.set({ layers: ['zone'] });
  assert.equal(calls, 1);
});

test('null removes a key; the state is frozen so nobody changes it behind the store', () => {
  const s = createStore({ scenario: '3' });
  assert.deepEqual(s.set({ scenario: null }), ['scenario']);
  assert.equal('scenario' in s.get(), false);
  assert.throws(() => {
    'use strict';
    s.get().tab = 'x';
  }, TypeError);
});

test('a keyed subscriber hears only its keys, and unsubscribes', () => {
  const s = createStore(VIEW_DEFAULTS);
  const heard = [];
  const off = s.subscribe((state, changed) => heard.push(changed.join()), ['facilities']);
  s.set({ center: [30.4, 114.1] });
  s.set({ facilities: 'plan', zoom: 11 });
  off();
  s.set({ facilities: 'existing' });
  assert.deepEqual(heard, ['facilities,zoom']);
});
