// A 来源/发布机构/作者 that names an internal unit of a body (市发展改革委办公室, 市交通运输局政策法规科):
// the body is the issuer, not its unit.
import { BODY_ENDS, GOVERNMENT_UNITS, INTERNAL_UNIT_ENDS } from '../data/issuerNames.js';
import { isOrgName } from './orgName.js';

/** A unit's own name is short: 办公室, 政策法规科, 法治宣传中心. */
const UNIT_MAX = 12;

/** The longest unit ending `view` ends with (办公室 over 室), or ''. */
function unitEnd(view: string): string {
  let best = '';
  for (const u of INTERNAL_UNIT_ENDS) if (u.length > best.length && view.endsWith(u)) best = u;
  return best;
}

/**
 * The length of the body's name at the start of `view` when the rest names one of its internal
 * units (市发展改革委|办公室 → 6, 市卫生健康委员会|法规科 → 8); `view.length` otherwise. A
 * government's office (县人民政府办公室) is a body of its own and is kept whole.
 */
export function bodyLength(view: string): number {
  const end = unitEnd(view);
  if (end === '') return view.length;
  const last = view.length - end.length;
  for (let cut = last; cut >= 2 && view.length - cut <= UNIT_MAX; cut--) {
    const body = view.slice(0, cut);
    if (!BODY_ENDS.some((e) => body.endsWith(e)) || !isOrgName(body)) continue;
    return body.endsWith('政府') && GOVERNMENT_UNITS.includes(view.slice(cut)) ? view.length : cut;
  }
  return view.length;
}
