// A 来源/发布机构/作者 that names an internal unit of a body (市发展改革委办公室, 市交通运输局政策法规科):
// the body is the issuer, not its unit.
import { BODY_ENDS, GOVERNMENT_UNITS, INTERNAL_UNIT_ENDS } from '../data/issuerNames.js';
import { isOrgName } from './orgName.js';

/**
 * A party committee's commission that works through its office (县委全面依法治县委员会, 机构编制委员会):
 * the office (…委员会办公室) is the body that reports, as a government's office is.
 */
const COMMISSION_WITH_OFFICE = /(?:依法治[省市县区旗]|机构编制)委员会$/u;

const OFFICE = '办公室';

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
 * government's office (县人民政府办公室, 省人民政府侨务办公室) and a party commission's
 * (县委全面依法治县委员会办公室) are bodies of their own and are kept whole.
 */
export function bodyLength(view: string): number {
  const end = unitEnd(view);
  if (end === '') return view.length;
  const last = view.length - end.length;
  for (let cut = last; cut >= 2 && view.length - cut <= UNIT_MAX; cut--) {
    const body = view.slice(0, cut);
    if (!BODY_ENDS.some((e) => body.endsWith(e)) || !isOrgName(body)) continue;
    const unit = view.slice(cut);
    if (GOVERNMENT_UNITS.includes(unit) && (body.endsWith('政府') || COMMISSION_WITH_OFFICE.test(body))) return view.length;
    // a government's office of a line of work is a body of its own (某省人民政府侨务办公室, …外事办公室)
    if (body.endsWith('政府') && unit.endsWith(OFFICE)) return view.length;
    return cut;
  }
  return view.length;
}
