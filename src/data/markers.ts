// Heading markers and inline enumeration markers: the characters they are made of.
// Everything here is matched against the normalised view, where （）．，：； are already
// folded to ( ) . , : ; and full-width digits to ASCII.
import type { SectionStyle } from '../schema.js';

/** Chinese numeral characters an ordinal is written with (一 … 十, up to 九十九). */
export const CN_ORDINAL_CHARS = '一二三四五六七八九十';

/** Circled numbers ① … ⑳, in order (index + 1 is the ordinal). */
export const CIRCLED_NUMBERS = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** What may follow the numeral of a 一、 or 1. marker (after folding: 、 . ). */
export const MARKER_STOPS = '、.';

/**
 * After 一、 a second numeral and one of these makes a list of numbers, not a heading:
 * 一、二季度, 一、二月份, 一、二级, 一、二线城市, 一、二、三类.
 */
export const NUMBER_LIST_FOLLOWERS = '、季月年级线类档批期等';

/** The words of a 第一部分 / 第一章 / 第一节 marker. */
export const PART_WORDS = ['部分', '章', '节'] as const;

/** The usual order of depth: a style earlier in the list sits above a later one. */
export const STYLE_DEPTH: readonly SectionStyle[] = ['part', 'cn', 'cn-paren', 'num', 'num-paren', 'circled'];

/** Characters that end a heading's title when it runs into its text: 。 ！ ？ ; : */
export const TITLE_STOPS = '。!?;:';

/** Punctuation stripped from the end of a title (the closing punctuation of a heading). */
export const TITLE_TRIM = '。!?;:,、.';

/** Quotes and brackets inside which a title stop does not count: opener → closer. */
export const TITLE_QUOTES: Readonly<Record<string, string>> = { '“': '”', '《': '》', '(': ')', '「': '」', '‘': '’' };

/** Lines that continue a sentence end with these: a "1." after one is a list number, not a heading. */
export const SENTENCE_CONTINUES = ',、';

/** Inline enumeration markers: 一是 二是 …, 第一 第二 … (before , 、 :), 其一 其二 …  */
export interface EnumMarkerForm {
  /** Name of the form, for tests and messages. */
  readonly name: 'shi' | 'di' | 'qi';
  /** Text before the numeral (第, 其) or ''. */
  readonly before: string;
  /** Text right after the numeral (是) or '' when a separator must follow instead. */
  readonly after: string;
  /** Characters one of which must follow the marker ('' when anything may). */
  readonly followedBy: string;
}

export const ENUM_MARKER_FORMS: readonly EnumMarkerForm[] = [
  { name: 'shi', before: '', after: '是', followedBy: '' },
  { name: 'di', before: '第', after: '', followedBy: ',、:' },
  { name: 'qi', before: '其', after: '', followedBy: ',、:是' },
];
