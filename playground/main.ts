// The playground: paste text or drop a file, parse it in the page, show the audit view, download
// the report as JSON. Everything runs here; the page makes no request.
import { parseReport, type Report } from '../src/index.js';
import { renderReportPage } from '../src/view/index.js';
import { readFileBytes } from './read.js';

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`playground: #${id} is missing`);
  return el as T;
}

const textArea = byId<HTMLTextAreaElement>('text');
const parseButton = byId<HTMLButtonElement>('parse');
const fileInput = byId<HTMLInputElement>('file');
const downloadButton = byId<HTMLButtonElement>('download');
const status = byId<HTMLDivElement>('status');
const view = byId<HTMLIFrameElement>('view');

let current: { report: Report; name: string } | null = null;
/** Where the text in the box came from: a file's description, until the text is edited. */
let source: { name: string; how: string } | null = null;

function say(message: string, error = false): void {
  status.textContent = message;
  status.classList.toggle('error', error);
}

function ms(since: number): string {
  return `${Math.round(performance.now() - since)} ms`;
}

function run(): void {
  const text = textArea.value;
  const name = source?.name ?? 'pasted text';
  document.body.dataset['state'] = 'parsing';
  try {
    const t0 = performance.now();
    const report = parseReport(text);
    const parsed = ms(t0);
    const t1 = performance.now();
    const html = renderReportPage(report, text, { name });
    const built = ms(t1);
    current = { report, name };
    downloadButton.disabled = false;
    const counts = `${report.metrics.length} metrics, ${report.warnings.length} warnings`;
    const about = `${source ? `${source.name}: ${source.how} · ` : ''}${text.length.toLocaleString('en')} characters · ${counts}`;
    say(`${about} · parsed in ${parsed}, page built in ${built}`);
    const t2 = performance.now();
    view.addEventListener(
      'load',
      () => {
        // Shown: the view's document has loaded and been laid out once.
        void view.contentDocument?.body.offsetHeight;
        say(`${about} · parsed in ${parsed}, page built in ${built}, shown in ${ms(t2)}`);
        Object.assign(document.body.dataset, { parseMs: parsed, buildMs: built, showMs: ms(t2), state: 'done' });
      },
      { once: true },
    );
    view.srcdoc = html;
  } catch (error) {
    current = null;
    downloadButton.disabled = true;
    say(error instanceof Error ? error.message : String(error), true);
    document.body.dataset['state'] = 'error';
  }
}

async function open(file: File): Promise<void> {
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const read = readFileBytes(file.name, bytes);
    const replaced = read.decoded.replaced > 0 ? `, ${read.decoded.replaced} undecodable bytes replaced` : '';
    source = { name: file.name, how: `${read.format}, ${read.decoded.encoding} (${read.decoded.encodingSource}${replaced})` };
    textArea.value = read.text;
    run();
  } catch (error) {
    say(`${file.name}: ${error instanceof Error ? error.message : String(error)}`, true);
    document.body.dataset['state'] = 'error';
  }
}

function download(): void {
  if (!current) return;
  const blob = new Blob([`${JSON.stringify(current.report, null, 2)}\n`], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${current.name.replace(/\.[^.]*$/, '') || 'report'}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

let typing: ReturnType<typeof setTimeout> | undefined;
textArea.addEventListener('input', () => {
  source = null;
  clearTimeout(typing);
  typing = setTimeout(run, 400);
});
parseButton.addEventListener('click', () => {
  clearTimeout(typing);
  run();
});
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void open(file);
  fileInput.value = '';
});
downloadButton.addEventListener('click', download);

// Drop a file anywhere on the page.
let depth = 0;
document.addEventListener('dragenter', (e) => {
  e.preventDefault();
  depth += 1;
  document.body.classList.add('dragging');
});
document.addEventListener('dragleave', () => {
  depth = Math.max(0, depth - 1);
  if (depth === 0) document.body.classList.remove('dragging');
});
document.addEventListener('dragover', (e) => e.preventDefault());
document.addEventListener('drop', (e) => {
  e.preventDefault();
  depth = 0;
  document.body.classList.remove('dragging');
  const file = e.dataTransfer?.files[0];
  if (file) void open(file);
});
