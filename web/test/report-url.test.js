import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportKind, reportQuery } from '../js/report-url.js';

const params = (s, f = 'pdf') => Object.fromEntries(new URLSearchParams(reportQuery(s, f)));

test('a coverage view reports its standard, method, year and set, never a scenario it does not show', () => {
  const s = { tab: 'coverage', standard: 'life15', method: 'euclidean', year: '2025', facilities: 'plan', scenario: '7' };
  assert.equal(reportKind(s), 'coverage');
  assert.deepEqual(params(s), { view: 'coverage', standard: 'life15', method: 'euclidean', year: '2025', facilities: 'plan', format: 'pdf' });
});

test('the siting tab reports its sites, or the scenario it shows when one is loaded', () => {
  const s = { tab: 'siting', 'siting.standard': 'health15', 'siting.sites': ['114.1:30.4', '114.2:30.5'], year: '2020', facilities: 'existing' };
  assert.deepEqual(params(s), { view: 'siting', standard: 'health15', method: 'network', sites: '114.1:30.4,114.2:30.5', year: '2020', facilities: 'existing', format: 'pdf' });
  assert.equal(params({ ...s, scenario: '3' }).view, 'scenario');
  assert.equal(params({ ...s, scenario: '3' }).scenario, '3');
  assert.equal(params({ ...s, scenario: '3' }).sites, undefined);
  // no sites and no scenario: the siting tab shows the coverage it started from
  assert.equal(reportKind({ tab: 'siting' }), 'coverage');
});

test('access and compare report their own keys', () => {
  assert.deepEqual(params({ tab: 'access', 'access.type': 'kindergarten', year: '2025', facilities: 'plan' }, 'xlsx'),
    { view: 'access', type: 'kindergarten', year: '2025', facilities: 'plan', format: 'xlsx' });
  const c = params({ tab: 'compare', 'compare.standard': 'life15', 'compare.yearA': '2020', 'compare.facilitiesA': 'existing',
    'compare.yearB': '2020', 'compare.facilitiesB': 'plan', 'compare.scenarioB': '4', year: '2025' });
  assert.deepEqual(c, { view: 'compare', standard: 'life15', method: 'network', year: '2020', facilities: 'existing',
    yearB: '2020', facilitiesB: 'plan', scenarioB: '4', format: 'pdf' });
});

test('the Parks tab reports its table for the shared year and set, nothing else', () => {
  const s = { tab: 'parks', year: '2025', facilities: 'plan', standard: 'life15', 'parks.park': 'park-3', scenario: '2' };
  assert.equal(reportKind(s), 'parks');
  assert.deepEqual(params(s, 'xlsx'), { view: 'parks', year: '2025', facilities: 'plan', format: 'xlsx' });
  assert.deepEqual(params({ tab: 'parks' }), { view: 'parks', year: '2020', facilities: 'existing', format: 'pdf' });
});

test('a joint siting view reports its sites by type and phase with its phases and costs', () => {
  const s = { tab: 'siting', 'siting.mode': 'joint', 'joint.standard': 'life15', 'joint.sites': ['park:114.1:30.4:2020', 'culture:114.2:30.5:2025'],
    'joint.phases': ['2020:2', '2025:1'], 'joint.costs': ['park:2'], 'joint.budget': 9, 'siting.sites': ['1:2'], year: '2020', facilities: 'plan' };
  assert.deepEqual(params(s), { view: 'siting', standard: 'life15', method: 'network', jointSites: 'park:114.1:30.4:2020,culture:114.2:30.5:2025',
    phases: '2020:2,2025:1', costs: 'park:2', year: '2020', facilities: 'plan', format: 'pdf' });
  assert.equal(params({ ...s, 'joint.phases': undefined }).budget, '9');
  // joint mode without an answer yet: the coverage the tab started from
  assert.equal(reportKind({ tab: 'siting', 'siting.mode': 'joint' }), 'coverage');
});
