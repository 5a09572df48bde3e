// UI strings in Chinese and English, and the current language.
const STRINGS = {
  'search.placeholder': ['搜索地名、园区、设施…', 'Search places, parks, facilities…'],
  'search.none': ['无结果', 'No results'],
  'search.error': ['搜索失败', 'Search failed'],
  'tab.layers': ['图层', 'Layers'],
  'tab.coverage': ['覆盖分析', 'Coverage'],
  'tab.siting': ['选址', 'Siting'],
  'panel.comingSoon': ['即将推出', 'Coming soon'],
  'group.layout': ['空间布局', 'Layout'],
  'group.parks': ['产业园区', 'Industrial parks'],
  'group.transport': ['交通', 'Transport'],
  'group.facilities': ['公共设施', 'Facilities'],
  'group.population': ['人口（模型推算）', 'Population (modelled)'],
  'group.water': ['水系', 'Water'],
  'group.roads': ['道路', 'Roads'],
  'group.boundaries': ['边界', 'Boundaries'],
  'toggle.core': ['一核：经开新区·军山新城', 'Core: Junshan new town'],
  'toggle.cluster': ['两片：沌口城、纱帽城', 'Two clusters: Zhuankou, Shamao'],
  'toggle.axis': ['一轴：车谷大道发展轴', 'Axis: Chegu Avenue'],
  'toggle.belt': ['两带：长江、东风大道', 'Two belts: Yangtze, Dongfeng Ave'],
  'toggle.existing': ['现状', 'Existing'],
  'toggle.planned': ['规划 / 在建', 'Planned / under construction'],
  'basemap': ['底图', 'Basemap'],
  'basemap.offline': ['离线底图（本地图层）', 'Offline (own layers)'],
  'basemap.osm': ['OpenStreetMap（需联网）', 'OpenStreetMap (online)'],
  'legend': ['图例', 'Legend'],
  'legend.population': ['2020年人口（模型推算，非普查）', 'Population 2020 — modelled, not surveyed'],
  'legend.population2025': ['2025年人口（模型推算，非普查）', 'Population 2025 — modelled, not surveyed'],
  'legend.perCell': ['人/250米格网', 'residents per 250 m cell'],
  'legend.metro': ['地铁线路', 'Metro lines'],
  'legend.dashed': ['虚线 = 规划/在建', 'dashed = planned / under construction'],
  'legend.beltRiver': ['长江左岸产城融合发展带', 'Yangtze left-bank belt'],
  'legend.beltDongfeng': ['东风大道先进制造发展带', 'Dongfeng Avenue manufacturing belt'],
  'legend.line': ['地铁', 'Line'],
  'legend.roads': ['道路等级', 'Road classes'],
  'year': ['年份', 'Year'],
  'popup.type': ['类型', 'Type'],
  'popup.status': ['状态', 'Status'],
  'popup.planRef': ['规划条款', 'Plan clause'],
  'popup.source': ['来源', 'Source'],
  'popup.accuracy': ['精度', 'Accuracy'],
  'popup.layer': ['图层', 'Layer'],
  'popup.residents': ['常住人口', 'Residents'],
  'popup.capacity': ['规模', 'Capacity'],
  'popup.subdistrict': ['街道', 'Sub-district'],
  'popup.modelled': ['模型推算数据，非普查', 'Modelled data, not a census count'],
  'popup.speed': ['设计速度', 'Speed'],
  'popup.oneway': ['单行', 'One-way'],
  'status.existing': ['现状', 'existing'],
  'status.planned': ['规划', 'planned'],
  'status.under_construction': ['在建', 'under construction'],
  'element.core': ['一核', 'core'],
  'element.cluster': ['片区', 'cluster'],
  'element.axis': ['发展轴', 'axis'],
  'element.axis_corridor': ['发展轴廊道', 'axis corridor'],
  'element.belt': ['发展带', 'belt'],
  'kind.metro_line': ['地铁线路', 'metro line'],
  'kind.metro_station': ['地铁站', 'metro station'],
  'kind.tram_line': ['有轨电车', 'tram line'],
  'kind.railway': ['铁路', 'railway'],
  'kind.expressway': ['高速公路', 'expressway'],
  'kind.trunk_road': ['干线道路', 'trunk road'],
  'kind.bridge': ['桥梁', 'bridge'],
  'kind.port': ['港口', 'port'],
  'kind.airport': ['机场', 'airport'],
  'kind.river': ['河流', 'river'],
  'kind.lake': ['湖泊', 'lake'],
  'class.expressway': ['高速公路', 'expressway'],
  'class.trunk': ['快速路/干线', 'trunk'],
  'class.primary': ['主干路', 'primary'],
  'class.secondary': ['次干路', 'secondary'],
  'class.local': ['支路', 'local'],
  'class.rural': ['乡村道路', 'rural'],
  'parkgroup.mature': ['成熟园区', 'mature park'],
  'parkgroup.emerging': ['新兴园区', 'emerging park'],
  'parkgroup.port': ['港口园区', 'port park'],
  'parkgroup.bonded': ['保税园区', 'bonded park'],
  'parkgroup.agriculture': ['农业园区', 'agricultural park'],
  'facility.hospital': ['医院', 'Hospital'],
  'facility.community_health_center': ['社区卫生服务中心', 'Community health centre'],
  'facility.community_health_station': ['社区卫生服务站', 'Community health station'],
  'facility.emergency_center': ['120急救指挥调度中心', '120 emergency dispatch centre'],
  'facility.emergency_subcenter': ['急救分中心', 'Emergency sub-centre'],
  'facility.emergency_station': ['医疗急救站点', 'Emergency station'],
  'facility.kindergarten': ['幼儿园', 'Kindergarten'],
  'facility.primary_school': ['小学', 'Primary school'],
  'facility.middle_school': ['初中', 'Middle school'],
  'facility.high_school': ['高中', 'High school'],
  'facility.park': ['公园', 'Park'],
  'facility.culture': ['文化设施', 'Culture'],
  'facility.sports': ['体育设施', 'Sports'],
  'unit.beds': ['床', 'beds'],
  'unit.places': ['学位', 'places'],
  'mode.walk': ['步行', 'walk'],
  'mode.drive': ['车行', 'drive'],
  'mode.ambulance': ['救护车', 'ambulance'],
  'std.delay': ['出车准备', 'dispatch'],
  'std.radius': ['等效直线半径', 'straight-line radius'],
  'std.everyType': ['须同时可达', 'all of'],
  'std.anyType': ['任一设施可达', 'any of'],
  'std.sources': ['数值依据', 'Sources of the numbers'],
  'method.network': ['路网（实际路径）', 'Network (roads)'],
  'method.euclidean': ['直线距离（圆圈）', 'Straight-line circle'],
  'cov.standard': ['服务圈标准', 'Service standard'],
  'cov.method': ['计算方法', 'Method'],
  'cov.run': ['计算覆盖', 'Compute coverage'],
  'cov.clear': ['清除', 'Clear'],
  'cov.computing': ['计算中…', 'Computing…'],
  'cov.clickHint': ['提示：本面板打开时，点击地图任意位置可查询该点是否被覆盖。', 'Tip: while this panel is open, click anywhere on the map to ask “is this spot covered?”.'],
  'cov.covered': ['常住人口被覆盖', 'of residents covered'],
  'cov.people': ['人', 'residents'],
  'cov.modelled': ['人口为模型推算（按2020年普查总数校准的格网），非普查统计。', 'Population is modelled (250 m grid calibrated to the 2020 census total), not surveyed.'],
  'cov.overstates': ['直线圆圈高估覆盖', 'The straight-line circle overstates coverage by'],
  'cov.understates': ['直线圆圈低估覆盖', 'The straight-line circle understates coverage by'],
  'cov.gap': ['覆盖盲区', 'Gap (not covered)'],
  'cov.missingByType': ['缺少各类设施的人口', 'Residents missing each type'],
  'cov.byArea': ['分街道覆盖', 'By sub-district'],
  'cov.total': ['人口', 'Residents'],
  'cov.coveredShort': ['覆盖', 'Covered'],
  'cov.share': ['覆盖率', 'Share'],
  'cov.gaps': ['盲区排名（按人口）', 'Gaps ranked by residents'],
  'pt.covered': ['已覆盖', 'Covered'],
  'pt.notCovered': ['未覆盖', 'Not covered'],
  'pt.nearest': ['最近设施', 'Nearest facility'],
  'pt.none': ['无', 'none'],
  'pt.minutes': ['用时', 'Time'],
  'pt.unreachable': ['不可达', 'unreachable'],
  'pt.distance': ['距离', 'Distance'],
  'pt.missing': ['缺少类型', 'Missing types'],
  'site.standard': ['选址对象', 'Facility / circle'],
  'site.life15Note': ['15分钟生活圈需多类设施同时可达，不能用单一设施选址；请按单类服务圈选址。', 'The 15-minute life circle needs several facility types at once and cannot be sited with one type; site per single-type circle.'],
  'site.objective': ['目标', 'Objective'],
  'site.mclp': ['最大覆盖（新增k处）', 'Max coverage (k new sites)'],
  'site.lscp': ['最少设施达到目标覆盖率', 'Fewest sites reaching a target share'],
  'site.k': ['新增数量 k', 'New sites k'],
  'site.target': ['目标覆盖率 %', 'Target share %'],
  'site.method': ['求解', 'Solver'],
  'site.exact': ['精确（CP-SAT）', 'Exact (CP-SAT)'],
  'site.greedy': ['贪心（基线）', 'Greedy (baseline)'],
  'site.timeLimit': ['时限（秒）', 'Time limit (s)'],
  'site.run': ['求解选址', 'Propose sites'],
  'site.cancel': ['取消', 'Cancel'],
  'site.solving': ['求解中…', 'Solving…'],
  'site.cancelled': ['已取消。服务器端会在时限内自行停止。', 'Cancelled. The server stops by itself at its time limit.'],
  'site.status': ['状态', 'Status'],
  'site.objectiveValue': ['目标值', 'Objective'],
  'site.bound': ['上界', 'Bound'],
  'site.gap': ['最优间隙', 'Optimality gap'],
  'site.solveTime': ['求解时间', 'Solve time'],
  'site.share': ['覆盖率', 'Share'],
  'site.newly': ['新增覆盖', 'Newly covered'],
  'site.candidates': ['候选点', 'Candidates considered'],
  'site.sites': ['建议选址', 'Proposed sites'],
  'site.gain': ['新增覆盖人口', 'newly covered'],
  'site.dragHint': ['可拖动标记调整位置；保存为方案后，拖动会重新计算方案覆盖。', 'Drag a marker to adjust it; once saved as a scenario, dragging recomputes its coverage.'],
  'site.modelled': ['人口为模型推算，非普查。', 'Population is modelled, not surveyed.'],
  'account.title': ['账户', 'Account'],
  'account.user': ['用户名', 'User name'],
  'account.password': ['密码', 'Password'],
  'account.login': ['登录', 'Log in'],
  'account.logout': ['退出', 'Log out'],
  'account.as': ['已登录：', 'Logged in as'],
  'account.hint': ['保存方案需编辑账户（本地默认 editor / editor-chegu）。', 'Saving scenarios needs an editor (local default editor / editor-chegu).'],
  'account.wrong': ['用户名或密码错误', 'Wrong user name or password'],
  'account.need': ['请先以编辑身份登录', 'Log in as an editor first'],
  'account.forbidden': ['当前账户无编辑权限', 'This account may not edit'],
  'scn.title': ['方案', 'Scenarios'],
  'scn.name': ['方案名称', 'Scenario name'],
  'scn.save': ['保存为方案', 'Save as scenario'],
  'scn.saved': ['已保存方案', 'Saved scenario'],
  'scn.list': ['已保存的方案', 'Saved scenarios'],
  'scn.none': ['暂无方案', 'No scenarios yet'],
  'scn.load': ['加载', 'Load'],
  'scn.delete': ['删除', 'Delete'],
  'scn.compare': ['方案与现状对比', 'Scenario vs baseline'],
  'scn.baseline': ['现状', 'Baseline'],
  'scn.scenario': ['方案', 'Scenario'],
  'scn.change': ['变化', 'Change'],
  'scn.total': ['合计', 'Total'],
  'scn.recomputing': ['重新计算方案覆盖…', 'Recomputing the scenario’s coverage…'],
  'scn.active': ['当前方案', 'Current scenario'],
  'scn.facilities': ['新增设施', 'added facilities'],
  'loading': ['加载中…', 'Loading…'],
  'loadError': ['加载失败：', 'Failed to load: '],
  'yes': ['是', 'yes'],
  // --- Import panel and downloads (issue 8) ---
  'tab.import': ['导入', 'Import'],
  'import.title': ['导入规划数据', 'Import planning data'],
  'import.editorsOnly': ['请以编辑身份登录后导入。', 'Log in as an editor to import.'],
  'import.file': ['文件', 'File'],
  'import.layer': ['图层', 'Layer'],
  'import.mode': ['方式', 'Mode'],
  'import.encoding': ['编码 (无 .cpg 时)', 'Encoding (no .cpg)'],
  'import.mapping': ['字段映射 (JSON)', 'Column map (JSON)'],
  'import.check': ['检查 (试导入)', 'Check (dry run)'],
  'import.commit': ['导入', 'Import'],
  'import.working': ['处理中…', 'Working…'],
  'import.imported': ['要素', 'Features'],
  'import.version': ['版本', 'version'],
  'import.versions': ['版本', 'Versions'],
  'import.restore': ['恢复', 'Restore'],
  'import.restored': ['已恢复', 'Restored'],
  'import.downloads': ['下载', 'Downloads'],
  'import.gpkg': ['下载 GeoPackage', 'Download GeoPackage'],
  'import.xlsx': ['下载 Excel', 'Download Excel'],
  'import.gapsGpkg': ['覆盖缺口 GeoPackage', 'Coverage gaps GeoPackage'],
  'import.byAreaXlsx': ['分街道覆盖 Excel', 'Coverage by sub-district Excel'],
};

let lang = localStorage.getItem('chegu.lang') === 'en' ? 'en' : 'zh';
const listeners = [];

export function currentLang() {
  return lang;
}

export function setLang(next) {
  if (next !== 'zh' && next !== 'en') return;
  lang = next;
  localStorage.setItem('chegu.lang', next);
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
  document.body.classList.toggle('lang-en', next === 'en');
  applyStatic();
  listeners.forEach((fn) => fn(lang));
}

export function onLangChange(fn) {
  listeners.push(fn);
}

/** The string for key in the current language; the key itself when unknown. */
export function t(key) {
  const entry = STRINGS[key];
  if (!entry) return key;
  return entry[lang === 'zh' ? 0 : 1];
}

/** A translated label, or fallback when the dictionary has no entry. */
export function tOr(key, fallback) {
  return STRINGS[key] ? t(key) : fallback;
}

/** The feature's (or layer's) name in the current language, falling back to the other. */
export function nameOf(zh, en) {
  return lang === 'zh' ? zh || en || '' : en || zh || '';
}

/** Relabels every element marked data-i18n / data-i18n-placeholder. */
export function applyStatic(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((el) => {
    el.textContent = t(el.dataset.i18n);
  });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => {
    el.placeholder = t(el.dataset.i18nPlaceholder);
  });
  document.querySelectorAll('#lang-switch button').forEach((b) => {
    b.classList.toggle('active', b.dataset.lang === lang);
  });
}
