// Words that tell what a paragraph or sentence of a report does: admit problems, explain their
// causes, open next steps, introduce a list, or sign the report off. Read on the normalised view
// (simplified characters, ASCII punctuation).
import { YEAR_SOURCE } from './yearPattern.js';

/** A paragraph that opens next steps: 下一步, 今后, 明年, 新的一年 … (a later year is checked apart). */
export const PLAN_PARAGRAPH_OPENERS = ['下一步', '下步', '今后', '明年', '新的一年', '下一年', '未来'] as const;

/** Words that show a paragraph is about what will be done: 将, 要, 继续 … */
export const FUTURE_WORDS = /[将要拟]|继续|持续|计划|力争|着力|进一步/;

/** A later year opening a paragraph: 2025年,我局将… (the year is group 1). */
export const YEAR_OPENER = /^(\d{4})年度?[,我是要将全]/;

/** Words that make a later-year paragraph a plan: 2025年,我局将继续… (not 将 as 把: 将法治建设纳入…). */
// 将 before a verb of doing more (将加强, 将完善) is "will", never 把
export const YEAR_PLAN_WORDS =
  /将(?:继续|进一步|持续|重点|着力|围绕|以|坚持|深入|全面|不断|紧紧|认真|大力|切实|从|一是|做好|抓好|推进|强化|深化|着重|加强|加快|加大|提升|提高|完善|健全|规范|优化|推动|落实|巩固|建立)|计划|拟/;

/** A paragraph that turns from the problems to what will be done about them: 针对上述问题,… */
export const REMEDY_OPENER = /^(?:针对|对于|就)(?:以上|上述|这些|存在的|前述)(?:问题|不足|短板|困难)/;

const CONNECTIVE = '(?:为此|对此|因此|接下来|今年)?,?';
const OFFICE = '(?:我们|我[局委办镇乡县区市厅部处院所]|本[局委])';
const WILL = '(?:[将要拟]|计划)';
const HOW = '(?:继续|进一步|持续|坚持|重点|着力|不断|切实|围绕|[从在以]|加强|深入|认真|全面|着重|紧紧|一是|做好|抓好|推进|强化|深化)';
/** A paragraph after the problems that says what the office will do: 为此,我局将继续… / 将进一步… */
export const WE_WILL = new RegExp(`^${CONNECTIVE}${OFFICE}?${WILL}${HOW}`);

const TURN = '(?:为此|对此|因此|接下来|今后|下一步|下步)';
/** A sentence inside a paragraph that turns to what will be done: …等问题。为此,我局将继续… */
export const TURN_WILL = new RegExp(`^${TURN},?${OFFICE}?${WILL}${HOW}`);

/**
 * Characters one of which a paragraph must hold to admit problems or open next steps, besides the
 * heading cue characters: ADMISSION (仍还也尚但依), PLAN_PARAGRAPH_OPENERS (下今明新未),
 * REMEDY_OPENER (针对就), YEAR_OPENER (年). Keep in step with those patterns.
 */
export const PARAGRAPH_CUE_CHARS = '仍还也尚但依下今明新未针对就年';

/** Words that open an inline list after its lead: …存在不足,主要是A、B等问题 / 表现为A、B等问题 */
export const LIST_LEAD = /^(?:主要|具体)?(?:是|有|表现(?:在|为))/;

/** Words after which a list of problems comes: 仍存在, 还存在着, 依然面临, 认识到存在 … */
export const ADMISSION = /(?:[仍还也尚但]|依然|仍然|[认意]识到)然?(?:存在|面临|有)着?(?:一些|一定的?|以下|如下)?/;

/** The end of an inline list of problems: 等问题, 等不足, 等方面的问题 … */
export const LIST_END = /等(?:方面)?的?(?:问题|不足|短板|困难|差距|薄弱环节|情况)/;

/** A sentence about found-and-fixed problems is an achievement: 发现问题…整改. */
export const FIXED_WORDS = /发现|排查|查处|整改|督促|纠正|解决|化解|处理/;

/** After a list of problems, words that leave them still to fix: 需要…加以解决, 有待解决, 今后将…整改. */
export const STILL_TO_FIX = /需|有待|亟待|加以|今后|下一步|(?<![已均并])将/;

/** Words after an admission that say a list of problems follows: 存在以下问题:一是… */
export const PROBLEM_WORD = /问题|不足|短板|差距|困难|薄弱/;

/**
 * A paragraph that only introduces what follows: 主要存在以下问题: / 重点做好以下工作。 (not …以下工作:一是…,
 * which lists them). 以下 right after a figure is a bound (控制在3%以下。), it announces nothing.
 */
export const INTRO = /:$|(?<![\d%‰])(?:以下|如下)[^:]{0,40}$/;

/** A paragraph that ends by announcing a list: …主要表现在以下几个方面。 */
export const INTRO_END = /(?<![\d%‰])(?:以下|如下)[^。:]{0,12}[。:]?$/;

const LACK = '(?:问题|不足|差距|短板|困难|弱项|薄弱环节|瓶颈)';
const HOW_MANY = '(?:一些|一定的?|以下|如下|不少|诸多|许多|若干)';
const HOW_BAD = '(?:不容忽视|亟待解决|亟需解决|需要改进|较为突出|突出|较大|较多|明显)';
/**
 * What may stand before a bare admission: the sentence's or a clause's start, a comparison (与…相比),
 * a turn (但, 同时), where (工作中, 方面) or the reporter itself (我局, 我们): not a thing that falls
 * short (执法能力与新形势要求还有差距 names one).
 */
const ADMISSION_LEAD = '(?:^|[,:;中]|相比|对照|来看|但是?|同时|然而|不过|我们|我[局委办镇乡县区市厅部]|本[局委厅]|工作|方面)';
/** A sentence that only admits, with no content: 还存在一些不足。 / 仍存在不少短板弱项和薄弱环节, / …相比还有较大差距。 */
export const BARE_ADMISSION = new RegExp(
  `${ADMISSION_LEAD}(?:[还仍也尚]?存在着?|[还仍也尚]有|[还仍也尚]?面临着?)${HOW_MANY}?${HOW_BAD}?的?${LACK}(?:[和与及、]?${LACK}){0,2}(?:之处)?[。:,]?$`,
);

const SOLVE_WORDS = '加以(?:解决|改进|克服|整改)|研究解决|认真解决|切实解决|逐步解决|努力解决|着力解决';
const SOLVE = `(?:${SOLVE_WORDS})`;
const ABOUT_THEM = '(?:这些|以上|上述|对此|对于)';
const WE = '(?:(?:我们|我[局委办镇乡县区市厅]|本[局委])将|今后)';
/**
 * A sentence that only bridges to the next steps or closes the problems: 这些问题需要在今后工作中
 * 认真加以解决。 / 对此,我们将高度重视,切实加以解决。 / 我们将在今后工作中认真研究解决。
 */
export const BRIDGE = new RegExp(`^(?:${ABOUT_THEM}[^。]{0,30}(?:${SOLVE_WORDS}|今后的?工作中)|${WE}[^。]{0,30}${SOLVE}[。!]?$)`);

const CAUSE_LEAD = '究其原因|分析其?原因|其原因|主要原因|原因(?:是|在于|主要|分析|有)';
const CAUSE_OF = '(?:造成|产生|出现|形成|导致)(?:以上|上述|这些)?(?:问题|不足|情况)的(?:主要)?原因';
/** An opening that explains causes: 究其原因, 产生问题的原因, 原因分析 */
export const CAUSE_OPENER = new RegExp(`^(?:${CAUSE_LEAD}|${CAUSE_OF})`);

/** A sentence that gives causes a little way in: 这些问题的产生,主要原因在于… */
export const CAUSE_SENTENCE = /^[^。]{0,16}原因(?:是|在于|主要|有)/;

const YEAR4 = YEAR_SOURCE;
const CN_MONTH = '[一二三四五六七八九十]{1,2}';
const CN_DAY = '[一二三四五六七八九十]{1,3}';
/** A date line under a signature: 2025年1月10日, 二〇二五年一月十日 */
export const DATE_LINE = new RegExp(`^${YEAR4}年(?:\\d{1,2}月\\d{1,2}|${CN_MONTH}月${CN_DAY})日$`);

/** A closing formula: 特此报告。 / 以上报告,请审阅。 / 妥否,请批示。 */
export const CLOSING = /^(?:特此(?:报告|汇报|说明)|以上报告[^。]{0,8}|妥否[^。]{0,8})[。!]?$/;

/** A paragraph that closes the whole report: 总之,… / 新的一年,我们将… / 站在新的起点上… */
export const CLOSING_PARAGRAPH = /^(?:总之|总而言之|综上所述|站在新的?起点|在新的?征程|新征程上|新的一年里?,?(?:我们|我局|我委|全局|全委))/;

/** Page furniture the chrome pass may have left after the last section: 版权所有…, 【打印本页】, 责任编辑: */
export const PAGE_TAIL = /^(?:版权所有|主办单位|承办单位|地址[:\s]|电话[:\s]|联系电话|网站标识码|技术支持|[【[]?(?:打印|关闭)|扫一扫|分享[:到]|相关链接|责任编辑|附件[:\d])/;

/** A signature's office name ends with an office word: …司法局, …人民政府, …街道办事处. */
export const ORG_NAME = /(?:[局委办厅部处署院所站镇乡]|委员会|政府|办事处|办公室|中心|街道|公司)$/;

/** An unmarked line that is a title, not a heading: 关于…工作总结和2022年工作计划的报告. */
export const TITLE_LINE = /^关于|报告$|总结$/;

const CN_NUM = '[一二三四五六七八九十]{1,3}';
/** A marker at the start of a paragraph that the sections pass did not take: 1. / (2) / 三、 / ④ */
export const LEADING_MARKER = new RegExp(`^(?:\\d{1,2}[.、)](?!\\d)|\\(\\d{1,2}\\)|${CN_NUM}、|\\(${CN_NUM}\\)|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\\s?`);
