// The fixed vocabularies of schema version 2: their ids are part of the output contract.
// What each id means, and the wording that points to it, lives with the classifier that uses it.

/** What a metric counts (metric.indicator). */
export const INDICATOR_IDS = [
  'study.sessions',
  'leadership.meetings',
  'training.sessions',
  'training.participants',
  'exam.results',
  'services.items',
  'services.handled',
  'services.online',
  'powers.list',
  'certification.items',
  'normative-docs.issued',
  'normative-docs.reviewed',
  'normative-docs.cleanup',
  'decisions.major',
  'legality-review.items',
  'legal-advisers.count',
  'enforcement.cases',
  'enforcement.fines',
  'enforcement.inspections',
  'enforcement.officers',
  'enforcement.case-files',
  'reconsideration.cases',
  'reconsideration.corrected',
  'litigation.cases',
  'litigation.lost',
  'litigation.head-appearance',
  'disputes.resolved',
  'petitions.handled',
  'disclosure.requests',
  'disclosure.published',
  'proposals.handled',
  'publicity.events',
  'publicity.materials',
  'publicity.reach',
] as const;

/** The area of the 法治政府建设实施纲要 a section reports on (section.topic). */
export const TOPIC_IDS = [
  'leadership',
  'functions',
  'rules',
  'decisions',
  'enforcement',
  'emergencies',
  'disputes',
  'oversight',
  'digital',
  'publicity',
] as const;

/** The items the 督察工作规定 asks of every annual report (report.parts). */
export const PART_KEYS = ['measures', 'shortcomings', 'leadersDuty', 'nextYear'] as const;

/** Levels of government (issuer.level). */
export const LEVELS = ['national', 'provincial', 'prefectural', 'county', 'township'] as const;

/** Kinds of issuing body (issuer.kind). */
export const ISSUER_KINDS = ['government', 'department', 'party', 'other'] as const;

/** Kinds of cited document (citation.kind). */
export const CITATION_KINDS = ['law', 'regulation', 'plan', 'other'] as const;
