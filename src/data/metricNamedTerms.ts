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
];
