// How a cited title (《…》) says what kind of document it is (citation.kind, SPEC "Schema version 2").
// The title's last words decide, after a closing note in brackets ((试行), (2021—2025年)) is set aside.
import type { CitationKind } from '../schema.js';

export interface KindEnding {
  readonly ending: string;
  readonly kind: CitationKind;
  /** A 规定 / 办法 made by a local government (苏州市…管理办法) is no regulation of a legislature. */
  readonly nationalOnly?: boolean;
}

/** Endings in the order they are tried: the longer one first where one ends another (办法 before 法). */
export const KIND_ENDINGS: readonly KindEnding[] = [
  { ending: '办法', kind: 'regulation', nationalOnly: true },
  { ending: '方法', kind: 'other' },
  { ending: '做法', kind: 'other' },
  { ending: '条例', kind: 'regulation' },
  { ending: '规定', kind: 'regulation', nationalOnly: true },
  { ending: '法典', kind: 'law' },
  { ending: '法', kind: 'law' },
  { ending: '规划', kind: 'plan' },
  { ending: '纲要', kind: 'plan' },
  { ending: '方案', kind: 'plan' },
  { ending: '要点', kind: 'plan' },
];

/**
 * Words that name a department or a party body as the issuer: a 规定 / 办法 / 条例 they issue is
 * no regulation of a legislature or the State Council (某市卫生健康委员会…管理办法 → other).
 */
export const DEPARTMENT_ISSUER_WORDS: readonly string[] = [
  '局', '厅', '办公室', '办公厅', '委员会', '中国共产党', '党组', '党委',
];

/** Words that keep a 委员会 a legislature (全国人民代表大会常务委员会 …). */
export const LEGISLATURE_WORDS: readonly string[] = ['人民代表大会', '人大常委会', '常务委员会', '国务院'];

/** Words that open a local document by the scope it covers (全市…实施办法, 本省…规定): its own place's. */
export const LOCAL_SCOPE_OPENERS = '全本我';
/** The levels such an opener takes (全市, 全县, 我区). */
export const LOCAL_SCOPE_LEVELS = '省市县区州旗盟';
/** Characters after a level that make it part of a word instead (全市场, 全区域, 全县级). */
export const NOT_A_LEVEL_AFTER = '场域级';
