// The output contract of parseReport (../SPEC.md): every schema lives here, the public types are
// inferred from them, and nothing here transforms: a report is plain JSON and survives
// JSON.parse(JSON.stringify(report)). `z.toJSONSchema(ReportSchema)` gives the JSON Schema.
import { z } from 'zod';
import { CITATION_KINDS, INDICATOR_IDS, ISSUER_KINDS, LEVELS, TOPIC_IDS } from './data/vocabulary.js';

/** Half-open UTF-16 offsets into the exact string given to parseReport: text.slice(start, end). */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: 'span.end must not be before span.start' });

export const IssuerSourceSchema = z.enum(['title', 'signature', 'metadata', 'body', 'footer']);

export const LevelSchema = z.enum(LEVELS);
export const IssuerKindSchema = z.enum(ISSUER_KINDS);

/** Where the issuer belongs, in the statistical division codes (统计用区划代码). */
export const RegionSchema = z.object({
  /** The 6-digit code of the smallest county-level or higher place the issuer belongs to; null when
   * only part of the place is known. */
  code: z.string().regex(/^\d{6}$/, 'expected a 6-digit division code').nullable(),
  /** Official names; null where the issuer sits above that level. */
  province: z.string().nullable(),
  prefecture: z.string().nullable(),
  county: z.string().nullable(),
  /** The 乡/镇/街道 the issuer belongs to, or null. */
  township: z.string().nullable(),
});

export const IssuerSchema = z.object({
  /** The fullest official name the document states, abbreviations expanded. */
  name: z.string().min(1),
  /** The words as written where the issuer was found. */
  mention: z.string().min(1),
  span: SpanSchema,
  source: IssuerSourceSchema,
  /** Level of government, or null when unknown. */
  level: LevelSchema.nullable(),
  /** government (人民政府/办事处/管委会), department (局/委/厅/部/办), party (党委/党组/党工委), other. */
  kind: IssuerKindSchema,
  /** Canonical line of work of a department (卫生健康, 司法行政 …); null for a government. */
  department: z.string().nullable(),
  region: RegionSchema.nullable(),
});

export const TopicSchema = z.enum(TOPIC_IDS);
export const IndicatorSchema = z.enum(INDICATOR_IDS);
export const CitationKindSchema = z.enum(CITATION_KINDS);

export const SectionStyleSchema = z.enum(['cn', 'cn-paren', 'num', 'num-paren', 'circled', 'part']);
export const ListKindSchema = z.enum(['problems', 'plans']);

export const EnumItemSchema = z.object({
  /** As written: 一是, 第一, 其一 … */
  marker: z.string().min(1),
  ordinal: z.number().int().positive(),
  text: z.string(),
  span: SpanSchema,
});

export const SectionSchema = z.object({
  /** Depth in the tree, 1 = top. */
  level: z.number().int().positive(),
  style: SectionStyleSchema,
  /** 1 for 一 / 1 / ① … */
  ordinal: z.number().int().positive(),
  /** As written, e.g. "(一)". */
  marker: z.string().min(1),
  /** The heading without marker and without closing punctuation. */
  title: z.string(),
  /** Heading start to the end of the section's content. */
  span: SpanSchema,
  headingSpan: SpanSchema,
  kind: ListKindSchema.nullable(),
  /** The area of the 纲要 the section reports on (INDICATORS.md "Section topics"), or null. */
  topic: TopicSchema.nullable(),
  /** Inline enumerations in the section's own text: 一是…二是…, 第一,…第二,… */
  items: z.array(EnumItemSchema),
  get children() {
    return z.array(SectionSchema);
  },
});

export const MetricKindSchema = z.enum(['count', 'money', 'percent', 'change', 'other']);
export const ApproxSchema = z.enum(['over', 'about', 'under']);

export const ChangeSchema = z.object({
  direction: z.enum(['up', 'down']),
  /** What the figure is compared with, as written: 上年, 同比, 去年 … */
  basis: z.string().nullable(),
});

export const MetricSchema = z.object({
  /** The number with its unit as written: 277.2万元, 2969件, 35%, 300余名. */
  raw: z.string().min(1),
  span: SpanSchema,
  /** Multipliers applied: 277.2万元 → 2772000. */
  value: z.number().finite(),
  /** Upper end of a range (5-10人 → 10), else null. */
  max: z.number().finite().nullable(),
  /** The unit with the multiplier taken out: 元, 件, 人次, % … ("" if none). */
  unit: z.string(),
  kind: MetricKindSchema,
  approx: ApproxSchema.nullable(),
  /** What is measured, as written nearby, or null. */
  subject: z.string().nullable(),
  change: ChangeSchema.nullable(),
  /** What the figure counts (INDICATORS.md "Metric indicators"), or null. */
  indicator: IndicatorSchema.nullable(),
});

export const ListItemSchema = z.object({
  title: z.string().nullable(),
  text: z.string(),
  span: SpanSchema,
});

/** A document the report cites by its title in 《》. */
export const CitationSchema = z.object({
  /** The title inside 《》. */
  title: z.string().min(1),
  kind: CitationKindSchema,
  /** The document number written right after it (国办发〔2021〕12号), else null. */
  docNumber: z.string().nullable(),
  /** Covers 《…》. */
  span: SpanSchema,
});

/** The items the 督察工作规定 asks of every annual report, each the spans that carry it. */
export const PartsSchema = z.object({
  measures: z.array(SpanSchema),
  shortcomings: z.array(SpanSchema),
  leadersDuty: z.array(SpanSchema),
  nextYear: z.array(SpanSchema),
});

/** ISO calendar date, yyyy-MM-dd. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date yyyy-MM-dd');

export const ReportSchema = z.object({
  schemaVersion: z.literal(2),
  title: z.string().nullable(),
  titleSpan: SpanSchema.nullable(),
  issuer: IssuerSchema.nullable(),
  year: z.number().int().min(1949).max(2200).nullable(),
  publishedAt: IsoDateSchema.nullable(),
  signedAt: IsoDateSchema.nullable(),
  addressee: z.string().nullable(),
  sections: z.array(SectionSchema),
  metrics: z.array(MetricSchema),
  problems: z.array(ListItemSchema),
  plans: z.array(ListItemSchema),
  parts: PartsSchema,
  citations: z.array(CitationSchema),
  warnings: z.array(z.string()),
});

export const ParseOptionsSchema = z
  .object({
    /** Longest input accepted, in UTF-16 code units (default 1,000,000). */
    maxChars: z.number().int().positive().optional(),
  })
  .strict();

export type Span = z.infer<typeof SpanSchema>;
export type Level = z.infer<typeof LevelSchema>;
export type IssuerKind = z.infer<typeof IssuerKindSchema>;
export type Region = z.infer<typeof RegionSchema>;
export type Topic = z.infer<typeof TopicSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type CitationKind = z.infer<typeof CitationKindSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type Parts = z.infer<typeof PartsSchema>;
export type Issuer = z.infer<typeof IssuerSchema>;
export type IssuerSource = z.infer<typeof IssuerSourceSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type SectionStyle = z.infer<typeof SectionStyleSchema>;
export type ListKind = z.infer<typeof ListKindSchema>;
export type EnumItem = z.infer<typeof EnumItemSchema>;
export type MetricKind = z.infer<typeof MetricKindSchema>;
export type Approx = z.infer<typeof ApproxSchema>;
export type Change = z.infer<typeof ChangeSchema>;
export type Metric = z.infer<typeof MetricSchema>;
export type ListItem = z.infer<typeof ListItemSchema>;
export type Report = z.infer<typeof ReportSchema>;
export type ParseOptions = z.input<typeof ParseOptionsSchema>;
