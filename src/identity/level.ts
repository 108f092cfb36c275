// The level of government the issuer belongs to (SPEC "Schema version 2"): national, provincial,
// prefectural, county or township; a development zone takes the level of the place it belongs to.
import { BARE_LEVEL_OF, NATIONAL_ENDS, NATIONAL_STARTS } from '../data/divisionNames.js';
import type { Level } from '../schema.js';
import type { RegionReading } from './region.js';

/** Endings of a party body inside a department (…部党组), passed over to see the department's own. */
const PARTY_ENDS = /(?:党组|党委)$/u;

function unknownLevel(suffix: string, below: boolean): Level {
  if (suffix === '省') return 'provincial';
  if (/[州盟]|地区/u.test(suffix)) return 'prefectural';
  // a 市 right after a prefecture is a county-level city
  return suffix === '市' && !below ? 'prefectural' : 'county';
}

/** The level of the body named `view` (folded), given where it belongs. */
export function readLevel(view: string, reading: RegionReading): Level | null {
  if (reading.township !== null) return 'township';
  if (reading.division) return reading.division.level;
  if (reading.unknown) return unknownLevel(reading.unknown.suffix, reading.tokens.length > 0);
  if (reading.tokens.length > 0) {
    // a name several places share: their level when they agree (鼓楼区 is a county wherever it is)
    const levels = new Set(reading.tokens[reading.tokens.length - 1]!.entries.map((e) => e.division.level));
    return levels.size === 1 ? [...levels][0]! : null;
  }
  const name = view.replace(/^(?:中共|中国共产党)/u, '');
  const bare = BARE_LEVEL_OF[name.charAt(0)];
  if (bare) return bare;
  const own = name.replace(PARTY_ENDS, '');
  if (NATIONAL_STARTS.some((s) => own.startsWith(s)) || NATIONAL_ENDS.some((e) => own.endsWith(e))) return 'national';
  return null;
}
