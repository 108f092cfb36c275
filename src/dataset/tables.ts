// Every table of the dataset, in the order they are created: each is one list of columns. The
// first column of each is `file`, the record's key (its file name, or the id of an --ndjson-in line).
import type { Citation, ListItem, Metric } from '../index.js';
import { defineTable, spanColumns, type Column, type Table } from './columns.js';
import { KEYWORDS } from './keywords.js';
import { REPORTS } from './reportsTable.js';
import { children, errorRecords, flattenSections, pathOf, type Child, type DatasetInput, type FailedRecord, type SectionRow } from './rows.js';

/** The key and the place in the list, first in every child table. */
function head<T>(): Column<Child<T>>[] {
  return [
    { name: 'file', type: 'VARCHAR', get: (c) => c.file },
    { name: 'seq', type: 'INTEGER', get: (c) => c.seq },
  ];
}

/** The path of the sections holding the entry's span ("" outside every section). */
function sectionPathColumn<T extends { span: { start: number; end: number } }>(): Column<Child<T>> {
  return { name: 'section_path', type: 'VARCHAR', get: (c) => pathOf(c.report, c.item.span) };
}

const SECTIONS = defineTable<DatasetInput, Child<SectionRow>>({
  name: 'sections',
  about: 'one row per section at any depth, in document order',
  source: children((report) => flattenSections(report.sections)),
  columns: [
    ...head<SectionRow>(),
    { name: 'path', type: 'VARCHAR', get: (c) => c.item.path },
    { name: 'parent_path', type: 'VARCHAR', get: (c) => c.item.parentPath },
    { name: 'level', type: 'INTEGER', get: (c) => c.item.section.level },
    { name: 'style', type: 'VARCHAR', get: (c) => c.item.section.style },
    { name: 'ordinal', type: 'INTEGER', get: (c) => c.item.section.ordinal },
    { name: 'marker', type: 'VARCHAR', get: (c) => c.item.section.marker },
    { name: 'title', type: 'VARCHAR', get: (c) => c.item.section.title },
    { name: 'topic', type: 'VARCHAR', get: (c) => c.item.section.topic },
    { name: 'kind', type: 'VARCHAR', get: (c) => c.item.section.kind },
    { name: 'items', type: 'INTEGER', get: (c) => c.item.section.items.length },
    ...spanColumns<Child<SectionRow>>((c) => c.item.section.span),
    ...spanColumns<Child<SectionRow>>((c) => c.item.section.headingSpan, 'heading_'),
  ],
});

const METRICS = defineTable<DatasetInput, Child<Metric>>({
  name: 'metrics',
  about: 'one row per figure, in document order',
  source: children((report) => report.metrics),
  columns: [
    ...head<Metric>(),
    sectionPathColumn<Metric>(),
    { name: 'indicator', type: 'VARCHAR', get: (c) => c.item.indicator },
    { name: 'subject', type: 'VARCHAR', get: (c) => c.item.subject },
    { name: 'value', type: 'DOUBLE', get: (c) => c.item.value },
    { name: 'max', type: 'DOUBLE', get: (c) => c.item.max },
    { name: 'unit', type: 'VARCHAR', get: (c) => c.item.unit },
    { name: 'kind', type: 'VARCHAR', get: (c) => c.item.kind },
    { name: 'approx', type: 'VARCHAR', get: (c) => c.item.approx },
    { name: 'change_direction', type: 'VARCHAR', get: (c) => c.item.change?.direction ?? null },
    { name: 'change_basis', type: 'VARCHAR', get: (c) => c.item.change?.basis ?? null },
    { name: 'raw', type: 'VARCHAR', get: (c) => c.item.raw },
    ...spanColumns<Child<Metric>>((c) => c.item.span),
  ],
});

function listTable(name: 'problems' | 'plans', about: string): Table<DatasetInput> {
  return defineTable<DatasetInput, Child<ListItem>>({
    name,
    about,
    source: children((report) => report[name]),
    columns: [
      ...head<ListItem>(),
      sectionPathColumn<ListItem>(),
      { name: 'title', type: 'VARCHAR', get: (c) => c.item.title },
      { name: 'text', type: 'VARCHAR', get: (c) => c.item.text },
      ...spanColumns<Child<ListItem>>((c) => c.item.span),
    ],
  });
}

const CITATIONS = defineTable<DatasetInput, Child<Citation>>({
  name: 'citations',
  about: 'one row per document cited in 《》, in document order',
  source: children((report) => report.citations),
  columns: [
    ...head<Citation>(),
    sectionPathColumn<Citation>(),
    { name: 'title', type: 'VARCHAR', get: (c) => c.item.title },
    { name: 'kind', type: 'VARCHAR', get: (c) => c.item.kind },
    { name: 'doc_number', type: 'VARCHAR', get: (c) => c.item.docNumber },
    ...spanColumns<Child<Citation>>((c) => c.item.span),
  ],
});

const ERRORS = defineTable<DatasetInput, FailedRecord>({
  name: 'errors',
  about: 'one row per input that failed, with the error code and message of its parse record',
  source: errorRecords,
  columns: [
    { name: 'file', type: 'VARCHAR', get: (r) => r.file },
    { name: 'code', type: 'VARCHAR', get: (r) => r.error.code },
    { name: 'message', type: 'VARCHAR', get: (r) => r.error.message },
  ],
});

export const TABLES: readonly Table<DatasetInput>[] = [
  REPORTS,
  SECTIONS,
  METRICS,
  listTable('problems', 'one row per problem or shortcoming the report lists'),
  listTable('plans', 'one row per plan for the next year the report lists'),
  CITATIONS,
  ERRORS,
];

/** Tables only some runs write (keywords: with --keywords); a run that replaces the database drops them. */
export const OPTIONAL_TABLES: readonly Table<never>[] = [KEYWORDS];
