// isProseLine: a line of running text (a full stop, or a clause of some length between commas).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isProseLine } from '../src/chrome/text.js';

/** The definition, written the plain way (split on commas and semicolons, trim each piece). */
function reference(text: string): boolean {
  if (text.includes('。')) return true;
  if (text.length < 20 || !/[,;]/u.test(text)) return false;
  return text.split(/[,;]/u).some((part) => part.trim().length >= 8);
}

describe('isProseLine', () => {
  it.each([
    ['a sentence with a full stop', '我局推进依法行政。', true],
    ['a clause of eight characters between commas', '网站首页,全面推进依法行政各项工作,新闻中心', true],
    ['a menu of short items', '网站首页,机构概况,政务公开,办事服务,互动交流', false],
    ['spaces at the ends of a piece are not counted', '网站首页,    依法行政工作    ,新闻中心', false],
    ['no comma', '全面推进依法行政工作全面推进依法行政', false],
  ])('%s', (_form, text, prose) => {
    expect(isProseLine(text)).toBe(prose);
  });

  it('agrees with the plain definition on any line (property)', () => {
    const line = fc.string({ unit: fc.constantFrom('法', '治', ',', ';', ' ', '\u3000', '\t', '。', 'a'), maxLength: 60 });
    fc.assert(fc.property(line, (text) => isProseLine(text) === reference(text)), { numRuns: 2000 });
  });
});
