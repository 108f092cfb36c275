// What kind of body the issuer is (SPEC "Schema version 2"): a government (人民政府, 街道办事处,
// 管委会, a 地区's 行政公署, a 镇 or 街道 named alone), a department (局/委/厅/部/办, 海关 …), a party body (党委/党组/党工委,
// 中共…), or other.
import type { IssuerKind } from '../schema.js';
import { departmentLineIn } from './departmentWords.js';

const PARTY = /^(?:中共|中国共产党)|(?:党委|党组|党工委|[省市县区旗]委)$/u;
/** A party committee's own offices: …县委政法委, …区委全面依法治区委员会办公室, 依法治市办. */
const PARTY_OFFICE = /[省市县区旗]委(?:政法委|全面依法治|依法治)|依法治[省市县区旗]办/u;
const GOVERNMENT = /(?:人民政府|政府|办事处|管委会|管理委员会|行政公署)$/u;
/** A commission that supervises a line (国有资产监督管理委员会): a department, not a zone's 管理委员会. */
const SUPERVISION = '监督管理委员会';
/** A commission's full suffix: a zone's management committee, or a commission of a line of work. */
const COMMITTEE = '管理委员会';
/** A government's line of work; 海关 and 调查队 (国家统计局某调查队) are vertical branches of one, a 支队/大队/执法队 an arm of one. */
const DEPARTMENT = /(?:[局委厅部署办]|委员会|办公室|办公厅|海关|调查队|支队|大队|执法队)$/u;

/**
 * The kind of body a folded issuer name names; `township` is the 乡/镇/街道 it states, a
 * government when nothing follows it (发布机构: 澧浦镇); `organ`, the name without its places, tells
 * a commission of a line of work (城市管理委员会, 住房和城乡建设管理委员会: a department) from a
 * zone's 管理委员会.
 */
export function readKind(view: string, township: string | null, organ = ''): IssuerKind {
  if (PARTY.test(view) || PARTY_OFFICE.test(view)) return 'party';
  if (view.endsWith(SUPERVISION) || (view.endsWith(COMMITTEE) && departmentLineIn(organ) !== null)) return 'department';
  if (GOVERNMENT.test(view) || (township !== null && view.endsWith(township))) return 'government';
  if (DEPARTMENT.test(view)) return 'department';
  return 'other';
}
