// DOCX → text: one line per paragraph, with Word's automatic numbering (一、 (一) 1.) written out
// as a reader sees it. The ZIP is read with fflate and the XML with htmlparser2; mammoth and other
// converters drop the numbering or keep only "ordered or not", and the section tree of a report
// hangs on exactly these numbers. Node or browser; loaded on first use.
import { unzipSync } from 'fflate';
import { Parser } from 'htmlparser2';
import { ExtractError } from './extractError.js';
import { formatNumber, type NumberFormat } from './docxNumbering.js';

interface Level {
  start: number;
  format: NumberFormat;
  text: string;
}

interface Numbering {
  /** w:num id → its abstract definition's levels, and start overrides by level. */
  nums: Map<string, { levels: Map<number, Level>; starts: Map<number, number> }>;
}

type Attrs = Record<string, string>;

function walkXml(xml: string, open: (name: string, attrs: Attrs) => void, close: (name: string) => void, text?: (t: string) => void): void {
  const parser = new Parser({ onopentag: open, onclosetag: close, ontext: text }, { xmlMode: true, decodeEntities: true });
  parser.write(xml);
  parser.end();
}

function readNumbering(xml: string | undefined): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums: Numbering['nums'] = new Map();
  if (xml === undefined) return { nums };
  const numAbstract = new Map<string, string>();
  const numStarts = new Map<string, Map<number, number>>();
  let abstract: Map<number, Level> | null = null;
  let level: Level | null = null;
  let num: string | null = null;
  let override: number | null = null;
  walkXml(
    xml,
    (name, a) => {
      const val = a['w:val'] ?? '';
      if (name === 'w:abstractNum') abstracts.set(a['w:abstractNumId'] ?? '', (abstract = new Map()));
      else if (name === 'w:lvl' && abstract) abstract.set(Number(a['w:ilvl'] ?? 0), (level = { start: 1, format: 'decimal', text: '' }));
      else if (name === 'w:start' && level) level.start = Number(val) || 0;
      else if (name === 'w:numFmt' && level) level.format = val as NumberFormat;
      else if (name === 'w:lvlText' && level) level.text = val;
      else if (name === 'w:num') numStarts.set((num = a['w:numId'] ?? ''), new Map());
      else if (name === 'w:abstractNumId' && num !== null) numAbstract.set(num, val);
      else if (name === 'w:lvlOverride') override = Number(a['w:ilvl'] ?? 0);
      else if (name === 'w:startOverride' && num !== null && override !== null) numStarts.get(num)!.set(override, Number(val));
    },
    (name) => {
      if (name === 'w:abstractNum') abstract = null;
      else if (name === 'w:lvl') level = null;
      else if (name === 'w:num') num = null;
      else if (name === 'w:lvlOverride') override = null;
    },
  );
  for (const [id, abstractId] of numAbstract) nums.set(id, { levels: abstracts.get(abstractId) ?? new Map(), starts: numStarts.get(id)! });
  return { nums };
}

/** Paragraph styles that carry numbering (a heading style linked to a list): style id → numId, level. */
function readStyleNumbering(xml: string | undefined): Map<string, { numId: string; ilvl: number }> {
  const styles = new Map<string, { numId: string; ilvl: number }>();
  if (xml === undefined) return styles;
  let style: string | null = null;
  walkXml(
    xml,
    (name, a) => {
      if (name === 'w:style') style = a['w:styleId'] ?? null;
      else if (name === 'w:numId' && style !== null) styles.set(style, { numId: a['w:val'] ?? '', ilvl: styles.get(style)?.ilvl ?? 0 });
      else if (name === 'w:ilvl' && style !== null) styles.set(style, { numId: styles.get(style)?.numId ?? '', ilvl: Number(a['w:val'] ?? 0) });
    },
    (name) => {
      if (name === 'w:style') style = null;
    },
  );
  return styles;
}

/** The paragraphs of word/document.xml, each with the number Word shows before it. */
function readParagraphs(xml: string, numbering: Numbering, styles: Map<string, { numId: string; ilvl: number }>): string[] {
  const out: string[] = [];
  const counters = new Map<string, number[]>();
  let text = '';
  let inText = false;
  let numId: string | null = null;
  let ilvl = 0;
  let styled: { numId: string; ilvl: number } | undefined;
  const label = (): string => {
    const id = numId ?? styled?.numId;
    const at = numId !== null ? ilvl : (styled?.ilvl ?? 0);
    const num = id === undefined || id === '0' ? undefined : numbering.nums.get(id);
    const level = num?.levels.get(at);
    if (!num || !level) return '';
    const counts = counters.get(id!) ?? [];
    counters.set(id!, counts);
    const startOf = (l: number) => num.starts.get(l) ?? num.levels.get(l)?.start ?? 1;
    counts[at] = counts[at] === undefined ? startOf(at) : counts[at] + 1;
    counts.length = at + 1; // deeper levels start again
    if (level.format === 'bullet' || level.format === 'none') return level.format === 'bullet' ? '' : level.text;
    return level.text.replace(/%([1-9])/gu, (_, d: string) => {
      const l = Number(d) - 1;
      return formatNumber(counts[l] ?? startOf(l), num.levels.get(l)?.format ?? 'decimal');
    });
  };
  walkXml(
    xml,
    (name, a) => {
      if (name === 'w:p') {
        text = '';
        numId = null;
        ilvl = 0;
        styled = undefined;
      } else if (name === 'w:t') inText = true;
      else if (name === 'w:tab') text += '\t';
      else if (name === 'w:br' || name === 'w:cr') text += '\n';
      else if (name === 'w:numId') numId = a['w:val'] ?? null;
      else if (name === 'w:ilvl') ilvl = Number(a['w:val'] ?? 0);
      else if (name === 'w:pStyle') styled = styles.get(a['w:val'] ?? '');
    },
    (name) => {
      if (name === 'w:t') inText = false;
      else if (name === 'w:p') out.push(label() + text);
    },
    (t) => {
      if (inText) text += t;
    },
  );
  return out;
}

/** The text of a DOCX: a line per paragraph, numbering written out. */
export function docxToText(bytes: Uint8Array): Promise<string> {
  let files: Record<string, Uint8Array>;
  try {
    const wanted = new Set(['word/document.xml', 'word/numbering.xml', 'word/styles.xml']);
    files = unzipSync(bytes, { filter: (f) => wanted.has(f.name) });
  } catch (error) {
    return Promise.reject(new ExtractError('corrupt', `not a readable DOCX (ZIP): ${(error as Error).message}`));
  }
  const decoder = new TextDecoder();
  const read = (name: string) => (files[name] ? decoder.decode(files[name]) : undefined);
  const document = read('word/document.xml');
  if (document === undefined) return Promise.reject(new ExtractError('corrupt', 'not a DOCX: the ZIP has no word/document.xml'));
  const paragraphs = readParagraphs(document, readNumbering(read('word/numbering.xml')), readStyleNumbering(read('word/styles.xml')));
  return Promise.resolve(paragraphs.join('\n'));
}
