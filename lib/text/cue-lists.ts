// The English cue phrases: lesson language versus ruminative language, as word patterns (patterns.ts) over the
// tokens english-tokens.ts gives (lower case, contractions expanded: "I've" → "i have"), each with whose it
// must be. Pure data, so code that only needs the labels (lib/memory/surface.ts) does not load the model.
// Matching, guards and scoring: cues.ts.
//
// Lessons are first-person statements of something learned, understood or resolved, so most cues need the
// writer as subject ("I learned", "Learned that…" with the subject dropped), not "he learned" or "a learned
// man". Rumination is self-blame, replaying, or a counterfactual about oneself: "should have" needs the writer
// as subject too ("the bus should have been here" is a complaint, not regret). Some cues name the writer
// themselves ("my fault", "taught me", "note to self") and need no subject check. LESSON_LABELS also holds the
// Chinese reader's lesson labels (zh/cue-lists.ts), so stored cues of either language are told apart.
import { RUMINATION_CUES } from "./rumination-cue-list";
import type { CueKind } from "./types";
import { ZH_LESSON_LABELS } from "./zh/cue-lists";

export type { CueKind } from "./types";

export type CueDefinition = {
  kind: CueKind;
  /** How the cue is shown in the "why" text (and the key `lib/memory` classifies stored cues by). */
  label: string;
  weight: number;
  /** Word patterns, see patterns.ts. */
  patterns: string[];
  /**
   * Whose the cue must be, read at its first word: "writer" (default): the subject is the writer, or none is
   * written (a diary's dropped "I"); "any": the pattern names the writer itself ("my fault").
   */
  subject?: "writer" | "any";
  /**
   * The writer must be in the sentence ("sentence": "From now on my phone stays in the kitchen") or after
   * the cue ("after": "Next time I'll ask"); either way an imperative right after the cue counts ("Next time,
   * ask first.").
   */
  needsSelf?: "sentence" | "after";
  /**
   * The weight in a sentence that is not otherwise negative (apart from the cue's own words its AFINN scores do
   * not sum below zero, it has no other ruminative cue of full weight, the writer's distress is below 0.5): 0
   * for weak cues that count only there ("again", "what if"). Default: `weight`.
   */
  neutralWeight?: number;
  /** The weight in a sentence whose AFINN words (apart from the cue's) sum above zero. Default: `neutralWeight`. */
  positiveWeight?: number;
  /**
   * Finding out news is not a lesson: followed by "of …", "from" a named person, or "that" with a named or
   * definite subject ("I learned that the library closes early"), or a fact about oneself in the past perfect
   * ("I realised I'd left my umbrella"), the cue weighs NEWS_WEIGHT (cues.ts).
   */
  news?: boolean;
  /** The cue does not count when the next word is one of these ("should have a rest" is not regret). */
  notBefore?: string[];
  /** …or when the next word has one of these tags ("the lesson plan"). */
  notBeforeTags?: string[];
  /** …or when the word before is one of these ("his lesson", "kept going forward"). */
  notAfter?: string[];
  /** The word can be an adjective: with no subject and a noun right after, it is one ("Learned men disagree"). */
  adjective?: boolean;
};

const THIRD_PERSON = ["him", "her", "them", "his", "their", "you", "your", "he", "she", "they"];
const LESSON_ADJECTIVES =
  "hard|valuable|painful|big|bigger|biggest|real|important|good|useful|expensive|costly|humbling|harsh|true|right|same|main|key|new|simple";

export const LESSON_CUES: CueDefinition[] = [
  { kind: "lesson", label: "learned", weight: 1, patterns: ["learned|learnt"], adjective: true, news: true },
  { kind: "lesson", label: "learning to", weight: 0.4, patterns: ["learning to|that|how|not"] },
  {
    kind: "lesson",
    label: "lesson",
    weight: 1,
    subject: "any",
    patterns: [
      "lesson|lessons learned|learnt|kept|holds|held|stuck|stands|here",
      "lesson|lessons for|to me|us|myself",
      "lesson|lessons from|of",
      "lesson|lessons is|was|being that|to|simple|clear|obvious|always|never|not|this",
      `${LESSON_ADJECTIVES} lesson|lessons`,
    ],
    notBeforeTags: ["NOUN", "PROPN", "NUM"],
    notAfter: ["his", "her", "their", "your", "its", "'s"],
  },
  {
    kind: "lesson",
    label: "taught me",
    weight: 0.9,
    subject: "any",
    patterns: ["taught|teaches|teach me|us that|a|something|not|this|patience"],
  },
  // "She taught me to knit" is a skill more often than a lesson.
  {
    kind: "lesson",
    label: "taught me to",
    weight: 0.4,
    subject: "any",
    patterns: ["taught|teaches|teach me|us to|how"],
  },
  {
    kind: "lesson",
    label: "I realized",
    weight: 1,
    patterns: ["realized|realised|realize|realise|realising|realizing"],
    news: true,
  },
  {
    kind: "lesson",
    label: "realized",
    weight: 0.6,
    subject: "any",
    needsSelf: "sentence",
    patterns: ["realization|realisation|realizations|realisations"],
  },
  {
    kind: "lesson",
    label: "came to understand",
    weight: 0.9,
    patterns: ["came|come|coming to realise|realize|understand|accept|terms"],
  },
  {
    kind: "lesson",
    label: "now I understand",
    weight: 0.8,
    patterns: [
      "now i|we understand|know",
      "now i|we see|get it|why|how|that|what",
      "understand|see|know|get it? now",
      "finally understand|understood",
      "finally see|get|got it|why|how|that|what",
      "understood that|why|how|what",
    ],
  },
  {
    kind: "lesson",
    label: "figured out",
    weight: 0.8,
    patterns: ["figured|worked it out", "figured|worked out that|how|why|what"],
  },
  { kind: "lesson", label: "noticed", weight: 0.6, needsSelf: "after", patterns: ["noticed|notice that?"] },
  {
    kind: "lesson",
    label: "it hit me",
    weight: 1,
    subject: "any",
    patterns: [
      "hit|struck me that|how|what|why",
      "it|this|then|finally|suddenly dawned on me",
      "it occurred to me that",
      "it|finally clicked that|for",
      "the penny dropped",
    ],
  },
  {
    kind: "lesson",
    label: "what I take from",
    weight: 1,
    subject: "any",
    patterns: ["what i|we take|took|learned|learnt|carry away? from"],
  },
  {
    kind: "lesson",
    label: "takeaway",
    weight: 1,
    subject: "any",
    // Not "takeaway" alone: in British English that is dinner.
    patterns: ["key|main|my|big takeaway|takeaways", "the takeaway|takeaways is|are|was|here"],
  },
  {
    kind: "lesson",
    label: "next time",
    weight: 0.8,
    subject: "any",
    needsSelf: "after",
    patterns: ["next time"],
    notAfter: ["the", "every"],
  },
  {
    kind: "lesson",
    label: "from now on",
    weight: 1,
    subject: "any",
    needsSelf: "sentence",
    patterns: ["from now|today|here on"],
  },
  {
    kind: "lesson",
    label: "going forward",
    weight: 1,
    subject: "any",
    needsSelf: "sentence",
    patterns: ["going forward", "in future", "in the future"],
    notAfter: ["keep", "keeps", "kept", "keeping", "was", "were", "is", "are", "am", "be", "been", "started"],
  },
  { kind: "lesson", label: "note to self", weight: 1, subject: "any", patterns: ["note|reminder|memo to self"] },
  {
    kind: "lesson",
    label: "need to remember",
    weight: 0.9,
    patterns: [
      "need|must|have|got|should to? remember that|how|what|why|this|not",
      "need|must|have|got|should to? remind myself",
    ],
  },
  { kind: "lesson", label: "remember to", weight: 0.4, subject: "any", patterns: ["remember to"] },
  {
    kind: "lesson",
    label: "what helped",
    weight: 0.8,
    subject: "any",
    patterns: ["what helped|helps|works|worked", "it helps|helped to", "what made the difference"],
    notBefore: THIRD_PERSON,
  },
  // General advice ("The trick is to let the dough rest") is a lesson only where the writer is in it.
  {
    kind: "lesson",
    label: "the trick is",
    weight: 0.5,
    subject: "any",
    needsSelf: "sentence",
    patterns: ["the trick|key|secret is|was"],
  },
  {
    kind: "lesson",
    label: "better to",
    weight: 0.5,
    subject: "any",
    needsSelf: "sentence",
    patterns: ["it is better to", "better to ask|wait|start|stop"],
  },
  {
    kind: "lesson",
    label: "turns out",
    weight: 0.5,
    subject: "any",
    needsSelf: "after",
    patterns: ["turns|turned out"],
  },
  { kind: "lesson", label: "made peace with", weight: 0.8, patterns: ["made|make|making peace with"] },
  { kind: "lesson", label: "I've accepted", weight: 0.7, patterns: ["accepted that|it"] },
  {
    kind: "lesson",
    label: "I've decided",
    weight: 0.8,
    subject: "any",
    patterns: ["i|we have decided|resolved to|that"],
  },
  { kind: "lesson", label: "I decided to", weight: 0.4, subject: "any", patterns: ["i|we decided|resolved to|that"] },
  { kind: "lesson", label: "I will", weight: 0.3, subject: "any", patterns: ["i will|shall"] },
  { kind: "lesson", label: "I am going to", weight: 0.3, subject: "any", patterns: ["i am going to"] },
];

export { RUMINATION_CUES } from "./rumination-cue-list";

export const CUES: CueDefinition[] = [...LESSON_CUES, ...RUMINATION_CUES];

/** Labels of lesson cues in every language, for telling stored cues apart without re-reading the text. */
export const LESSON_LABELS: ReadonlySet<string> = new Set([
  ...LESSON_CUES.map((cue) => cue.label),
  ...ZH_LESSON_LABELS,
]);
