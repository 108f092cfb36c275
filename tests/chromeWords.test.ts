import { describe, expect, it } from 'vitest';
import { holdsWord, indexOpenings, indexWords, openingsOf } from '../src/chrome/words.js';
import { lineKind, mayBeStrongChromeAt } from '../src/chrome/lineKind.js';
import { createDoc } from '../src/document.js';

const index = indexWords(['版权所有', '版权', 'ICP备', '©']);

describe('holdsWord', () => {
  it.each([
    ['本站版权所有', 0, 6, true],
    ['© 2023 某局', 0, 10, true],
    ['京ICP备12345号', 0, 11, true],
    ['京ICP12345号', 0, 10, false],
    // the word must stand wholly inside the range
    ['本站版权所有', 0, 3, false],
    ['本站版权所有', 2, 4, true],
    ['本站版权所有', 3, 6, false],
    ['', 0, 0, false],
  ] as const)('%s [%i, %i) → %s', (text, start, end, expected) => {
    expect(holdsWord(index, text, start, end)).toBe(expected);
  });
});

describe('openingsOf', () => {
  const leads = indexOpenings([{ words: ['上一篇', '上一条', '相关链接'], follow: /[\s:]|^$/u }]);
  it.each([
    ['上一篇:某某通知', 1],
    ['上一篇', 1],
    ['上一条 某某', 1],
    ['上一篇文章', 0],
    ['相关链接:', 1],
    ['本篇上一篇:', 0],
    ['', 0],
  ] as const)('%s → %s', (text, expected) => {
    expect(openingsOf(leads, text)).toBe(expected);
  });

  // one word in two lists, each with its own follower: a list's bit is set by its own follower only
  const kinds = indexOpenings([
    { words: ['来源', '附件'], follow: /[\s:]/u },
    { words: ['附件', '附件下载'], follow: /[\s:\d]|^$/u },
  ]);
  it.each([
    ['附件:说明.pdf', 0b11],
    ['附件1', 0b10],
    ['附件', 0b10],
    ['附件下载', 0b10],
    ['来源:某局', 0b01],
    ['来源于', 0],
  ] as const)('%s → %i', (text, expected) => {
    expect(openingsOf(kinds, text)).toBe(expected);
  });
});

describe('mayBeStrongChromeAt', () => {
  it.each([
    ['当前位置:首页 > 政务公开', true],
    ['版权所有 某某人民政府', true],
    ['Copyright © 2023', true],
    ['一是加强组织领导,健全工作机制。', false],
    ['全面推进依法行政', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(mayBeStrongChromeAt(text, 0, text.length)).toBe(expected);
  });
  it('reads only inside the range given', () => {
    const text = '推进依法行政工作。打印本页';
    expect(mayBeStrongChromeAt(text, 0, 9)).toBe(false);
    expect(mayBeStrongChromeAt(text, 0, text.length)).toBe(true);
  });
});

describe('lineKind with strongOnly', () => {
  it.each([
    ['当前位置:首页 > 政务公开', 'breadcrumb', 'breadcrumb'],
    ['版权所有:某某市人民政府', 'footer', 'footer'],
    ['上一篇:某某通知', 'pager', 'pager'],
    ['[发布机构]某局 [发布日期]2023-01-05', 'metadata', 'metadata'],
    // weak kinds last in the order are not asked for
    ['2026-01-20 17:01 | 某市水务局', 'dateLine', null],
    ['首页 机构 政务 互动 服务', 'nav', null],
    ['附件:', 'attachment', null],
    ['一是加强组织领导,健全工作机制。', null, null],
  ] as const)('%s → %s / %s', (text, full, strong) => {
    const doc = createDoc(text);
    const line = doc.lines[0]!;
    expect(lineKind(doc, line)?.kind ?? null).toBe(full);
    expect(lineKind(doc, line, true)?.kind ?? null).toBe(strong);
  });
});
