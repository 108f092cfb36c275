// Words around a figure that are not part of what it measures: time and scope before it, action
// verbs that take it as their object, linking words right before the number.

/** Time, scope and adverbs that open a clause: 2020年全市共实施行政处罚 → 行政处罚. */
export const SUBJECT_LEAD_WORDS: readonly string[] = [
  '今年以来', '现有', '本年度', '年度内', '全年', '今年', '去年', '上年', '当年', '年内', '本年', '期间', '其间',
  '上半年', '下半年', '一季度', '截至目前', '截至', '目前', '至今', '以来', '以上', '共计', '合计', '总计', '累计',
  '先后', '共', '已', '均', '还', '又', '再', '并', '且', '另', '同时', '其中', '此外', '另外', '分别', '全部', '依法',
  '有效', '积极', '主动', '定期', '及时', '全面', '深入', '扎实', '认真', '严格', '成功', '顺利',
  '和', '及', '与', '以及', '或', '并且', '对', '向', '为', '在', '由', '从', '将', '把', '经', '通过',
  '全省', '全市', '全区', '全县', '全州', '全镇', '全乡', '全旗', '全街道', '全局', '全委', '全系统', '全行业',
  '全国', '辖区内', '辖区', '本系统', '本部门', '本单位', '我委', '我局', '我市', '我区', '我县', '我镇', '我乡', '我街道',
  '我办', '我厅', '我院', '我所', '我部', '我中心', '本委', '本局', '本市', '本区', '本县', '本镇', '各级', '各地',
  '每半年', '每季度', '每月', '每年', '每周', '年均', '月均', '日均',
];

/** Verbs whose object is what is counted: 核发诊所备案凭证33件 → 诊所备案凭证. */
export const SUBJECT_VERBS: readonly string[] = [
  '开展了', '开展', '组织了', '组织', '召开了', '召开', '举办了', '举办', '举行', '办理了', '办理', '查处了', '查处',
  '实施了', '实施', '核发', '受理了', '受理', '答复', '审核了', '审核', '审查了', '审查', '监督', '发现', '整改',
  '提供了', '提供', '接待了', '接待', '参与了', '参与', '参加了', '参加', '发布了', '发布', '出台了', '出台',
  '制定了', '制定', '修订了', '修订', '修改', '清理了', '清理', '废止了', '废止', '取消了', '取消', '保留了', '保留',
  '新增了', '新增', '培育了', '培育', '招引', '配备了', '配备', '抽取了', '抽取', '完成了', '完成', '印发了', '印发',
  '提出了', '提出', '听取了', '听取', '研究解决了', '研究解决', '解决了', '解决', '处理了', '处理', '化解了', '化解',
  '调解了', '调解', '办结了', '办结', '收到了', '收到', '接收', '编制了', '编制', '备案了', '备案', '评查了', '评查',
  '抽查了', '抽查', '检查了', '检查', '发放了', '发放', '聘请了', '聘请', '获得了', '获得', '荣获', '作出了', '作出',
  '做出了', '做出', '下达了', '下达', '移送了', '移送', '送达', '公开了', '公开', '公布', '征集了', '征集', '收集',
  '采纳了', '采纳', '建成了', '建成', '建立了', '建立', '设立了', '设立', '成立了', '成立', '签订了', '签订', '审批',
  '颁发了', '颁发', '换发', '注销了', '注销', '吊销了', '吊销', '撤销了', '撤销', '责令', '督办', '走访了', '走访',
  '排查了', '排查', '摸排', '整治了', '整治', '调处', '承办了', '承办', '参评', '覆盖了', '覆盖', '惠及', '涉及',
  '查获', '抓获', '破获', '挽回', '追回', '收缴', '没收', '发送', '推送', '报送', '上报', '录入', '归集', '共享',
  '邀请', '选派', '派出', '出动', '累计开展', '组织开展', '组织召开', '先后开展', '立案', '结案',
  '纠正', '撤回', '驳回', '维持', '确认', '提请', '审议', '通过了', '评选出', '评选', '评出', '表彰', '发出', '制发',
  '下发', '转办', '交办', '回复', '回访', '考核', '约谈', '问责', '通报', '处罚', '处置', '协调', '指导', '帮助',
  '督促', '查办', '抽检', '讨回', '投入', '拨付', '落实', '推动', '推进', '打造', '梳理', '确定', '明确', '认定', '列入', '纳入', '实现', '结合', '有', '接种', '开设', '改造', '新建', '审结', '执结', '审理', '发生',
];

/**
 * Words that end the noun after a figure (300余名医护骨干参加 → 医护骨干): verbs, adverbs and
 * prepositions. A text after the figure that starts with one of these names no subject.
 */
export const SUBJECT_STOP_WORDS: readonly string[] = [
  '全部', '均', '都', '已', '共', '分别', '同比', '环比', '比', '较', '其中', '以上', '以下', '左右', '的', '了',
  '被', '等', '与', '和', '及', '以', '对', '在', '由', '为', '向', '从', '到', '至', '是', '有', '得到', '获得',
  '获', '荣获', '入选', '评为', '被评', '达到', '达', '稳定', '进行', '参加', '参与', '开展', '完成', '实现', '取得',
  '配备', '纳入', '列入', '接受', '通过', '次', '累计', '合计', '共计', '占', '一', '进一步', '全年', '相关',
  '涉及', '覆盖', '包括', '联合', '共同', '其', '并', '且', '后', '时', '内', '外', '专题', '集中',
];

/** Words right before a figure that link it to its subject: 覆盖率达100% → 覆盖率. */
export const SUBJECT_LINK_WORDS: readonly string[] = [
  '人民币', '折合', '价值', '人均', '户均', '平均为', '平均达到', '平均达', '平均', '人手', '每人', '分别为', '分别达', '分别', '均为', '均达', '均', '约为', '约', '达到了', '达到', '高达',
  '多达', '达', '为', '是', '有', '共计', '合计', '总计', '累计', '共', '计', '超过', '逾', '近', '将近', '接近', '大约',
  '不足', '不到', '低于', '少于', '高于', '增至', '降至', '提高到', '提高至', '提升到', '提升至', '增加到', '增加至',
  '减少到', '减少至', '下降到', '下降至', '等', '由', '从', '仅有', '仅', '只有', '先后', '已', '再', '了',
  // a level held (满意率保持在99%以上) and adverbs between a subject and its verb of change (事项全部压减为12项)
  '控制在', '保持在', '稳定在', '维持在', '保持', '全部', '进一步', '大幅', '持续', '稳步', '逐步', '同步',
  // a share with no whole written: 个人占70%, 党员干部约占45%
  '约占', '仅占', '共占', '占',
];

/**
 * The verbs of SUBJECT_VERBS that are verbs wherever they stand; the others (处罚, 检查, 备案 …) are
 * also nouns inside a subject (行政处罚案件, 诊所备案凭证) and are stripped only at its start.
 */
export const SUBJECT_VERBS_ANYWHERE: readonly string[] = [
  '开展', '组织', '召开', '举办', '举行', '办理', '查处', '实施', '核发', '受理', '接待', '参与', '参加', '发布',
  '出台', '制定', '提供', '提出', '听取', '完成', '实现', '结合', '印发', '配备', '抽取', '培育', '招引', '聘请',
  '获得', '荣获', '作出', '做出', '邀请', '选派', '派出', '出动', '发出', '制发', '下发', '发现', '收到', '接收',
  '督促', '查办', '讨回', '挽回', '接种', '开设', '审结', '执结', '适用', '查出', '排查出', '检查出', '存在',
];

/** Verbs ending in 占 that take something (侵占): neither 占 as a link word nor a share. */
const TAKING_WORDS: readonly string[] = ['侵占', '挤占', '霸占', '抢占', '独占', '强占', '多占'];

/** Words that end with a link word's character but are nouns or verbs: 行为 is not 行 + 为. */
export const LINK_WORD_EXCEPTIONS: readonly string[] = [
  '行为', '作为', '成为', '认为', '称为', '统计', '审计', '设计', '会计', '估计', '所有', '拥有', '具有', '没有',
  '享有', '占有', '到达', '传达', '下达', '送达', '表达', '抵达', '发达', '签约', '制约', '履约', '违约', '公约',
  '节约', '预约', '合约', '条约', '集约', '总共', '公共', '中共', '理由', '自由', '事由', '缘由',
  ...TAKING_WORDS,
];

/** Nouns that start with a lead word's character: 在校学生 is not 在 + 校学生, 对象 not 对 + 象. */
export const LEAD_WORD_EXCEPTIONS: readonly string[] = [
  '在校', '在建', '在押', '在职', '在岗', '在编', '在册', '在办', '在审', '在逃', '在线', '在营', '在库', '在档',
  '对象', '对口', '和解', '再生', '共享', '经营', '经费', '经济', '向阳', '由来', '已婚', '通过率', '为民',
];

/** Enumeration words that open a clause: 一是, 首先 … */
export const ENUMERATION_LEADS_RE = /^(?:[一二三四五六七八九十]是|首先|其次|再次|最后|第[一二三四五六七八九十]{1,3}[,、]?)/;

/**
 * Generic words for the counted entities (企业, 纳税人 …): when the clause puts them into a named
 * scheme or list (将126家企业纳入监督执法正面清单, 对58家市场主体适用“首违不罚”), the scheme is
 * what the figure measures. A noun ending with one of these (小微企业) is generic too.
 */
export const GENERIC_ENTITY_WORDS: readonly string[] = [
  '企业', '单位', '用人单位', '纳税人', '缴费人', '市场主体', '经营主体', '经营者', '商户', '个体工商户', '工商户',
  '当事人', '主体', '对象', '人员', '家庭', '农户', '商家', '店铺', '门店', '公司',
];

/** Verbs that put entities into a scheme: 纳入…清单, 适用“首违不罚”, 实施信用修复. */
export const SCHEME_VERBS: readonly string[] = ['纳入', '列入', '录入', '适用', '实施', '实行'];

/** Verbs whose scheme must end with a list word: 纳入…名单 (纳入监管 is no scheme). */
export const LIST_SCHEME_VERBS: readonly string[] = ['纳入', '列入', '录入'];

/** Words that end the name of a list: 正面清单, 异常名录, 白名单, 信用档案 … */
export const LIST_WORDS: readonly string[] = ['名单', '清单', '名录', '目录', '档案', '库', '白名单', '黑名单', '台账'];

/** Adverbs between the entities and the scheme verb: 企业全部纳入, 均适用. */
export const SCHEME_ADVERBS: readonly string[] = ['被', '全部', '均', '已', '分别', '依法', '一律', '统一', '逐步', '全面', '首次', '及时'];

/**
 * Comparison markers: the subject is the noun phrase before them, the basis after them
 * (平均审批时间较法定时限缩短55% → 平均审批时间).
 */
export const COMPARISON_MARKERS: readonly string[] = ['较', '比'];

/** Words holding a comparison marker that compare nothing: 比例, 占比, 比较, 评比. */
export const COMPARISON_WORDS_AFTER: readonly string[] = [
  '比例', '比率', '比重', '比赛', '比对', '比较', '比照', '比武', '比拼', '比选', '比如', '比方', '比值', '比分', '比肩',
  '较为', '较真', '较量',
];
export const COMPARISON_WORDS_BEFORE: readonly string[] = [
  '占比', '对比', '评比', '相比', '类比', '同比', '环比', '无比', '好比', '正比', '反比', '排比', '攀比', '可比', '百分比',
  '比较', '计较',
];

/** Adjectives after 较 that make it a degree adverb, not a comparison: 较大数额罚款, 较高水平. */
export const DEGREE_ADJECTIVES: readonly string[] = [
  '大', '高', '好', '多', '少', '重', '强', '低', '快', '慢', '长', '短', '小', '差', '轻', '弱', '优', '早', '晚', '广',
  '深', '严', '突出', '明显', '完善', '稳定', '复杂', '集中', '频繁', '普遍', '充分', '显著', '困难', '薄弱', '落后', '先进',
  '难', '易', '新', '远', '近', '稳', '热', '紧', '宽', '窄', '丰富', '成熟', '规范', '合理', '满意', '理想', '敏感', '典型',
];

/** The longest basis between a comparison marker and the figure: 较法定时限, 比2019年同期. */
export const COMPARISON_BASIS_MAX = 12;

/** Verbs of change whose result is the figure: 压缩至5个工作日, 精简为28项, 整合为3个. */
export const RESULT_VERBS: readonly string[] = [
  '精简', '缩短', '缩减', '压减', '削减', '压缩', '压降', '减少', '降低', '下降', '提高', '提升', '增加', '增长', '上升',
  '扩大', '缩小', '调整', '调减', '调增', '优化', '整合', '合并', '归并', '变更', '提速',
];
/** Words between a verb of change and its result: 压缩至, 精简为, 减少到. */
export const RESULT_LINKS: readonly string[] = ['至', '到', '为', '成'];
/** One-character verbs of change with their result word (提成 is a noun, so only these): 减至5天. */
export const SHORT_RESULT_WORDS: readonly string[] = ['减至', '降至', '增至', '提至', '缩至', '压至', '减为', '降为', '增为', '缩为'];

/** What a figure's starting state is introduced by: 由45项精简为30项, 从原来的20天压缩至5天. */
export const FROM_MARKERS: readonly string[] = ['由', '从'];
/** Words starting with 由/从 that introduce no starting state: 从事, 由于. */
export const FROM_WORD_EXCEPTIONS: readonly string[] = ['从事', '从业', '从严', '从重', '从轻', '从宽', '从快', '从简', '由于', '由此'];
/** Words for the starting state between 由/从 and a figure: 由原来的45项. */
export const FROM_STATES: readonly string[] = ['原来的', '原来', '原有的', '原有', '原', '过去的', '过去', '以前的', '此前的', '改革前的', '改革前', '年初的', '年初'];

/** What a share is taken of ends with one of these: 占总分的15%, 占全部检查事项的比例达30%. */
export const SHARE_ENDINGS: readonly string[] = ['的比例', '的比重', '的份额', '的', '比例', '比重', '份额'];
/** Words holding 占 that are no share: 占用, 占地, 侵占. */
export const SHARE_WORD_EXCEPTIONS: readonly string[] = ['占用', '占地', '占有', '占据', '占领', '占道', '占压', ...TAKING_WORDS];

/**
 * The heads of a measure's name: the verb before them belongs to the name (平均办理时间,
 * 案件办结时长, 平均受理周期), like the verb before 率 or 比.
 */
export const MEASURE_HEADS: readonly string[] = [
  '时间', '时限', '时长', '周期', '天数', '日数', '工作日', '成绩', '分数', '得分', '分值', '用时', '耗时', '时效', '期限',
  '效率', '速度', '进度',
];
/** Words between a verb and a measure head: 办理平均时间, 审批所需时间. */
export const MEASURE_HEAD_PREFIXES: readonly string[] = ['平均', '总', '的', '所需', '所用', '实际', '法定', '承诺'];

/**
 * Words that are never a subject on their own (verbs, time, scope): 精简, 提速, 保留, 中, 月. The
 * lead, stop, link and strong verb lists count too. Casualty words (死亡, 受伤) are left out: 死亡2人
 * counts deaths.
 */
export const BARE_SUBJECT_WORDS: readonly string[] = [
  '覆盖', '惠及', '涉及', '精简', '提速', '实现', '达到',
  '减少', '增加', '提升', '提高', '下降', '压缩', '缩短', '共有', '现有', '其中',
  '整体', '总体', '总共', '全体',
  '中', '月', '年', '日', '天', '内', '外', '后', '前', '间', '期', '时', '余', '多', '等', '上', '下', '里',
];

/**
 * Actions that name what is counted when they stand alone before a figure (受理51件,审结49件;
 * 保留142件): a whole subject, although they are verbs.
 */
export const COUNTED_ACTIONS: readonly string[] = [
  '受理', '审结', '办结', '结案', '立案', '保留', '废止', '修改', '修订', '调解', '审查', '备案', '审核', '清理',
  '撤销', '纠正', '维持', '驳回', '败诉', '胜诉', '和解', '移送', '查处', '立项', '出庭',
];

/** One-character nouns a report counts (a subject of one character is suspect otherwise): 户, 案, 村. */
export const ONE_CHAR_NOUNS: readonly string[] = [
  '人', '户', '案', '村', '乡', '镇', '校', '车', '船', '店', '厂', '矿', '站', '房', '井', '桥', '路', '树', '书', '证', '票', '犬',
  '课', '题', '卷', '奖', '罪', '款', '税', '费', '粮', '地', '田', '林', '水', '电', '气',
];

/** What opens a distributive phrase (按每户500元, 按照每个行政村2名): a rate per unit, not a subject. */
export const DISTRIBUTIVE_LEADS: readonly string[] = ['按照', '按', '依照', '依据', '以'];
/** The longest distribution unit after 每: 每个行政村. */
export const DISTRIBUTIVE_UNIT_MAX = 5;

/** Place words after a noun that are not part of it: 16个乡镇中 → 乡镇, 辖区内 → 辖区. */
export const POSTPOSITIONS: readonly string[] = ['中', '内', '里', '之中', '当中', '之内'];
/** Nouns that end with a place word: 高中, 集中, 国内. */
export const POSTPOSITION_EXCEPTIONS: readonly string[] = [
  '高中', '初中', '集中', '适中', '居中', '空中', '境内', '国内', '省内', '市内', '区内', '县内', '室内', '院内', '校内',
  '体内', '海内', '关内', '邻里', '乡里', '故里', '公里', '英里', '千里', '百里',
];

/** 与2019年相比, 同上年相比: the subject is the noun before 与/同/和, the basis between it and 相比. */
export const COMPARE_WITH_OPENERS: readonly string[] = ['与', '跟', '同', '和'];
/** Words starting with an opener that open no comparison: 同期 (与2022年同期相比), 同比, 同类. */
export const COMPARE_WITH_EXCEPTIONS: readonly string[] = ['同期', '同比', '同类', '同级', '同级别', '和解'];
export const COMPARE_WITH_CLOSERS: readonly string[] = ['相比较', '相比', '比较'];
