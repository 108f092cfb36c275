// The level of government the issuer belongs to (SPEC "Schema version 2"): national, provincial,
// prefectural, county or township; a development zone takes the level of the place it belongs to.
import { BARE_LEVEL_OF, NATIONAL_ENDS, NATIONAL_STARTS } from '../data/divisionNames.js';
import type { Level } from '../schema.js';
import { PARTY_OPENINGS } from '../data/issuerNames.js';
import type { Entry } from './divisions.js';
import type { RegionReading } from './region.js';
import { endingOf, endsWithOne, openingOf, startsWithOne } from '../wordLists.js';

/** Endings of a party body inside a department (…部党组), passed over to see the department's own. */
const PARTY_ENDS: readonly string[] = ['党组', '党委'];

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
    return sharedLevel(reading.tokens[reading.tokens.length - 1]!.entries);
  }
  const opening = openingOf(PARTY_OPENINGS, view);
  const name = opening === undefined ? view : view.slice(opening.length);
  const bare = BARE_LEVEL_OF[name.charAt(0)];
  if (bare) return bare;
  const partyEnd = endingOf(PARTY_ENDS, name);
  const own = partyEnd === undefined ? name : name.slice(0, -partyEnd.length);
  return startsWithOne(NATIONAL_STARTS, own) || endsWithOne(NATIONAL_ENDS, own) ? 'national' : null;
}

/** The level all of `entries` share, or null when they differ. */
function sharedLevel(entries: readonly Entry[]): Level | null {
  const level = entries[0]?.division.level ?? null;
  for (const e of entries) if (e.division.level !== level) return null;
  return level;
}
