// The line of work of a department (INDICATORS.md "Departments"), from the words of its name after
// the places: 卫生健康委员会, 卫健局, 卫生和计划生育委员会 → 卫生健康. A government has none.
import type { IssuerKind } from '../schema.js';
import { departmentLineIn } from './departmentWords.js';

/** The canonical line of work of the body named `organ` (the name without its places), or null. */
export function readDepartment(organ: string, kind: IssuerKind): string | null {
  if (kind === 'government') return null;
  return departmentLineIn(organ);
}
