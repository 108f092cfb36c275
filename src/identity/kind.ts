// What kind of body the issuer is (SPEC "Schema version 2"): a government (人民政府, 街道办事处,
// 管委会, a 地区's 行政公署, a 镇 or 街道 named alone), a department (局/委/厅/部/办, 海关 …), a party body (党委/党组/党工委,
// 中共…), or other. Read with a few startsWith/endsWith on the short name: no regex to bring in.
import { PARTY_OPENINGS } from '../data/issuerNames.js';
import type { IssuerKind } from '../schema.js';
import { departmentLineIn } from './departmentWords.js';
import { endsWithOne, startsWithOne } from '../wordLists.js';

/** What a party body's name ends with; also a level's committee (县委, 区委, 旗委): see LEVELS. */
const PARTY_ENDS: readonly string[] = ['党委', '党组', '党工委'];
/** The levels a party committee is named for (县委, 市委 …), one character each. */
const LEVELS = '省市县区旗';
const COMMITTEE_CHAR = '委';
/** A party committee's own offices after its 委 (…县委政法委, …区委全面依法治区委员会办公室). */
const PARTY_OFFICE_AFTER: readonly string[] = ['政法委', '全面依法治', '依法治'];
/** A party committee's office of rule of law, before a level and 办 (依法治市办). */
const RULE_OF_LAW = '依法治';
const OFFICE_CHAR = '办';
const GOVERNMENT_ENDS: readonly string[] = ['人民政府', '政府', '办事处', '管委会', '管理委员会', '行政公署'];
/** A commission that supervises a line (国有资产监督管理委员会): a department, not a zone's 管理委员会. */
const SUPERVISION = '监督管理委员会';
/** A commission's full suffix: a zone's management committee, or a commission of a line of work. */
const COMMITTEE = '管理委员会';
/** A government's line of work; 海关 and 调查队 (国家统计局某调查队) are vertical branches of one, a 支队/大队/执法队 an arm of one. */
const DEPARTMENT_LAST_CHARS = '局委厅部署办';
const DEPARTMENT_ENDS: readonly string[] = ['委员会', '办公室', '办公厅', '海关', '调查队', '支队', '大队', '执法队'];

function isLevelAt(view: string, i: number): boolean {
  return i >= 0 && i < view.length && LEVELS.includes(view.charAt(i));
}

/** A party body's name: 中共…, …党委/党组/党工委, …县委. */
function isParty(view: string): boolean {
  if (startsWithOne(PARTY_OPENINGS, view) || endsWithOne(PARTY_ENDS, view)) return true;
  return view.endsWith(COMMITTEE_CHAR) && isLevelAt(view, view.length - 2);
}

/** A party committee's own office: …县委政法委, …区委全面依法治区委员会办公室, 依法治市办. */
function isPartyOffice(view: string): boolean {
  for (let i = view.indexOf(COMMITTEE_CHAR); i >= 0; i = view.indexOf(COMMITTEE_CHAR, i + 1)) {
    if (!isLevelAt(view, i - 1)) continue;
    for (const after of PARTY_OFFICE_AFTER) if (view.startsWith(after, i + 1)) return true;
  }
  for (let i = view.indexOf(RULE_OF_LAW); i >= 0; i = view.indexOf(RULE_OF_LAW, i + 1)) {
    const level = i + RULE_OF_LAW.length;
    if (isLevelAt(view, level) && view.charAt(level + 1) === OFFICE_CHAR) return true;
  }
  return false;
}

/**
 * The kind of body a folded issuer name names; `township` is the 乡/镇/街道 it states, a
 * government when nothing follows it (发布机构: 澧浦镇); `organ`, the name without its places, tells
 * a commission of a line of work (城市管理委员会, 住房和城乡建设管理委员会: a department) from a
 * zone's 管理委员会.
 */
export function readKind(view: string, township: string | null, organ = ''): IssuerKind {
  if (isParty(view) || isPartyOffice(view)) return 'party';
  if (view.endsWith(SUPERVISION) || (view.endsWith(COMMITTEE) && departmentLineIn(organ) !== null)) return 'department';
  if (endsWithOne(GOVERNMENT_ENDS, view) || (township !== null && view.endsWith(township))) return 'government';
  if ((view.length > 0 && DEPARTMENT_LAST_CHARS.includes(view.charAt(view.length - 1))) || endsWithOne(DEPARTMENT_ENDS, view)) return 'department';
  return 'other';
}
