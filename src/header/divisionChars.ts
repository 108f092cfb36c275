// Characters of a clause (的 在 是 将 把) or of a body (府 委 局) that a real place's name may hold:
// 将乐县, 府谷县, 忻府区, 东昌府区. A stretch holding one is a clause, not a name, unless the
// character stands inside a division name the table knows.
import { divisions } from '../identity/divisions.js';

/** For each set of characters asked about, the division names (in full) holding one of them. */
const NAMES_WITH = new Map<string, readonly string[]>();

function divisionNamesWith(chars: string): readonly string[] {
  let names = NAMES_WITH.get(chars);
  if (!names) {
    names = [...divisions().byName]
      .filter(([name, entries]) => entries.some((e) => !e.stem) && [...name].some((c) => chars.includes(c)))
      .map(([name]) => name);
    NAMES_WITH.set(chars, names);
  }
  return names;
}

/** True when `view` holds one of `chars` outside every division name the table knows. */
export function holdsOutsideDivisions(view: string, chars: string): boolean {
  let rest = view;
  for (const name of divisionNamesWith(chars)) if (rest.includes(name)) rest = rest.split(name).join(' ');
  for (let i = 0; i < rest.length; i++) if (holds(chars, rest.charCodeAt(i))) return true;
  return false;
}

/** True when `code` is the code of one of `chars` (a few characters). */
function holds(chars: string, code: number): boolean {
  for (let j = 0; j < chars.length; j++) if (chars.charCodeAt(j) === code) return true;
  return false;
}
