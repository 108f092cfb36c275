// Political slogans and named systems that start with a numeral and a measure word. They name a
// thing (the "three systems"), they do not count anything: 三项制度 is not 3 项.

export const NAMED_TERMS: readonly string[] = [
  '三项制度', '四张清单', '三张清单', '两张清单', '五张清单', '两个确立', '两个维护', '四个意识', '四个自信',
  '四个全面', '四个最', '两个毫不动摇', '三个务必', '三个代表', '三个年', '三个规划', '八项规定', '两个责任',
  '两个作用', '两个大局', '两个一百年', '三个没有变', '四个不摘', '五个一', '三个一', '四个一', '两个条例',
  '三类人员', '两类人员', '四类人员', '两项制度', '两个机制', '三项机制', '三个必须', '三个区分开来', '四个转变',
  '四个结合', '两个全覆盖', '三个全覆盖', '两个清单', '三张网', '两张网', '三条红线', '一张网', '两个至上',
  '一票否决', '两票制',
];

/**
 * Words of "matters" after a count that sums up a list just before it: 稳定、发展、生态、强边四件大事
 * names a set of four tasks (a slogan), it counts nothing new. Without the list (办好十件民生实事)
 * the count stands.
 */
export const LISTED_SET_MATTERS: readonly string[] = ['大事', '实事', '要事', '好事', '难事'];
/** How far before the figure the list's 、 may stand (in the same clause). */
export const LISTED_SET_REACH = 16;

/** Characters that open a quotation or a title; a figure inside a short one is a name: “315”. */
export const QUOTE_PAIRS: Readonly<Record<string, string>> = { '“': '”', '‘': '’', '「': '」', '《': '》', '"': '"' };

/** Labels of page counters and identifiers; a figure shortly after one is not a metric. */
export const COUNTER_LABELS: readonly string[] = [
  '阅读', '浏览', '访问', '点击', '访问量', '浏览量', '阅读量', '次数', '字号', '索引号', '文号', '编号', '电话',
  '传真', '邮编', '备案号', '标识码',
];

/** Characters before a numeral that make it vague (数十家, 几百人, 成千上万) or a rank (前10名). */
export const VAGUE_BEFORE = '数几成上';

/** Idioms with numerals in them: 三番五次 holds no 五次. */
export const NUMERAL_IDIOMS: readonly string[] = [
  '三番五次', '三天两头', '三年五载', '一年半载', '三三两两', '三五成群', '千方百计', '千家万户', '成千上万',
  '三令五申', '五湖四海', '四面八方', '七上八下', '一五一十', '九牛一毛', '百里挑一', '十全十美', '万无一失',
  // a pager's links, left in the text of a page scraped as one line (上一篇:… 下一篇:…)
  '上一篇', '下一篇', '上一页', '下一页', '上一条', '下一条',
];

/**
 * Sessions of congresses and party bodies: in 十二届八次全会 and 十四届全国人大二次会议 the 次 figure
 * is an ordinal. It is one when 届 stands right before it, or when a meeting word follows it and a
 * 届 stands shortly before (in the same clause).
 */
export const SESSION_TERM = '届';
export const SESSION_MEETINGS: readonly string[] = ['全会', '全体会议', '会议', '全委会', '常委会'];
/** How far before a session figure its 届 may stand: 十四届全国人大二次会议. */
export const SESSION_REACH = 12;

/** Words before a lone 一 that make it "the last one", not a count: 最后一公里, 最后一道防线. */
export const LAST_ONE_BEFORE: readonly string[] = ['最后'];

/**
 * Programme names built as numeral + 个 + noun (五个中心建设, 两个示范区建设): the figure follows a
 * verb of pursuing a goal and its noun is followed by a word of programmes. Both must hold: 完成三个
 * 项目建设 counts projects, and 建成五个中心 counts centres.
 */
export const PROGRAMME_VERBS: readonly string[] = [
  '围绕', '聚焦', '推进', '打造', '加快', '助力', '融入', '践行', '落实', '贯彻', '对标', '争创', '服务于', '深化',
];
export const PROGRAMME_WORDS: readonly string[] = ['建设', '战略', '目标', '定位', '布局', '工程'];
/** The measure word of programme names, and how long their noun may be. */
export const PROGRAMME_MEASURE = '个';
export const PROGRAMME_NOUN_MAX = 4;

/** How far a figure may stand inside a document's title 《…》 and still be part of it. */
export const TITLE_REACH = 60;
