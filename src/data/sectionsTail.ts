// What may close a report after its last section: the signature (落款), i.e. the issuer's name on
// a line or two and the date under it (or on the same line), and a note in brackets after it
// ((此件公开发布), (联系人:…)). It belongs to no section.

/** A date ending a line: 2022年3月11日, 二〇二二年三月十一日, 2022-03-11, 2022/3/11, 2022.3.11. */
export const SIGNATURE_DATE_AT_END = [
  /\d{4} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日$/,
  /[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日$/,
  /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/,
] as const;

/** Longest line read as part of a signature (the issuer's name). */
export const SIGNATURE_NAME_MAX = 30;

/** Lines of the issuer's name above the date, at most. */
export const SIGNATURE_NAME_LINES = 2;

/** Notes in brackets after the date, at most: (此件公开发布). */
export const SIGNATURE_NOTE_LINES = 2;

/** The labels of an official document's colophon (版记) under the signature: 抄送:…, (联系人:…). */
export const COLOPHON_LABELS: readonly string[] = ['抄送', '抄报', '主送', '印发', '联系人', '联系电话'];

/**
 * Short lines after the date that end no sentence, at most: page furniture the chrome pass did not
 * know (a counter, a link list, an attachment's name). Past them, a date line still closes the report.
 */
export const SIGNATURE_TRAILER_LINES = 4;

/** Longest such line. */
export const SIGNATURE_TRAILER_MAX = 60;

/** A signature name line does not end like a sentence… */
export const SENTENCE_ENDS = '。;:!?,、)”';

/** …and holds no sentence punctuation and no digits anywhere (an issuer's name has none). */
export const NOT_IN_NAMES = '。;:!?,0123456789';
