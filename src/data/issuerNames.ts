// Issuer vocabulary: organisation suffixes, place levels, the standard abbreviations of department
// names, self-references (我局) and the words that follow an issuer's name at the start of a report.

/** A name ending in one of these names an organisation (longest first where it matters). */
export const ORG_SUFFIXES: readonly string[] = [
  '人民政府',
  '政府',
  '办事处',
  '委员会',
  '委',
  '局',
  '厅',
  '部',
  '署',
  '办',
  '办公室',
  '院',
  '中心',
  '街道',
  '管委会',
  '海关',
  '调查队',
  // brigades and teams of enforcement and rescue (消防救援支队, 综合行政执法大队, 街道综合行政执法队),
  // state farms and forests, and supply cooperatives' unions (供销合作总社/联合社)
  '支队',
  '大队',
  '执法队',
  '林场',
  '总社',
  '联合社',
  '党组',
  '党委',
  '党工委',
];

/** A body's party group and committees, after the body's name: 某局党组, 某区党工委, 某委党委. */
export const PARTY_BODIES: readonly string[] = ['党组', '党工委', '党委'];

/** How the name of a party body opens, before its place: 中共某局党组, 中国共产党某某委员会. */
export const PARTY_OPENINGS: readonly string[] = ['中国共产党', '中共'];

/** Place levels: a name ending in one of these is a place, issued by its government. */
export const PLACE_LEVELS: readonly string[] = ['自治区', '自治州', '自治县', '特别行政区', '省', '市', '县', '区', '州', '盟', '旗', '镇', '乡'];

/**
 * How the name of an internal unit of a body ends (市发展改革委办公室, 市交通运输局政策法规科,
 * 县卫健局法规股, 市司法局宣传中心): after the body's own name, such a unit is not the issuer.
 */
export const INTERNAL_UNIT_ENDS: readonly string[] = ['办公室', '科室', '科', '处', '股', '室', '中心', '组', '站'];

/** A body whose internal units a 来源 may name: its name ends in one of these. */
export const BODY_ENDS: readonly string[] = ['局', '委', '委员会', '厅', '部', '署', '办', '院', '办事处', '政府'];

/** Units of a government that are bodies in their own right (县人民政府办公室 issues its own reports). */
export const GOVERNMENT_UNITS: readonly string[] = ['办公室', '办'];

/**
 * Ways one body's name is written that its short and full forms share (发展改革委 / 发展和改革委员会):
 * dropped or shortened when two names are compared for being the same body.
 */
export const NAME_FILLERS: readonly string[] = ['和', '与'];

/**
 * Standard abbreviations at the end of a name and their full forms. Applied once, longest match
 * first: 南昌市卫健委 → 南昌市卫生健康委员会, 舟山市卫生健康委 → 舟山市卫生健康委员会.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  卫健委: '卫生健康委员会',
  卫健局: '卫生健康局',
  卫生健康委: '卫生健康委员会',
  卫计委: '卫生和计划生育委员会',
  卫计局: '卫生和计划生育局',
  卫生计生委: '卫生和计划生育委员会',
  卫生计生局: '卫生和计划生育局',
  // national bodies of before 2018 by their usual short names
  质检总局: '国家质量监督检验检疫总局',
  工商总局: '国家工商行政管理总局',
  食药监总局: '国家食品药品监督管理总局',
  安监总局: '国家安全生产监督管理总局',
  国家质检总局: '国家质量监督检验检疫总局',
  国家工商总局: '国家工商行政管理总局',
  国家食药监总局: '国家食品药品监督管理总局',
  国家安监总局: '国家安全生产监督管理总局',
  // national bodies of 2018 on by their usual short names
  市场监管总局: '国家市场监督管理总局',
  国家市场监管总局: '国家市场监督管理总局',
  广电总局: '国家广播电视总局',
  国家广电总局: '国家广播电视总局',
  市场监管局: '市场监督管理局',
  市监局: '市场监督管理局',
  人社局: '人力资源和社会保障局',
  人社部: '人力资源和社会保障部',
  // the names of bodies that join two lines of work with 和, written without it
  人力资源社会保障部: '人力资源和社会保障部',
  人力资源社会保障厅: '人力资源和社会保障厅',
  人力资源社会保障局: '人力资源和社会保障局',
  住房城乡建设部: '住房和城乡建设部',
  住房城乡建设厅: '住房和城乡建设厅',
  住房城乡建设局: '住房和城乡建设局',
  住房城乡建设委: '住房和城乡建设委员会',
  住建部: '住房和城乡建设部',
  工信部: '工业和信息化部',
  发展改革委: '发展和改革委员会',
  人社厅: '人力资源和社会保障厅',
  住建局: '住房和城乡建设局',
  住建厅: '住房和城乡建设厅',
  住建委: '住房和城乡建设委员会',
  发改委: '发展和改革委员会',
  发改局: '发展和改革局',
  文旅局: '文化和旅游局',
  文旅厅: '文化和旅游厅',
  文广旅局: '文化广电旅游局',
  医保局: '医疗保障局',
  教体局: '教育和体育局',
  工信局: '工业和信息化局',
  工信厅: '工业和信息化厅',
  经信局: '经济和信息化局',
  科技局: '科学技术局',
  科技厅: '科学技术厅',
  应急局: '应急管理局',
  退役军人局: '退役军人事务局',
  城管局: '城市管理局',
  国资委: '国有资产监督管理委员会',
  教委: '教育委员会',
  农业农村委: '农业农村委员会',
  网信办: '网络安全和信息化委员会办公室',
  林草局: '林业和草原局',
  环保局: '环境保护局',
  农委: '农业委员会',
  交运局: '交通运输局',
  自规局: '自然资源和规划局',
  规资局: '规划和自然资源局',
  政数局: '政务服务数据管理局',
  文广旅体局: '文化广电旅游体育局',
  文广新局: '文化广电新闻出版局',
  管委: '管理委员会',
  商务委: '商务委员会',
  经信委: '经济和信息化委员会',
  工信委: '工业和信息化委员会',
  交通委: '交通委员会',
  综合执法局: '综合行政执法局',
  民宗局: '民族宗教事务局',
  民宗委: '民族宗教事务委员会',
  民委: '民族事务委员会',
  药监局: '药品监督管理局',
  人防办: '人民防空办公室',
  外办: '外事办公室',
  侨办: '侨务办公室',
  法制办: '法制办公室',
  编办: '机构编制委员会办公室',
  政府办: '人民政府办公室',
  街道办: '街道办事处',
  区政府: '区人民政府',
  县政府: '县人民政府',
  市政府: '市人民政府',
  省政府: '省人民政府',
  镇政府: '镇人民政府',
  乡政府: '乡人民政府',
  管委会: '管理委员会',
  国税局: '国家税务局',
  // local bodies of before 2018 by their usual short names
  工商局: '工商行政管理局',
  质监局: '质量技术监督局',
  食药监局: '食品药品监督管理局',
  安监局: '安全生产监督管理局',
  国土局: '国土资源局',
  地税局: '地方税务局',
};

/**
 * Short forms of a zone's kind, which a zone's management committee writes in full: 益阳高新区管委会
 * is 益阳高新技术产业开发区管理委员会.
 */
export const ZONE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  高新区: '高新技术产业开发区',
  经开区: '经济技术开发区',
};

/**
 * Abbreviations inside a name (of the kind of place, before the body's own suffix), used to tell
 * that two names are one body: the zones' short forms, 经济开发区 (the full name of many zones,
 * but also a way of writing 经济技术开发区), and 综合执法 (综合行政执法大队, 综合执法队).
 */
export const INNER_ABBREVIATIONS: Readonly<Record<string, string>> = {
  ...ZONE_ABBREVIATIONS,
  经济开发区: '经济技术开发区',
  综合执法: '综合行政执法',
};

/** Abbreviations longest first. */
export const ABBREVIATION_LIST: readonly string[] = Object.keys(ABBREVIATIONS).sort((a, b) => b.length - a.length);

/** How a report refers to its own issuer: 我局 … and the suffix the issuer's name then ends in. */
export const SELF_REFERENCES: Readonly<Record<string, string>> = {
  我局: '局',
  本局: '局',
  我分局: '局',
  我委: '委',
  本委: '委',
  我厅: '厅',
  本厅: '厅',
  我办: '办',
  我部: '部',
  我关: '海关',
  本关: '海关',
};

/** Words that start the predicate right after the issuer's name: "2021年,司法部坚持…". */
export const SUBJECT_FOLLOWERS: readonly string[] = [
  '(以下简称',
  '坚持',
  '深入',
  '在',
  '以',
  '持续',
  '始终',
  '全面',
  '紧紧',
  '紧扣',
  '紧密',
  '认真',
  '高度',
  '党组',
  '党委',
  '党工委',
  '法治',
  '围绕',
  '贯彻',
  '按照',
  '根据',
  '积极',
  '着力',
  '牢固',
  '不断',
  '扎实',
  '严格',
  '立足',
  '聚焦',
  '把',
  '将',
  '切实',
  '进一步',
  '大力',
  '坚决',
  '全力',
  '继续',
  '主动',
  '深化',
  '落实',
  '推进',
  '强化',
  '加强',
  '锚定',
  '秉持',
  '依法',
  '共',
  '统筹',
  '着眼',
  '牢牢',
  '坚定',
  '注重',
  '聚力',
  '领导',
  '结合',
  '通过',
  '加快',
  '全体',
  '各项',
];

/**
 * Names that start with one of these are not names: 我局, 全县, 各部门 …, and the words that open a
 * sentence before a name (根据中共某市委…, 按照省卫生健康委…) or a programme (法治市场监管).
 */
export const NOT_NAME_STARTS: readonly string[] = [
  '我',
  '本',
  '该',
  '全',
  '各',
  '每',
  '在',
  '是',
  '和',
  '与',
  '及',
  '对',
  '根据',
  '按照',
  '依据',
  '依照',
  '遵照',
  '法治',
];

/** Party bodies and bare levels that are never the issuer on their own. */
export const NOT_ISSUERS: readonly string[] = ['党委', '党组', '党工委', '省委', '市委', '县委', '区委', '镇委', '乡委', '政府', '人民政府'];

/** Words a plan of the genre may be named for that are no place: 《法治政府建设…》, 《法治社会建设…》. */
export const GENRE_NOT_PLACES: readonly string[] = ['政府', '社会', '国家', '中国', '机关', '部门', '乡村', '城市', '文化', '宣传', '思想', '工作', '队伍', '营商'];

/**
 * Words that open a predicate, never a name: a stretch that starts with one is the verb before a
 * name (推进柳江卫生健康局, 认真落实市委市政府, 充分发挥市卫生健康委员会), not the name.
 */
export const PREDICATE_STARTS: readonly string[] = [
  ...SUBJECT_FOLLOWERS.filter((w) => w.length >= 2 && !['党组', '党委', '党工委', '全体', '各项', '依法', '(以下简称'].includes(w)),
  '推动',
  '发挥',
  '充分',
  '提高',
  '提升',
  '现将',
  '组织',
  '召开',
  '成立',
  '制定',
  '印发',
];

/** Characters no organisation's name holds: a stretch holding one is a clause (区卫健委在区…). */
export const NOT_IN_NAMES = '的在是将把';
