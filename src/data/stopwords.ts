// Words and phrases that carry no meaning of their own in a 法治政府建设年度报告: the formulas every
// report repeats (习近平新时代中国特色社会主义思想 …) and the function words of written Chinese.
// words() drops them by default; users add their own through the stopWords / stopPhrases options.

/**
 * Phrases of the genre, matched in the normalised text (simplified characters, ASCII digits) before
 * segmentation: every word that overlaps an occurrence is dropped. "…" stands for a gap of up to
 * STOP_PHRASE_GAP_MAX characters without a clause mark (。，；：！？), e.g. 坚持以…为指导 covers
 * 坚持以习近平新时代中国特色社会主义思想为指导.
 */
export const GENRE_STOP_PHRASES: readonly string[] = [
  '习近平新时代中国特色社会主义思想',
  '习近平法治思想',
  '坚持以…为指导',
  '以…为指导',
  '深入学习贯彻',
  '认真学习贯彻',
  '全面贯彻',
  '深入贯彻',
  '贯彻落实',
  '学习宣传贯彻',
  '党的二十大精神',
  '党的二十届',
  '党的十九大精神',
  '党的十九届',
  '党的十八大以来',
  '中全会精神',
  '全面依法治国',
  '法治政府建设',
  '法治政府建设实施纲要',
  '第一责任人职责',
  '推进法治建设第一责任人',
  '党政主要负责人',
  '现将有关情况报告如下',
  '现将…报告如下',
  '工作情况报告如下',
  '取得了积极成效',
  '取得明显成效',
  '存在的问题和不足',
  '下一步工作打算',
  '主要举措和成效',
  '年度报告',
  '工作报告',
  '工作总结',
];

/** The longest gap "…" stands for in a stop phrase, in characters. */
export const STOP_PHRASE_GAP_MAX = 40;

/**
 * Single words of the genre and function words: common to every report, or with no content of
 * their own. Compared with each word as segmented (normalised form).
 */
export const GENRE_STOP_WORDS: readonly string[] = [
  // function words
  '的', '了', '在', '是', '和', '与', '及', '以及', '等', '对', '为', '以', '将', '把', '被', '由', '从',
  '向', '于', '并', '并且', '或', '或者', '也', '都', '而', '又', '就', '其', '之', '中', '上', '下',
  '个', '有', '无', '不', '没有', '这', '那', '这些', '该', '各', '各项', '各类', '一', '一是', '二是',
  '三是', '四是', '五是', '六是', '七是', '八是', '九是', '十是', '我们', '我', '我委', '我局', '我市',
  '我区', '我县', '我省', '年', '月', '日', '通过', '进行', '开展', '加强', '进一步', '不断', '积极',
  '切实', '扎实', '持续', '全面', '深入', '推进', '推动', '坚持', '落实', '贯彻', '提升', '提高', '完善',
  '健全', '强化', '做好', '着力', '围绕', '按照', '根据', '关于', '方面', '工作', '情况', '有关', '相关',
  '主要', '重要', '重点', '已', '已经', '共', '其中', '同时', '目前', '今年', '全年', '以来', '年度',
  '下一步', '一步', '确保', '有效', '依法', '严格',
];
