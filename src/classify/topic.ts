// section.topic: the area of the 纲要 a section reports on, from the cue words of its heading (and,
// when a short heading names none, of its first sentence). Frame parts of the report (主要举措和成效,
// 存在的不足, 下一步工作安排) have none; the leaders' duty part is about leadership (INDICATORS.md
// lists the first-responsible-person duty under it). Of two areas named, the first leads.
import { TOPICS } from '../data/topics.js';
import type { Doc } from '../document.js';
import { afterHeading } from '../lists/sectionText.js';
import type { Pass } from '../pipeline.js';
import type { Section, Topic } from '../schema.js';
import { headingOf } from './headings.js';
import { Lexicon } from './lexicon.js';
import { isStop, stops } from './place.js';

/** A heading this long or shorter that names no area is read on into its first sentence. */
const SHORT_HEADING = 16;
/** Sentences longer than this are cut for the cue search. */
const FIRST_SENTENCE_MAX = 120;
/** Sentence ends; the Chinese characters of a sentence lie above them all and are not looked up. */
const SENTENCE_END = stops('。;!?\n');

let built: Lexicon<Topic> | undefined;

function topicIndex(): Lexicon<Topic> {
  built ??= new Lexicon(TOPICS.flatMap((t) => t.cues.map((w) => [w, t.id] as const)));
  return built;
}

/**
 * The topic `text` names, undefined when it names none. Of several, the first one named leads:
 * 强化法治理论武装,提高党组科学决策水平 is about leadership.
 */
export function topicIn(text: string, from = 0, to = text.length): Topic | undefined {
  return topicIndex().firstIn(text, from, to)?.value;
}

/** The topic the section's first sentence names (the sentence read in the view, in place). */
function firstSentenceTopic(doc: Doc, s: Section): Topic | undefined {
  const { view } = doc;
  const from = afterHeading(doc, s);
  const limit = Math.min(s.span.end, from + FIRST_SENTENCE_MAX);
  let to = from;
  while (to < limit && !isStop(SENTENCE_END, view.charCodeAt(to))) to++;
  return topicIn(view, from, to);
}

/** The topic of one section (its children are not looked at). */
export function sectionTopic(doc: Doc, s: Section): Topic | null {
  const { title, duty, measures } = headingOf(doc, s);
  if (duty) return 'leadership';
  if (s.kind !== null || measures) return null;
  const byTitle = topicIn(title);
  if (byTitle !== undefined) return byTitle;
  // a short heading of a section without sub-sections is read on into its first sentence
  if (s.children.length > 0 || title.length > SHORT_HEADING) return null;
  return firstSentenceTopic(doc, s) ?? null;
}

function withTopics(doc: Doc, sections: readonly Section[]): Section[] {
  const out: Section[] = [];
  for (const s of sections) out.push({ ...s, topic: sectionTopic(doc, s), children: withTopics(doc, s.children) });
  return out;
}

/** Fills section.topic (INDICATORS.md "Section topics"). */
export const topicPass: Pass = {
  name: 'topic',
  run(doc, draft) {
    return { sections: withTopics(doc, draft.sections) };
  },
};
