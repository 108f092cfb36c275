// The audit page's stylesheet, inlined: system fonts only (no web font), works offline.

export const PAGE_CSS = `
:root { --ink: #1d2330; --muted: #6b7280; --line: #d9dde5; --bg: #f6f7f9; --metric: #ffe08a; --metric-edge: #c99a00;
  --problem: #fde2e2; --plan: #dcf3e3; --chrome: #9aa1ad; --focus: #2f6fed; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: var(--bg);
  font: 15px/1.7 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }
a { color: var(--focus); text-decoration: none; }
a:hover { text-decoration: underline; }
header.card { margin: 12px 16px; padding: 12px 16px; background: #fff; border: 1px solid var(--line); border-radius: 8px; }
header.card h1 { margin: 0 0 6px; font-size: 20px; line-height: 1.4; }
header.card dl { display: flex; flex-wrap: wrap; gap: 2px 24px; margin: 0; font-size: 14px; }
header.card dl > div { display: flex; gap: 8px; }
header.card dt { color: var(--muted); }
header.card dd { margin: 0; }
.counts { margin-top: 6px; color: var(--muted); font-size: 13px; }
.legend > * { margin-right: 8px; padding: 0 4px; }
.warnings { margin: 0 16px 12px; padding: 8px 16px; background: #fff7e0; border: 1px solid #f0c040; border-radius: 8px; }
.warnings h2 { margin: 0; font-size: 15px; }
.warnings ul { margin: 4px 0 0; padding-left: 20px; }
.layout { display: grid; grid-template-columns: minmax(180px, 260px) minmax(0, 1fr) minmax(240px, 340px); gap: 12px; padding: 0 16px 16px; }
.layout > nav, .layout > aside { position: sticky; top: 8px; max-height: calc(100vh - 16px); overflow: auto;
  background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 8px 10px; font-size: 13px; }
.layout h2 { margin: 0 0 6px; font-size: 14px; }
nav ol { margin: 0; padding-left: 14px; list-style: none; }
nav > ol { padding-left: 0; }
nav li { margin: 2px 0; }
main { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 18px; min-width: 0; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; }
.chunk { content-visibility: auto; contain-intrinsic-size: auto 1200px; }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } .layout > nav, .layout > aside { position: static; max-height: 40vh; } }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 2px 4px; border-bottom: 1px solid var(--line); }
th { color: var(--muted); font-weight: 600; }
td.num, .mrow .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.mrow { display: grid; grid-template-columns: 2.2em 5.5em 7em minmax(0, 1fr); gap: 6px;
  padding: 2px 0; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
.mhead { color: var(--muted); font-weight: 600; }
.mblock { content-visibility: auto; contain-intrinsic-size: auto 2600px; }
.chrome { color: var(--chrome); }
.heading { font-weight: 700; }
.title-text { font-weight: 700; font-size: 1.1em; }
.issuer-text { border-bottom: 2px solid #8fb0f7; }
.problem { background: var(--problem); }
.plan { background: var(--plan); }
cite.citation { font-style: normal; border-bottom: 1px dotted var(--muted); }
mark.metric { background: var(--metric); color: inherit; border-bottom: 2px solid var(--metric-edge); border-radius: 2px; cursor: help; }
mark.metric:focus { outline: 2px solid var(--focus); }
.flash { animation: flash 1.6s ease-out; }
@keyframes flash { 0%, 40% { outline: 3px solid var(--focus); outline-offset: 2px; } 100% { outline: 3px solid transparent; } }
#tip { position: fixed; z-index: 10; max-width: 360px; padding: 6px 8px; background: #1d2330; color: #fff; border-radius: 6px;
  font-size: 13px; line-height: 1.5; white-space: pre-wrap; pointer-events: none; display: none; }
.muted { color: var(--muted); }
.index { margin: 12px 16px; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; }
.index td { font-size: 14px; }
.failed { color: #b42318; }
`;
