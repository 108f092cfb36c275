// A navigation path without a "您当前所在位置" lead: "某市交通运输局 > 信息公开 > 法治政府建设年度报告",
// "政务公开 › 法定主动公开内容", "首页/信息公开/年度报告". Its last segment often names the genre:
// the path is chrome all the same, never the report's title.

/** Separators of path segments; "/" only counts spaced out or in a path of three segments or more. */
const ARROW_SEPARATOR = / {0,3}(?:>{1,2}|[›»〉→]) {0,3}/u;
const ARROW_SPLIT = / {0,3}(?:>{1,2}|[›»〉→]) {0,3}/gu;
const SLASH_SPLIT = / {0,3}\/ {0,3}/gu;
const SEGMENT_MAX = 24;
const PATH_MAX = 160;
/** A segment names a page or a channel: letters, never only digits (2023/01/05 is a date). */
const SEGMENT_NAME = /[\u4e00-\u9fffA-Za-z]/u;
/** Sentence punctuation: a line holding it is running text. */
const SENTENCE = /[。,;:!?、]/u;

function segmentsOk(segments: readonly string[]): boolean {
  return segments.every((s) => s.length >= 1 && s.length <= SEGMENT_MAX && SEGMENT_NAME.test(s));
}

/** True when `text` (a line's content, trimmed) is a navigation path of short segments. */
export function isPathLine(text: string): boolean {
  if (text.length > PATH_MAX || SENTENCE.test(text)) return false;
  if (ARROW_SEPARATOR.test(text)) {
    const segments = text.split(ARROW_SPLIT).filter((s) => s !== '');
    return segments.length >= 2 && segmentsOk(segments);
  }
  if (!text.includes('/')) return false;
  const segments = text.split(SLASH_SPLIT);
  const spaced = / \/ /u.test(text);
  return (segments.length >= 3 || (spaced && segments.length >= 2)) && segmentsOk(segments);
}
