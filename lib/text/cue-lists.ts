// The cue phrases themselves: lesson language versus ruminative language, as word patterns over the normal
// form `sentencesOf` gives (lower case, contractions expanded). Pure data, so code that only needs the labels
// (lib/memory/surface.ts) does not load the language model. Matching and scoring: cues.ts.

export type CueKind = "lesson" | "rumination";

export type CueDefinition = {
  kind: CueKind;
  /** How the cue is shown in the "why" text. */
  label: string;
  weight: number;
  /**
   * Word sequences in normal form. Each space-separated element is one word; "a|b" means either word, a
   * trailing "?" makes the element optional.
   */
  patterns: string[];
  /** A weak ruminative cue that counts only in an otherwise negative sentence. */
  needsNegativeContext?: boolean;
  /** The cue does not count when the next word is one of these ("should have a rest" is not regret). */
  notBefore?: string[];
};

const DETERMINERS = ["a", "an", "the", "some", "any", "more", "enough", "my", "our", "your", "time", "fun", "to"];

export const LESSON_CUES: CueDefinition[] = [
  { kind: "lesson", label: "learned", weight: 1, patterns: ["learned|learnt", "have learned|learnt"] },
  { kind: "lesson", label: "lesson", weight: 1, patterns: ["lesson|lessons"] },
  { kind: "lesson", label: "I realized", weight: 1, patterns: ["i realized|realised|realize|realise"] },
  { kind: "lesson", label: "realized", weight: 0.6, patterns: ["realized|realised|realization|realisation"] },
  { kind: "lesson", label: "next time", weight: 1, patterns: ["next time"] },
  { kind: "lesson", label: "from now on", weight: 1, patterns: ["from now on"] },
  { kind: "lesson", label: "going forward", weight: 1, patterns: ["going forward"] },
  { kind: "lesson", label: "note to self", weight: 1, patterns: ["note to self"] },
  // Not "takeaway" alone: in British English that is dinner.
  {
    kind: "lesson",
    label: "takeaway",
    weight: 1,
    patterns: ["key|main|my|big takeaway|takeaways", "the takeaway|takeaways is|are|was|here"],
  },
  {
    kind: "lesson",
    label: "what helped",
    weight: 0.8,
    patterns: ["what helped|helps|works|worked", "it helps|helped to", "what made the difference"],
  },
  { kind: "lesson", label: "the trick is", weight: 0.7, patterns: ["the trick|key|secret is|was"] },
  {
    kind: "lesson",
    label: "now I understand",
    weight: 0.8,
    patterns: ["now i understand|see|know", "i understand|see now"],
  },
  { kind: "lesson", label: "remember to", weight: 0.5, patterns: ["remember to", "need to remember"] },
  { kind: "lesson", label: "better to", weight: 0.6, patterns: ["it is better to", "better to ask|wait|start|stop"] },
  { kind: "lesson", label: "turns out", weight: 0.5, patterns: ["turns|turned out"] },
  { kind: "lesson", label: "made peace with", weight: 0.7, patterns: ["made|make|making peace with"] },
  { kind: "lesson", label: "I decided to", weight: 0.5, patterns: ["i decided|have decided to"] },
  { kind: "lesson", label: "I will", weight: 0.4, patterns: ["i will|shall"] },
  { kind: "lesson", label: "I am going to", weight: 0.3, patterns: ["i am going to"] },
];

export const RUMINATION_CUES: CueDefinition[] = [
  {
    kind: "rumination",
    label: "can't stop thinking",
    weight: 1,
    patterns: [
      "can|could not stop thinking|replaying|worrying|obsessing|wondering|going|checking|crying",
      "can|could not get it|this|that|her|him|them out of my head|mind",
    ],
  },
  {
    kind: "rumination",
    label: "can't let it go",
    weight: 1,
    patterns: ["can|could not let it|this|that go", "can|could not let go", "can|could not move on"],
  },
  {
    kind: "rumination",
    label: "keep replaying",
    weight: 1,
    patterns: [
      "keep|keeps|kept|keeping replaying|reliving|rehearsing",
      "keep|keeps|kept|keeping going over",
      "keep|keeps|kept thinking|wondering about",
      "keeps|kept coming back",
    ],
  },
  { kind: "rumination", label: "replaying", weight: 0.6, patterns: ["replaying|replayed|replay|reliving"] },
  { kind: "rumination", label: "over and over", weight: 0.8, patterns: ["over and over", "again and again"] },
  { kind: "rumination", label: "all over again", weight: 0.6, patterns: ["all over again"] },
  {
    kind: "rumination",
    label: "should have",
    weight: 1,
    patterns: ["should not? have", "should have not|never", "ought to have"],
    notBefore: DETERMINERS,
  },
  {
    kind: "rumination",
    label: "could have",
    weight: 0.5,
    patterns: ["could not? have"],
    needsNegativeContext: true,
    // "It could have been worse" is relief, not regret.
    notBefore: [...DETERMINERS, "been"],
  },
  { kind: "rumination", label: "if only", weight: 0.8, patterns: ["if only"] },
  {
    kind: "rumination",
    label: "why did I",
    weight: 1,
    patterns: ["why did|would i", "why do i always|keep|never", "why am i like this|so", "why can i not"],
  },
  { kind: "rumination", label: "what was I thinking", weight: 0.8, patterns: ["what was i thinking"] },
  { kind: "rumination", label: "my fault", weight: 1, patterns: ["my fault", "blame|blaming|blamed myself"] },
  {
    kind: "rumination",
    label: "I'm so stupid",
    weight: 1,
    patterns: ["i am so? stupid|useless|pathetic|hopeless", "i am such an idiot", "hate|hating myself"],
  },
  {
    kind: "rumination",
    label: "messed up",
    weight: 0.7,
    patterns: ["messed|screwed|mess|screw|messing|screwing up", "blew|blown it"],
  },
  {
    kind: "rumination",
    label: "still upset",
    weight: 0.6,
    patterns: [
      "still thinking|worrying about",
      "still upset|angry|hurt|annoyed|embarrassed|ashamed|stewing|anxious|worried",
    ],
  },
  {
    kind: "rumination",
    label: "lying awake",
    weight: 0.6,
    patterns: ["lay|lie|lying|laying awake", "awake going over|thinking"],
  },
  {
    kind: "rumination",
    label: "ruminating",
    weight: 0.8,
    patterns: ["ruminating|obsessing|dwelling|brooding", "dwell|dwelt on"],
  },
  { kind: "rumination", label: "regret", weight: 0.5, patterns: ["regret|regrets|regretting|regretted"] },
  { kind: "rumination", label: "what if", weight: 0.5, patterns: ["what if"], needsNegativeContext: true },
  { kind: "rumination", label: "again", weight: 0.3, patterns: ["again"], needsNegativeContext: true },
];

export const CUES: CueDefinition[] = [...LESSON_CUES, ...RUMINATION_CUES];

export const LESSON_LABELS: ReadonlySet<string> = new Set(LESSON_CUES.map((cue) => cue.label));
