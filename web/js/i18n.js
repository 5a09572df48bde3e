// UI strings in Chinese and English, and the current language.
const STRINGS = {
  'search.placeholder': ['搜索地名、园区、设施…', 'Search places, parks, facilities…'],
  'search.none': ['无结果', 'No results'],
  'search.error': ['搜索失败', 'Search failed'],
  'tab.layers': ['图层', 'Layers'],
  'area.label': ['区域', 'Area'],
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
  'toggle.core': ['核心区', 'Core'],
  'toggle.cluster': ['片区', 'Clusters'],
  'toggle.axis': ['发展轴', 'Development axis'],
  'toggle.belt': ['发展带', 'Development belts'],
  'toggle.existing': ['现状', 'Existing'],
  'toggle.planned': ['规划 / 在建', 'Planned / under construction'],
  'basemap': ['底图', 'Basemap'],
  'basemap.offline': ['离线底图（本地图层）', 'Offline (own layers)'],
  'basemap.osm': ['OpenStreetMap（需联网）', 'OpenStreetMap (online)'],
  'basemap.crsUnsupported': ['{crs} 瓦片，本地图无法显示', '{crs} tiles: this map cannot draw them'],
  'basemap.failed': ['所选底图的瓦片无法加载（网络或密钥？）：专题图层照常显示。', 'The chosen basemap\'s tiles do not load (network or key?): the plan layers still show.'],
  'legend': ['图例', 'Legend'],
  'legend.population': ['2020年人口（模型推算，非普查）', 'Population 2020 — modelled, not surveyed'],
  'legend.population2025': ['2025年人口（模型推算，非普查）', 'Population 2025 — modelled, not surveyed'],
  'legend.perCell': ['人/250米格网', 'residents per 250 m cell'],
  'legend.metro': ['地铁线路', 'Metro lines'],
  'legend.dashed': ['虚线 = 规划/在建', 'dashed = planned / under construction'],
  'legend.beltRiver': ['发展带（滨水）', 'Belt (waterfront)'],
  'legend.beltDongfeng': ['发展带（沿路）', 'Belt (along a road)'],
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
  'unit.minutes': ['分钟', 'min'],
  'mode.walk': ['步行', 'walk'],
  'mode.drive': ['车行', 'drive'],
  'mode.ambulance': ['救护车', 'ambulance'],
  'std.delay': ['出车准备', 'dispatch'],
  'std.radius': ['等效直线半径', 'straight-line radius'],
  'std.everyType': ['须同时可达', 'all of'],
  'std.anyType': ['任一设施可达', 'any of'],
  'std.sources': ['数值依据', 'Sources of the numbers'],
  // the fields of a standard whose sources /api/standards quotes
  'src.time': ['时间', 'time'],
  'src.types': ['设施类型', 'types'],
  'src.mode': ['出行方式', 'mode'],
  'src.speedKmh': ['速度', 'speedKmh'],
  'src.euclideanRadiusMeters': ['直线服务半径', 'euclideanRadiusMeters'],
  'src.dispatchDelay': ['出车时间', 'dispatchDelay'],
  'src.roadSpeedFactor': ['道路车速系数', 'roadSpeedFactor'],
  'src.roadClasses': ['可用道路等级', 'roadClasses'],
  'src.oneway': ['单行规则', 'oneway'],
  'src.accessSpeedKmh': ['接入段速度', 'accessSpeedKmh'],
  'src.snapMaxMeters': ['最大接入距离', 'snapMaxMeters'],
  'src.accessRule': ['接入规则', 'accessRule'],
  'method.network': ['路网（实际路径）', 'Network (roads)'],
  'method.euclidean': ['直线距离（圆圈）', 'Straight-line circle'],
  'cov.standard': ['服务圈标准', 'Service standard'],
  'cov.method': ['计算方法', 'Method'],
  'cov.run': ['计算覆盖', 'Compute coverage'],
  'cov.clear': ['清除', 'Clear'],
  'cov.stale': ['参数已更改：下方及地图上的结果属于之前的参数，请重新计算。', 'Parameters changed: the result below and on the map is for the previous ones — run again.'],
  'cov.computing': ['计算中…', 'Computing…'],
  'cov.clickHint': ['提示：本面板打开时，点击地图任意位置可查询该点是否被覆盖。', 'Tip: while this panel is open, click anywhere on the map to ask “is this spot covered?”.'],
  'cov.covered': ['常住人口被覆盖', 'of residents covered'],
  'cov.people': ['人', 'residents'],
  'cov.modelled': ['人口为模型推算（250米格网；2020年按普查总数、2025年按规划目标100万校准），非普查统计。', 'Population is modelled (250 m grid; 2020 calibrated to the census total, 2025 to the plan target of 1,000,000), not surveyed.'],
  'cov.overstates': ['直线圆圈高估覆盖', 'The straight-line circle overstates coverage by'],
  'cov.understates': ['直线圆圈低估覆盖', 'The straight-line circle understates coverage by'],
  'cov.gap': ['覆盖盲区', 'Gap (not covered)'],
  'cov.missingByType': ['缺少各类设施的人口', 'Residents missing each type'],
  'cov.byArea': ['分街道覆盖', 'By sub-district'],
  'cov.total': ['人口', 'Residents'],
  'cov.coveredShort': ['覆盖', 'Covered'],
  'cov.share': ['覆盖率', 'Share'],
  'cov.gaps': ['盲区排名（按人口）', 'Gaps ranked by residents'],
  // facility sets, travel rules, gaps a planner can act on, modelled facilities
  'cov.facilitySet': ['设施与道路', 'Facilities & roads'],
  'set.existing': ['现状（已建成）', 'Existing (built)'],
  'set.committed': ['现状＋在建', 'Committed (+ under construction)'],
  'set.plan': ['规划（含规划新建）', 'Plan (+ planned)'],
  'cov.facilitiesUsed': ['计入设施', 'facilities counted'],
  'cov.ofWhichModelled': ['其中模型推算', 'of which modelled'],
  'cov.rules': ['本结果所用的出行规则', 'Travel rules behind this number'],
  'cov.nearest': ['最近设施', 'nearest'],
  'cov.cells': ['格', 'cells'],
  'cov.noneReachable': ['无可达设施', 'none reachable'],
  'cov.bestSite': ['盲区内最佳新址可覆盖', 'one new site inside covers'],
  'cov.remainder': ['其余未覆盖人口（零散）', 'Other uncovered residents (scattered)'],
  'cov.remainderWhy': ['盲区下限：人口 / 每格人口', 'gap thresholds: residents / per cell'],
  'popup.modelledFacility': ['模型推算（位置非实测）', 'Modelled (position not surveyed)'],
  'legend.facilitiesModelled': ['多数设施位置为模型推算（modelled），详见弹窗来源。', 'Most facility positions are modelled, not surveyed — see the popup source.'],
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
  'site.capacity': ['每处容量（床位/学位）', 'Capacity per site (beds/places)'],
  'site.capacityNone': ['不限', 'none'],
  'site.capServed': ['容量内服务', 'Served within capacity'],
  'site.capPerSite': ['每处', 'per site'],
  'site.capAccess': ['每千人可达容量（E2SFCA）', 'Capacity per 1,000 residents (E2SFCA)'],
  'site.capZone': ['全区', 'Zone'],
  'site.target': ['目标覆盖率 %', 'Target share %'],
  'site.method': ['求解', 'Solver'],
  'site.exact': ['精确（分支定界+MIP）', 'Exact (branch and bound + MIP)'],
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
  'site.solveTime': ['等待时间', 'Time waited'],
  'site.share': ['覆盖率', 'Share'],
  'site.newly': ['新增覆盖', 'Newly covered'],
  'site.candidates': ['候选点', 'Candidates considered'],
  'site.candidates.complete': ['全部道路顶点与有人口网格（区内、非水域）', 'complete: every road vertex and populated cell (in zone, not water)'],
  'site.candidates.given': ['给定候选点', 'given candidates'],
  'site.candidates.ready': ['已就绪', 'ready'],
  // perf2: a cold solve kept its time limit over the candidates ready
  'site.partialCandidates': ['时限内候选点覆盖尚未全部算完：本次只在已算好的候选点中求解，后台继续计算，再次求解将使用全部候选点。', 'The time limit came before every candidate\'s coverage was ready: this solve chose among those ready; the rest are being computed in the background and the next solve uses all of them.'],
  'site.sites': ['建议选址', 'Proposed sites'],
  'site.gain': ['新增覆盖人口', 'newly covered'],
  'site.dragHint': ['拖动、添加或移除选址点后，覆盖率、各点新增、服务范围与缺口即时重算；水域和范围外不能选址。', 'Drag, add or remove a site and the shares, per-site gains, service areas and gaps are recomputed at once; no site can go into water or outside the zone.'],
  'site.modelled': ['人口为模型推算，非普查。', 'Population is modelled, not surveyed.'],
  // live siting state (evaluate after every drag/add/remove)
  'site.year': ['人口年份', 'Population year'],
  'site.facilities': ['现状设施集', 'Facilities kept'],
  'site.set.existing': ['现状', 'Existing'],
  'site.set.committed': ['现状+在建', 'Existing + under construction'],
  'site.set.plan': ['规划（含拟建）', 'Plan (incl. planned)'],
  'site.addHint': ['在地图上点击新选址点的位置（或聚焦地图后按回车：地图中心）；再次点击按钮取消。', 'Click the map where the new site goes (or Enter on the focused map: its centre); press the button again to cancel.'],
  'site.refused.water': ['选址点 {n} 位于水域，不能建设设施：已移回原处。', 'Site {n} lies in water, where nothing can be built: it went back.'],
  'site.refused.rule': ['选址点 {n} 不符合用地规则：{why}。已移回原处。', 'Site {n} breaks a land rule: {why}. It went back.'],
  'site.refused.outside': ['选址点 {n} 位于规划区范围之外：已移回原处。', 'Site {n} lies outside the zone: it went back.'],
  'site.add': ['添加选址点', 'Add a site'],
  'site.remove': ['移除', 'Remove'],
  'site.before': ['现状', 'Before'],
  'site.after': ['新增后', 'After'],
  'site.edited': ['已手动调整', 'Edited'],
  'site.solvePhase': ['其中求解', 'of which solve'],
  'site.evalTime': ['重算用时', 'Recomputed in'],
  // joint / phased siting (issue 21 §2)
  'joint.mode': ['方式', 'Mode'],
  'joint.mode.single': ['单类设施', 'One type'],
  'joint.mode.joint': ['多类联合 / 分期', 'Several types / phases'],
  'joint.standard': ['服务圈（其全部设施类型一并选址）', 'Circle (all its facility types sited together)'],
  'joint.everyType': ['生活圈：居民须每类设施都可达才算覆盖，故各类一并求解（一个MIP），不能按类分开。', 'Life circle: a resident counts only with every type in reach, so the types are solved together (one MIP), not type by type.'],
  'joint.anyType': ['任一类型可达即算覆盖：各类按造价在同一预算内竞争。', 'Any one type in reach counts: the types compete for one budget by their cost.'],
  'joint.type': ['设施类型', 'Type'],
  'joint.cost': ['造价', 'Cost'],
  'joint.build': ['新建', 'Build'],
  'joint.noType': ['请至少勾选一类要新建的设施。', 'Tick at least one type to build.'],
  'joint.budget': ['预算', 'Budget'],
  'joint.maxPerType': ['每类最多（0=不限）', 'Most per type (0 = no limit)'],
  'joint.phased': ['分期建设（每期年份与预算）', 'In phases (year and budget each)'],
  'joint.phaseYear': ['年份', 'Year'],
  'joint.addPhase': ['+ 增加一期', '+ Add a phase'],
  'joint.run': ['联合选址', 'Site jointly'],
  'joint.site': ['新址', 'Site'],
  'joint.phase': ['分期', 'Phase'],
  'joint.gain': ['边际贡献', 'Gain'],
  'joint.gainRule': ['边际贡献：末期若去掉此址（其余不变）将失去覆盖的居民。', 'Gain: residents of the last phase who would lose coverage without this site (all others kept).'],
  'joint.noBound': ['— （时限内未证明上界）', '— (none proven in the time limit)'],
  'joint.separate': ['按类分别求解可得', 'Separate per-type runs would give'],
  'joint.noSeparate': ['— （只有一类，或时限不够）', '— (one type, or no time left)'],
  'joint.separateRule': ['对比口径：每期预算在各类之间平分，各类单独求解，再合并后联合计算覆盖。', 'Comparison rule: each phase\'s budget split evenly between the types, each type solved on its own, the union then counted jointly.'],
  'joint.notProvenText': ['时限内未证明最优：见上界与间隙；放宽时限可再求解。', 'Not proven within the time limit: see bound and gap; a longer limit may prove it.'],
  'joint.restored': ['由链接重算（未重新求解）', 'Recounted from the link (not re-solved)'],
  'joint.restoredHint': ['链接只带选址点：覆盖按与方案相同的方法重算；求解状态、上界和间隙需重新“联合选址”才有。', 'A link carries the sites only: coverage is recounted as a scenario of them would be; status, bound and gap need a new solve ("Site jointly").'],
  'joint.phases': ['分期', 'Phases'],
  'joint.stale': ['设置已改动：下面是旧设置的结果，请重新“联合选址”。', 'Settings changed: below is the answer to the old ones; site jointly again.'],
  'joint.spent': ['已用', 'Spent'],
  'joint.covered': ['覆盖人口', 'Covered'],
  'joint.lastYear': ['末期年份', 'last phase'],
  'joint.legendPhase': ['数字 = 分期（第1期、第2期…）', 'number = phase (1st, 2nd, …)'],
  'joint.legendNumber': ['数字 = 新址序号', 'number = site'],
  'joint.save': ['存为方案', 'Save as scenario'],
  'joint.scenarioName': ['联合选址', 'Joint siting'],
  'joint.savedSame': ['已存为方案 #{id}：方案重算新增覆盖 +{n}，与求解结果一致。', 'Saved as scenario #{id}: its recomputed coverage adds +{n}, as the answer claims.'],
  'joint.savedDiffers': ['已存为方案 #{id}：方案重算新增 +{n}，与求解结果 +{claim} 不一致！', 'Saved as scenario #{id}: it recomputes +{n}, not the +{claim} the answer claims!'],
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
  // access (E2SFCA, capacity-aware access panel)
  'tab.access': ['可达容量', 'Access'],
  'acc.type': ['设施类型', 'Facility type'],
  'acc.set': ['设施范围', 'Facilities'],
  'acc.set.existing': ['现状', 'Existing'],
  'acc.set.committed': ['现状 + 在建', 'Existing + under construction'],
  'acc.set.plan': ['规划（含规划新建）', 'Plan (incl. planned)'],
  'acc.run': ['计算可达容量', 'Compute access'],
  'acc.hint': ['E2SFCA（两步移动搜索法增强版）：每个格网可达的床位/学位（每千人），按出行时间分段衰减；负荷 > 1 的设施为超负荷。', 'E2SFCA: beds / places within reach per 1,000 residents of each cell, weighted by travel-time bands; facilities with load > 1 are overloaded.'],
  'acc.unit.beds': ['床位', 'beds'],
  'acc.unit.places': ['学位', 'places'],
  'acc.per1000': ['/千人', 'per 1,000'],
  'acc.median': ['居民中位数', 'median resident'],
  'acc.norm': ['配置标准', 'Norm'],
  'acc.inReach': ['可达范围内人口', 'residents in reach'],
  'acc.none': ['不可达 (0)', 'none in reach (0)'],
  'acc.legend': ['可达容量（分位数分级）', 'Access (quantile classes)'],
  'acc.quantileNote': ['分级为有可达容量居民的 20/40/60/80% 分位数。', 'Classes: 20/40/60/80 % of residents with any access.'],
  'acc.overloaded': ['超负荷设施（负荷 > 1）', 'Overloaded facilities (load > 1)'],
  'acc.noneOverloaded': ['无超负荷设施。', 'No facility is overloaded.'],
  'acc.modelled': ['模型推算', 'modelled'],
  'acc.modelledCapacities': ['{n} 处设施中 {m} 处容量为模型推算/假定值，非统计数据。', 'Capacity of {m} of {n} facilities is modelled / assumed, not reported.'],
  'acc.byArea': ['分街道（人口加权平均）', 'By sub-district (residents-weighted)'],
  'acc.capacity': ['容量', 'Capacity'],
  'acc.demand': ['加权需求（人）', 'Weighted demand (residents)'],
  'acc.share': ['分摊人口', 'Apportioned residents'],
  'acc.load': ['负荷', 'Load'],
  'acc.loadNote': ['负荷 = 分摊人口 × 配置标准 / 容量（每位居民按 容量 × 衰减权重 分摊到可达设施）。', 'Load = apportioned residents × norm / capacity (each resident split among the facilities in reach by capacity × decay weight).'],
  'loading': ['加载中…', 'Loading…'],
  'loadError': ['加载失败：', 'Failed to load: '],
  'yes': ['是', 'yes'],
  // outputs: indicators, report tools, measure, phone layout
  'tab.indicators': ['规划指标', 'Indicators'],
  'ind.facilities': ['设施', 'Facilities'],
  'fset.existing': ['现状', 'Existing'],
  'fset.committed': ['现状 + 在建', 'Existing + under construction'],
  'fset.plan': ['规划（全部）', 'Plan (all)'],
  'ind.count': ['项指标', 'indicators'],
  'ind.measuredCount': ['项可由本数据测得', 'measured from our data'],
  'ind.met': ['达标', 'met'],
  'ind.not-met': ['未达标', 'not met'],
  'ind.no-target': ['无定量目标', 'no numeric target'],
  'ind.unmeasured': ['无法测得', 'not measurable'],
  'ind.target': ['规划目标', 'Plan target'],
  'ind.measured': ['本数据测得', 'Measured'],
  'ind.needs': ['需要数据', 'Needs'],
  'ind.method': ['计算方法', 'How it is measured'],
  'ind.hint': ['点击指标打开显示它的地图视图；链接可分享。', 'Click an indicator to open the map view that shows it; the link can be shared.'],
  'sheet.scenario': ['方案', 'scenario'],
  'sheet.date': ['制图日期', 'Made'],
  'sheet.population': ['· 人口年份', '· population year'],
  'sheet.sources': ['数据来源：', 'Sources:'],
  'sheet.sample': ['样例数据（示意，按规划文本数字化）', 'sample data (schematic, digitised from the plan)'],
  'tool.pdf': ['下载PDF报告（当前视图）', 'Download the PDF report of this view'],
  'tool.xlsx': ['下载Excel报告', 'Download the Excel report'],
  'tool.png': ['下载当前地图PNG', 'Download the current map as PNG'],
  'tool.print': ['打印', 'Print'],
  'tool.qgis': ['在QGIS中打开：下载当前视图的QGIS工程（图层读取本站OGC API）', 'Open in QGIS: download this view as a QGIS project (layers read our OGC API)'],
  'tool.gpkg': ['下载带样式的GeoPackage：当前视图的图层数据，QGIS打开即为地图样式', 'Styled GeoPackage: this view\'s layers as data, opening in QGIS with the map\'s styles'],
  'tool.measure': ['测量距离/面积', 'Measure distance / area'],
  'tool.print.short': ['打印', 'Print'],
  'tool.measure.short': ['测量', 'Measure'],
  'measure.start': ['点击地图添加测量点', 'Click the map to add points'],
  'measure.finish': ['双击或按Esc结束', 'double-click or Esc to finish'],
  'measure.distance': ['距离', 'Distance'],
  'measure.area': ['面积', 'Area'],
  'panel.expand': ['展开面板', 'Expand the panel'],
  'panel.collapse': ['收起面板', 'Collapse the panel'],
  'tab.compare': ['对比', 'Compare'],
  'cmp.colourRule': ['表格按覆盖率变化（百分点）着色；右列为覆盖人数变化。', 'Rows are coloured by the change of share (percentage points); the right column is the change in covered residents.'],
  'cmp.scenario': ['方案', 'Scenario'],
  'cmp.baseline': ['（基线）', '(baseline)'],
  'cmp.years': ['2020 vs 2025', '2020 vs 2025'],
  'cmp.plan': ['现状 vs 规划', 'Existing vs plan'],
  'cmp.scenarioPreset': ['基线 vs 方案', 'Baseline vs scenario'],
  'cmp.run': ['对比', 'Compare'],
  'cmp.gain': ['新增覆盖', 'gains coverage'],
  'cmp.loss': ['失去覆盖', 'loses coverage'],
  'cmp.more': ['未覆盖人口增加', 'more residents uncovered'],
  'cmp.fewer': ['未覆盖人口减少', 'fewer residents uncovered'],
  'siting.status.OPTIMAL': ['最优（已证明）', 'OPTIMAL'],
  'siting.status.FEASIBLE': ['可行（未证明最优）', 'FEASIBLE'],
  'siting.status.INFEASIBLE': ['无可行解', 'INFEASIBLE'],
  'http.400': ['请求有误：', ''],
  'http.401': ['需要登录：', ''],
  'http.403': ['无权限：', ''],
  'http.404': ['未找到：', ''],
  'http.409': ['冲突：', ''],
  'http.422': ['无法满足：', ''],
  'http.429': ['服务繁忙，请稍后再试：', ''],
  'http.500': ['服务器错误：', ''],
  'http.503': ['服务暂不可用：', ''],
  // --- Import panel and downloads ---
  'tab.import': ['导入', 'Import'],
  'leaflet.zoomIn': ['放大', 'Zoom in'],
  'leaflet.zoomOut': ['缩小', 'Zoom out'],
  'leaflet.closePopup': ['关闭弹窗', 'Close popup'],
  'leaflet.library': ['用于交互式地图的 JavaScript 库', 'A JavaScript library for interactive maps'],
  'leaflet.keys': ['方向键平移，+ 和 - 缩放，回车查询地图中心点。', 'Arrow keys pan, + and - zoom, Enter queries the point at the centre.'],
  'map.aria': ['地图', 'Map'],
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
  'import.append': ['追加（保留现有要素）', 'append (keep current features)'],
  'import.replace': ['替换整个图层', 'replace the whole layer'],
  'import.changes': ['相对当前版本：新增 {added}，替换 {replaced}，删除 {removed}（{before} → {after} 个要素）',
    'Against the current version: {added} added, {replaced} replaced, {removed} removed ({before} → {after} features)'],
  'import.headline.facilities': ['{standard}：{before} → {after}（导入后的覆盖率：现状设施，路网，{year} 年人口）',
    '{standard}: {before} → {after} (coverage after the import: existing facilities, network, {year} population)'],
  'import.headline.population': ['{standard}：{before} → {after}（按导入的人口计算的覆盖率：现状设施，路网，{year} 年人口）',
    '{standard}: {before} → {after} (coverage of the imported population: existing facilities, network, {year} population)'],
  'import.headline.roads': ['{standard}：{before} → {after}（在导入的道路上计算的覆盖率：现状设施，路网，{year} 年人口）',
    '{standard}: {before} → {after} (coverage on the imported roads: existing facilities, network, {year} population)'],
  'import.residents': ['区内 {year} 年人口：{before} → {after}', 'Residents in the zone ({year}): {before} → {after}'],
  'import.countsOnly': ['此图层的试运行只给出要素数，不计算覆盖率。', 'A dry run of this layer gives counts only, no coverage figure.'],
  'import.current': ['当前版本', 'current'],
  'import.confirmReplace': ['将用此文件替换图层 {layer} 的全部要素，确定吗？', 'Replace every feature of layer {layer} with this file?'],
  'import.confirmRestore': ['将图层 {layer} 恢复到版本 {version}（作为新版本），确定吗？', 'Restore layer {layer} to version {version} (as a new version)?'],
  'import.downloads': ['下载', 'Downloads'],
  'import.gpkg': ['下载 GeoPackage', 'Download GeoPackage'],
  'import.xlsx': ['下载 Excel', 'Download Excel'],
  'import.gapsGpkg': ['覆盖缺口 GeoPackage', 'Coverage gaps GeoPackage'],
  'import.byAreaXlsx': ['分街道覆盖 Excel', 'Coverage by sub-district Excel'],
  // issue 17 (parks): the Parks tab
  'tab.parks': ['园区', 'Parks'],
  'parks.park': ['园区', 'Park'],
  'parks.transit30': ['公交30分钟居民', 'Transit 30 min'],
  'parks.transit45': ['公交45分钟居民', 'Transit 45 min'],
  'parks.drive30': ['驾车30分钟', 'Car 30 min'],
  'parks.walk30': ['步行30分钟', 'Walk 30 min'],
  'parks.jobs': ['岗位（模型）', 'Jobs (modelled)'],
  'parks.ratio': ['职住比', 'Jobs/housing'],
  'parks.gain45': ['45分钟公交新增可达人口', '+ residents within 45 min by transit'],
  'parks.gain45.hint': ['与现状线路相比，规划/在建线路使45分钟内可乘公交到达该园区的新增居民（/api/parks/compare）', 'Residents who gain a 45-minute transit trip to the park with the planned / committed lines compared with the existing ones (/api/parks/compare)'],
  'parks.stations': ['800米内站点（面积占比）', 'Stations ≤ 800 m (area share)'],
  'parks.csv': ['导出 CSV', 'Export CSV'],
  'parks.json': ['JSON', 'JSON'],
  'parks.hint': ['点击园区查看其公交30/45分钟可达范围（早高峰07:30–08:30每分钟出发，取中位数，RAPTOR）及各街道到园区的公交时间。岗位为园区面积×设定密度的模型值，非调查数据。', 'Click a park to draw its 30/45-minute transit catchments (a departure every minute 07:30–08:30, median, RAPTOR) and the transit time from each sub-district. Jobs are modelled from park area × a stated density, not surveyed.'],
  'parks.jobsSource': ['岗位来源', 'Jobs source'],
  'parks.stationList': ['800米内站点', 'Stations within 800 m'],
  'parks.area': ['街道', 'Sub-district'],
  'parks.median': ['公交时间中位数（分钟）', 'Median transit minutes'],
  'parks.rules': ['计算规则', 'Rules'],
  'parks.residents': ['居民', 'residents'],

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

// The area's plan (GET /api/plan) names its layer groups and its own legend entries; its words
// win over the generic ones above, which an area without a plan file keeps.
let planStrings = {};
let planTitle = null;

/**
 * Takes the area plan's words: layer groups (group.<id>), legend labels (their string keys) and
 * the title. An area without a plan file sends none of the first two, so the generic words stay.
 */
export function setPlan(plan) {
  planStrings = {};
  for (const g of (plan && plan.layerGroups) || []) planStrings[`group.${g.key}`] = [g.zh, g.en];
  for (const l of (plan && plan.legend) || []) planStrings[l.key] = [l.zh, l.en];
  planTitle = plan && plan.title ? [plan.title.zh, plan.title.en] : null;
}

/** The area plan's title in the current language ('' before the plan is known). */
export function planTitleText() {
  return planTitle ? planTitle[lang === 'zh' ? 0 : 1] : '';
}

/** The area plan's title as {zh, en}, or null before the plan is known. */
export function planTitleBoth() {
  return planTitle ? { zh: planTitle[0], en: planTitle[1] } : null;
}

/** The layer groups in the plan's order (empty without a plan file). */
export function planGroupOrder() {
  return Object.keys(planStrings).filter((k) => k.startsWith('group.')).map((k) => k.slice(6));
}

/** The string for key in the current language; the key itself when unknown. */
export function t(key) {
  const entry = planStrings[key] || STRINGS[key];
  if (!entry) return key;
  return entry[lang === 'zh' ? 0 : 1];
}

/** A server text in the UI language: its Chinese version in Chinese mode when the server gave one. */
export function zhOr(zh, en) {
  return currentLang() === 'zh' && zh ? zh : en;
}

/** A translated label, or fallback when the dictionary has no entry. */
export function tOr(key, fallback) {
  return planStrings[key] || STRINGS[key] ? t(key) : fallback;
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
  root.querySelectorAll('[data-i18n-aria]').forEach((el) => {
    el.setAttribute('aria-label', t(el.dataset.i18nAria));
  });
  // Leaflet's own controls (English in Leaflet): titles and aria labels in the UI language
  root.querySelectorAll('.leaflet-control-zoom-in').forEach((el) => {
    el.title = t('leaflet.zoomIn');
    el.setAttribute('aria-label', t('leaflet.zoomIn'));
  });
  root.querySelectorAll('.leaflet-control-zoom-out').forEach((el) => {
    el.title = t('leaflet.zoomOut');
    el.setAttribute('aria-label', t('leaflet.zoomOut'));
  });
  root.querySelectorAll('.leaflet-popup-close-button').forEach((el) => {
    el.setAttribute('aria-label', t('leaflet.closePopup'));
  });
  root.querySelectorAll('.leaflet-control-attribution a[href="https://leafletjs.com"]').forEach((el) => {
    el.title = t('leaflet.library');
  });
  const keys = document.getElementById('map-keys-hint');
  if (keys) keys.textContent = t('leaflet.keys');
  document.querySelectorAll('#lang-switch button').forEach((b) => {
    b.classList.toggle('active', b.dataset.lang === lang);
  });
}
