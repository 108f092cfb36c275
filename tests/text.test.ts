// fazhi-report/text: words() and keywords() on the fixtures, with the real segmenter
// (@node-rs/jieba, a dev dependency) and, for the missing-peer error, a simulated import.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { findChrome } from '../src/chrome/index.js';
import { GENRE_STOP_PHRASES } from '../src/data/stopwords.js';
import { createDoc } from '../src/document.js';
import { parseReport, type Section } from '../src/index.js';
import { keywords, loadText, words, type SectionWords } from '../src/text/index.js';
import { wordsField } from '../src/text/record.js';
import { MISSING_MESSAGE, setJiebaImport } from '../src/text/segmenter.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const NAMES = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const INPUTS = NAMES.map((name) => {
  const text = read(name);
  return { id: name, text, report: parseReport(text) };
});
const input = (name: string) => INPUTS.find((i) => i.id === name)!;

const allWords = (sections: SectionWords[]) => sections.flatMap((s) => s.words);
const terms = (sections: SectionWords[]) => allWords(sections).map((w) => w.word);

function sectionAt(sections: readonly Section[], path: readonly number[]): Section {
  let list = sections;
  let found: Section | undefined;
  for (const i of path) {
    found = list[i]!;
    list = found.children;
  }
  return found!;
}

describe('words: spans', () => {
  it.each(NAMES)('every word of %s slices back from the text, in order within its section', async (name) => {
    const { text, report } = input(name);
    const sections = await words(report, text);
    expect(allWords(sections).length).toBeGreaterThan(0);
    for (const s of sections) {
      for (const w of s.words) expect(text.slice(w.span.start, w.span.end)).toBe(w.word);
      const body = s.words.filter((w) => !w.heading).map((w) => w.span.start);
      expect(body).toEqual([...body].sort((a, b) => a - b));
    }
  });

  it.each(NAMES)('no word of %s comes from page chrome or from outside the body (the title aside)', async (name) => {
    const { text, report } = input(name);
    const chrome = findChrome(createDoc(text));
    for (const s of await words(report, text)) {
      for (const w of s.words) {
        expect(chrome.spans.some((c) => c.start < w.span.end && c.end > w.span.start)).toBe(false);
        const inTitle = s.kind === 'preamble' && w.heading && report.titleSpan !== null;
        if (!inTitle) expect(w.span.start >= chrome.body.start && w.span.end <= chrome.body.end).toBe(true);
      }
    }
  });

  it('leaves out the breadcrumb, the metadata line and the footer of a page', async () => {
    const text = [
      '您当前所在位置:首页 > 政务公开',
      '某县司法局2023年法治政府建设年度报告',
      '发布时间:2024-01-15  来源:本站  浏览次数:88',
      '',
      '一、主要举措',
      '全年办理行政复议案件12件,开展普法宣传活动30场。',
      '二、存在问题',
      '基层执法人员力量不足。',
      '',
      '版权所有:某县人民政府  技术支持:某某网络公司',
    ].join('\n');
    const found = terms(await words(parseReport(text), text));
    expect(found).toContain('行政复议');
    expect(found).toContain('执法人员');
    for (const chromeWord of ['首页', '浏览', '版权所有', '技术支持', '网络', '本站']) expect(found).not.toContain(chromeWord);
  });
});

describe('words: sections and headings', () => {
  it('gives the preamble, each section depth first and the closing, with the path into report.sections', async () => {
    const { text, report } = input('seed-000.txt');
    const sections = await words(report, text);
    expect(sections[0]!.kind).toBe('preamble');
    expect(sections[sections.length - 1]!.kind).toBe('closing');
    const inTree = sections.filter((s) => s.kind === 'section');
    const count = (list: readonly Section[]): number => list.reduce((n, s) => n + 1 + count(s.children), 0);
    expect(inTree).toHaveLength(count(report.sections));
    for (const s of inTree) {
      const section = sectionAt(report.sections, s.path);
      expect([s.marker, s.title]).toEqual([section.marker, section.title]);
      for (const w of s.words) {
        const { headingSpan, span } = section;
        if (w.heading) expect(w.span.start >= headingSpan.start && w.span.end <= headingSpan.end).toBe(true);
        else expect(w.span.start >= headingSpan.end && w.span.end <= span.end).toBe(true);
        // a section's own words: none from a child
        for (const child of section.children) expect(w.span.start >= child.span.start && w.span.end <= child.span.end).toBe(false);
      }
    }
  });

  it('marks heading words and leaves the marker out (一、 (二) are numbering)', async () => {
    const text = '一、加强组织领导\n(一)强化执法监督\n开展执法检查。\n(二)深化行政复议体制改革\n全年办理行政复议案件12件。\n二、存在问题\n基层执法人员力量不足。\n';
    const report = parseReport(text);
    const sections = await words(report, text);
    const child = sections.find((s) => s.marker === '(二)')!;
    expect(child.words.filter((w) => w.heading).map((w) => w.word)).toEqual(['深化', '行政复议', '体制改革']);
    expect(child.words.filter((w) => !w.heading).map((w) => w.word)).toEqual(['办理', '行政复议', '案件', '12', '件']);
    const top = sections.find((s) => s.marker === '一、')!;
    expect(top.words.map((w) => [w.word, w.heading])).toEqual([
      ['组织', true],
      ['领导', true],
    ]);
  });

  it('marks the title as the heading of the preamble', async () => {
    const { text, report } = input('seed-000.txt');
    const [preamble] = await words(report, text);
    const title = preamble!.words.filter((w) => w.heading);
    expect(title.map((w) => w.word)).toEqual(['南昌市', '卫健委', '2021']);
    for (const w of title) expect(w.span.start >= report.titleSpan!.start && w.span.end <= report.titleSpan!.end).toBe(true);
  });
});

describe('words: reports as saved', () => {
  it('reads a report through JSON, and one that lacks the fields it does not read (saved by an older version)', async () => {
    const { text, report } = input('seed-002.txt');
    const expected = await words(report, text);
    expect(await words(JSON.parse(JSON.stringify(report)) as typeof report, text)).toEqual(expected);
    const strip = (s: Section): object => ({ marker: s.marker, title: s.title, span: s.span, headingSpan: s.headingSpan, children: s.children.map(strip) });
    const old = { titleSpan: report.titleSpan, sections: report.sections.map(strip) };
    expect(await words(old as typeof report, text)).toEqual(expected);
  });
});

describe('words: stop words, stock phrases and the user dictionary', () => {
  const text = '一、学习贯彻\n坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神,推进行政机关负责人出庭应诉,加强规范性文件合法性审核。卫生监督执法力度加大。\n';

  it('drops the stock phrases of the genre, gaps included (坚持以…为指导)', async () => {
    const found = terms(await words(parseReport(text), text));
    for (const w of ['坚持', '习近平', '新', '时代', '中国', '特色', '社会主义', '思想', '指导', '党', '二十大', '精神']) {
      expect(found).not.toContain(w);
    }
    expect(GENRE_STOP_PHRASES).toContain('坚持以…为指导');
  });

  it('keeps the domain words of the user dictionary whole', async () => {
    const found = terms(await words(parseReport(text), text));
    expect(found).toEqual(expect.arrayContaining(['负责人出庭应诉', '规范性文件', '合法性审核']));
  });

  it('a gap runs across no clause mark: the head alone is not a phrase', async () => {
    const t = '一、概况\n坚持以人民为中心。为指导基层,编写手册。\n';
    expect(terms(await words(parseReport(t), t))).toContain('人民');
  });

  it('takes more stop words, stop phrases and user words from the options, and can keep the genre lists', async () => {
    const report = parseReport(text);
    const base = terms(await words(report, text));
    expect(base).toContain('执法');
    expect(base).toContain('卫生');
    expect(terms(await words(report, text, { stopWords: ['执法'] }))).not.toContain('执法');
    const phrased = terms(await words(report, text, { stopPhrases: ['推进…出庭应诉'] }));
    expect(phrased).not.toContain('负责人出庭应诉');
    expect(phrased).not.toContain('行政');
    const kept = terms(await words(report, text, { genreStopWords: false }));
    expect(kept).toEqual(expect.arrayContaining(['坚持', '习近平', '加强']));
    expect(terms(await words(report, text, { userWords: ['卫生监督'] }))).toContain('卫生监督');
    // extra words hold for the call that asks for them only
    expect(terms(await words(report, text))).toEqual(base);
  });

  it('reads traditional characters as simplified ones, and gives the words as written', async () => {
    const t = '一、概況\n辦理行政複議案件十二件。\n';
    const found = allWords(await words(parseReport(t), t));
    const word = found.find((w) => w.word === '行政複議');
    expect(word).toBeDefined();
    expect(t.slice(word!.span.start, word!.span.end)).toBe('行政複議');
  });
});

describe('keywords', () => {
  it('ranks each seed report’s own terms above the words every report carries (法治, 工作, 建设)', async () => {
    const ranked = await keywords(INPUTS, { top: 100_000, genreStopWords: false });
    for (const id of ['seed-000.txt', 'seed-001.txt', 'seed-002.txt']) {
      const list = ranked.find((r) => r.id === id)!.keywords;
      const rank = (term: string) => list.findIndex((k) => k.term === term);
      const common = ['法治', '工作', '建设'].map(rank);
      for (const r of common) expect(r).toBeGreaterThan(0);
      // a health commission's own words, in its top ten and above every common word
      const own = ['卫生', '健康'].map(rank);
      for (const r of own) {
        expect(r).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThan(Math.min(...common));
      }
      expect(Math.min(...own)).toBeLessThan(10);
    }
  });

  it('ranks a domain word the user dictionary keeps whole (卫生监督) above the common words', async () => {
    const ranked = await keywords(INPUTS, { top: 100_000, genreStopWords: false, userWords: ['卫生监督'] });
    const list = ranked.find((r) => r.id === 'seed-000.txt')!.keywords;
    const rank = (term: string) => list.findIndex((k) => k.term === term);
    expect(rank('卫生监督')).toBeGreaterThanOrEqual(0);
    for (const common of ['法治', '工作', '建设']) expect(rank('卫生监督')).toBeLessThan(rank(common));
  });

  it('gives weights as TF-IDF over the reports given, with counts, document frequency and the first occurrence', async () => {
    const ranked = await keywords(INPUTS);
    expect(ranked.map((r) => r.id)).toEqual(NAMES);
    for (const [i, r] of ranked.entries()) {
      expect(r.keywords.length).toBeLessThanOrEqual(10);
      const weights = r.keywords.map((k) => k.weight);
      expect(weights).toEqual([...weights].sort((a, b) => b - a));
      const text = INPUTS[i]!.text;
      for (const k of r.keywords) {
        const doc = createDoc(text);
        expect(doc.view.slice(k.span.start, k.span.end)).toBe(k.term);
        expect(doc.view.indexOf(k.term)).toBeLessThanOrEqual(k.span.start);
        expect(k.weight).toBeCloseTo((k.count / r.words) * Math.log((NAMES.length + 1) / (k.df + 0.5)), 12);
        expect(INPUTS.filter((x) => createDoc(x.text).view.includes(k.term)).length).toBeGreaterThanOrEqual(k.df);
      }
    }
  });

  it('numbers the inputs without an id, honours top and minLength, and leaves out numbers and dates', async () => {
    const [a, b] = await keywords(
      INPUTS.slice(0, 2).map(({ text, report }) => ({ text, report })),
      { top: 3, minLength: 3 },
    );
    expect([a!.id, b!.id]).toEqual([0, 1]);
    for (const k of [...a!.keywords, ...b!.keywords]) expect([...k.term].length).toBeGreaterThanOrEqual(3);
    expect(a!.keywords.length).toBeLessThanOrEqual(3);
    const dated = await keywords([input('header-traditional.txt')], { top: 1000 });
    for (const k of dated[0]!.keywords) expect(k.term).not.toMatch(/^[〇零一二两三四五六七八九十百千万0-9年月日号]+$/);
  });
});

describe('the parse record field (fazhi-report parse --words)', () => {
  it('gives each section’s words compactly: words[i] starts at starts[i], heading words first', async () => {
    const { text, report } = input('seed-001.txt');
    const tools = await loadText();
    const field = wordsField(tools, report, text);
    const full = tools.words(report, text);
    expect(field.map((s) => s.path)).toEqual(full.map((s) => s.path));
    for (const [i, s] of field.entries()) {
      expect(s.words).toHaveLength(s.starts.length);
      s.words.forEach((w, k) => expect(text.slice(s.starts[k], s.starts[k]! + w.length)).toBe(w));
      expect(s.heading).toBe(full[i]!.words.filter((w) => w.heading).length);
    }
  });
});

describe('misuse throws a TypeError with an exact message', () => {
  const { text, report } = INPUTS[0]!;
  it.each([
    [() => words(report, 42 as never), 'words: expected text to be a string, got number'],
    [() => words(null as never, text), 'words: expected report to be a report (the result of parseReport), got null'],
    [() => words([] as never, text), 'words: expected report to be a report (the result of parseReport), got an array'],
    [() => words({} as never, text), 'words: report.sections: Invalid input: expected array, received undefined'],
    [
      () => words(report, text.slice(0, 10)),
      `words: report has spans up to ${Math.max(...report.sections.map((s) => s.span.end), report.titleSpan?.end ?? 0)}, past the end of text (10 characters): give the text the report was parsed from`,
    ],
    [() => words(report, text, { top: 3 } as never), 'words: options: Unrecognized key: "top"'],
    [() => words(report, text, { stopWords: [''] }), 'words: options.stopWords.0: expected non-empty strings'],
    [() => words(report, text, { userWords: ['卫生 监督'] }), 'words: options.userWords.0: expected words without spaces'],
    [() => keywords('x' as never), 'keywords: expected an array of { report, text } (one per report), got string'],
    [() => keywords([null] as never), 'keywords: expected inputs[0] to be { report, text }, got null'],
    [() => keywords([{ report, text: 1 }] as never), 'keywords: expected inputs[0].text to be a string, got number'],
    [() => keywords([{ report, text, id: true }] as never), 'keywords: inputs[0].id: Invalid input'],
    [() => keywords([], { top: 0 }), 'keywords: options.top: Too small: expected number to be >0'],
  ])('%#', async (call, message) => {
    await expect(call()).rejects.toThrow(new TypeError(message));
  });
});

describe('without @node-rs/jieba', () => {
  afterEach(() => setJiebaImport(null));

  it('rejects with an Error that says how to install it, and works again once it is there', async () => {
    const missing = Object.assign(new Error("Cannot find package '@node-rs/jieba'"), { code: 'ERR_MODULE_NOT_FOUND' });
    setJiebaImport(() => Promise.reject(missing));
    const { text, report } = INPUTS[0]!;
    await expect(words(report, text)).rejects.toThrow(new Error(MISSING_MESSAGE));
    await expect(keywords([{ report, text }])).rejects.toThrow(/npm install @node-rs\/jieba/);
    await expect(words(report, text)).rejects.toMatchObject({ cause: missing });
    setJiebaImport(null);
    expect((await words(report, text)).length).toBeGreaterThan(0);
  });

  it('passes any other failure on as it is', async () => {
    const broken = new Error('dictionary unreadable');
    setJiebaImport(() => Promise.reject(broken));
    await expect(loadText()).rejects.toBe(broken);
  });
});
