// Which report the view on screen is, and its GET /api/report query: the report asks the server the
// same question the open panel asked, from the same store keys, so screen, link and report agree.
// The area is added by api.js withArea, as for every other call. No DOM: unit-tested with `node --test` (web/test/report-url.test.js).

/** coverage | scenario | siting | access | compare | parks: what the open tab shows. */
export function reportKind(s) {
  if (s.tab === 'siting') {
    if (s['siting.mode'] === 'joint') return Array.isArray(s['joint.sites']) && s['joint.sites'].length ? 'siting' : 'coverage';
    if (s.scenario) return 'scenario';
    if (Array.isArray(s['siting.sites']) && s['siting.sites'].length) return 'siting';
  }
  if (s.tab === 'access') return 'access';
  if (s.tab === 'compare') return 'compare';
  if (s.tab === 'parks') return 'parks';
  return 'coverage';
}

/** The query string of GET /api/report for the view s (a store state) in format pdf|xlsx. */
export function reportQuery(s, format) {
  const kind = reportKind(s);
  const year = s.year || '2020';
  const facilities = s.facilities || 'existing';
  const q = new URLSearchParams({ view: kind });
  const put = (k, v) => { if (v !== undefined && v !== null && v !== '') q.set(k, String(v)); };
  if (kind === 'coverage') {
    put('standard', s.standard || 'health15');
    put('method', s.method || 'network');
  } else if (kind === 'siting' && s['siting.mode'] === 'joint') {
    // a joint answer: its sites by type and phase, recounted with its budget/phases and costs
    put('standard', s['joint.standard'] || 'life15');
    put('method', 'network');
    put('jointSites', s['joint.sites'].join(','));
    if (Array.isArray(s['joint.phases']) && s['joint.phases'].length) put('phases', s['joint.phases'].join(','));
    else put('budget', s['joint.budget']);
    if (Array.isArray(s['joint.costs']) && s['joint.costs'].length) put('costs', s['joint.costs'].join(','));
  } else if (kind === 'siting' || kind === 'scenario') {
    put('standard', s['siting.standard'] || 'health15');
    put('method', 'network');
    if (kind === 'siting') put('sites', s['siting.sites'].join(','));
    else put('scenario', s.scenario);
  } else if (kind === 'access') {
    put('type', s['access.type'] || 'hospital');
  } else if (kind === 'parks') {
    // the Parks tab's table: year and set only (the shared keys, put below)
  } else {
    put('standard', s['compare.standard'] || 'health15');
    put('method', s['compare.method'] || 'network');
  }
  if (kind === 'compare') {
    put('year', s['compare.yearA'] || '2020');
    put('facilities', s['compare.facilitiesA'] || 'existing');
    put('scenario', s['compare.scenarioA']);
    put('yearB', s['compare.yearB'] || '2025');
    put('facilitiesB', s['compare.facilitiesB'] || 'existing');
    put('scenarioB', s['compare.scenarioB']);
  } else {
    put('year', year);
    put('facilities', facilities);
  }
  q.set('format', format);
  return q.toString();
}
