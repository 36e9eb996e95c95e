// The English ruminative cue phrases (see cue-lists.ts for the pattern fields). Three families, after the
// research on rumination in language (brooding as self-blame, Treynor et al. 2003; counterfactual subtypes, Son
// et al. 2017):
// - self-blame: "my fault", "I blame myself", "I'm such an idiot", "kicking myself", and the writer judged by
//   themself with "be" and one of the JUDGEMENTS below ("I was so rude to her": found in cues.ts);
// - replaying: "can't stop thinking about", "keep going over", "it keeps coming back", "lay awake thinking";
// - counterfactuals about oneself, Son et al.'s (2017) subtypes with the writer as subject: modal ("I should
//   have", "I could have … better"), wish ("I wish I had said"), conditional ("if only I", "if I had known",
//   "had I known") and the self-questioning "why did I", "what was I thinking".
import type { CueDefinition } from "./cue-lists";

// After "should have" these make a plan or a wish, not a regret ("I should have a rest", "…have time").
const DETERMINERS = ["a", "an", "the", "some", "any", "more", "enough", "my", "our", "your", "time", "fun", "to"];

// Judgements of one's own conduct or character, as opposed to feelings ("I was rude", not "I was troubled").
export const JUDGEMENTS: ReadonlySet<string> = new Set(
  (
    "arrogant awful careless childish coward cruel defensive dishonest disaster failure fool foolish harsh " +
    "horrible hypocrite idiot impatient inconsiderate insensitive irresponsible jerk lazy loser mean moron nasty " +
    "pathetic petty rude selfish snappy stupid terrible thoughtless unfair unkind ungrateful useless weak worthless"
  ).split(" "),
);

export const RUMINATION_CUES: CueDefinition[] = [
  {
    kind: "rumination",
    label: "can't stop thinking",
    weight: 1,
    patterns: [
      "can|could not stop thinking|replaying|worrying|obsessing|wondering|going|checking|crying|ruminating",
      "can|could not get it|this|that|her|him|them out of my head|mind",
      "can|could not get the * out of my head|mind",
    ],
    // "I can't stop thinking about the holiday, it was amazing" is mostly savouring.
    positiveWeight: 0.3,
  },
  {
    kind: "rumination",
    label: "can't let it go",
    weight: 1,
    patterns: ["can|could not let it|this|that go", "can|could not let go", "can|could not move on|past"],
  },
  {
    kind: "rumination",
    label: "keep replaying",
    weight: 1,
    patterns: ["keep|keeps|kept|keeping replaying|reliving|rehearsing|rerunning", "keep|keeps|kept|keeping going over"],
  },
  {
    kind: "rumination",
    label: "keep thinking about",
    weight: 1,
    patterns: ["keep|keeps|kept|keeping thinking|wondering|worrying about|of|that|how|what|why|whether|if"],
    // "I keep thinking about getting a dog" only leans that way; "…about how lovely it was" is mostly savouring.
    neutralWeight: 0.5,
    positiveWeight: 0.3,
  },
  {
    kind: "rumination",
    label: "keeps coming back",
    weight: 1,
    subject: "any",
    patterns: [
      "it|this|that|thought|thoughts|memory|image|moment|feeling|words keeps|kept coming|popping back|up|into",
    ],
  },
  { kind: "rumination", label: "keep checking", weight: 0.6, patterns: ["keep|keeps|kept|keeping checking"] },
  {
    kind: "rumination",
    label: "replaying",
    weight: 0.6,
    patterns: ["replaying|replayed|replay|reliving|relived|relive"],
  },
  {
    kind: "rumination",
    label: "going over it in my head",
    weight: 0.8,
    subject: "any",
    patterns: ["over|through|round|around ~ in my head|mind"],
  },
  {
    kind: "rumination",
    label: "I can't believe I",
    weight: 0.7,
    subject: "any",
    patterns: ["can|could not believe i|we"],
    // "I can't believe I won!" is delight.
    positiveWeight: 0,
  },
  {
    kind: "rumination",
    label: "over and over",
    weight: 0.8,
    subject: "any",
    needsSelf: "sentence",
    patterns: ["over and over", "again and again", "round and round"],
    positiveWeight: 0.3,
  },
  {
    kind: "rumination",
    label: "all over again",
    weight: 0.6,
    subject: "any",
    patterns: ["all over again"],
    neutralWeight: 0,
  },
  {
    kind: "rumination",
    label: "should have",
    weight: 1,
    patterns: ["should not? have", "should have not|never", "should i|we not? have", "ought not? to have"],
    notBefore: DETERMINERS,
  },
  {
    kind: "rumination",
    label: "could have",
    weight: 0.5,
    patterns: ["could not? have"],
    neutralWeight: 0,
    // "It could have been worse" is relief, not regret (and has "it" as subject anyway).
    notBefore: [...DETERMINERS, "been"],
  },
  {
    kind: "rumination",
    label: "could have done better",
    weight: 0.8,
    patterns: ["could|should|might not? have ~ better|differently|sooner|earlier"],
  },
  { kind: "rumination", label: "if only", weight: 1, subject: "any", needsSelf: "after", patterns: ["if only"] },
  {
    kind: "rumination",
    label: "if I had",
    weight: 0.8,
    subject: "any",
    patterns: ["if i|we had|would not? have? @past", "had i|we not? @past"],
  },
  {
    kind: "rumination",
    label: "I wish I had",
    weight: 1,
    subject: "any",
    patterns: [
      "wish i|we had|would|could not? have? @past",
      "wish i|we had|would not|never",
      "wish i|we could go|take back",
      "wish i|we could undo|redo|change|unsay|erase",
    ],
  },
  {
    kind: "rumination",
    label: "why did I",
    weight: 1,
    subject: "any",
    patterns: [
      "why did|would i|we",
      "why did not i|we",
      "why do i always|keep|never|even",
      "why am i like this|so",
      "why can not i",
      "why can i not",
    ],
  },
  {
    kind: "rumination",
    label: "what was I thinking",
    weight: 0.8,
    subject: "any",
    patterns: ["what was i thinking", "what were we thinking"],
  },
  {
    kind: "rumination",
    label: "my fault",
    weight: 1,
    subject: "any",
    patterns: ["my own? fault", "blame|blaming|blamed myself", "i am|was to blame"],
  },
  {
    kind: "rumination",
    label: "my mistake",
    weight: 0.7,
    subject: "any",
    patterns: ["my own? mistake|mistakes"],
    // "My mistake was ordering the large one" is not self-blame.
    neutralWeight: 0.3,
  },
  {
    kind: "rumination",
    label: "I'm so stupid",
    weight: 1,
    subject: "any",
    patterns: [
      "i am|was|feel|felt so|such|really? stupid|useless|pathetic|hopeless|worthless",
      "i am|was|feel|felt like? such? an|a idiot|fool|failure|loser|mess",
      "hate|hating|hated|despise myself",
      "i hate|hated that i",
    ],
  },
  {
    kind: "rumination",
    label: "kicking myself",
    weight: 1,
    subject: "any",
    patterns: [
      "kick|kicking|kicked myself",
      "beat|beating|beaten myself up",
      "angry|furious|cross|disgusted|frustrated|annoyed with|at myself",
      "ashamed of myself",
      "disappointed in|with myself",
    ],
  },
  { kind: "rumination", label: "let them down", weight: 0.8, patterns: ["let|letting * down", "let|letting * * down"] },
  {
    kind: "rumination",
    label: "messed up",
    weight: 0.7,
    patterns: [
      "messed|screwed|mess|screw|messing|screwing|fucked|fuck it|that|this|everything|things? up",
      "blew|blown it",
      "ruined|ruin it|everything|things|the",
    ],
  },
  {
    kind: "rumination",
    label: "still upset",
    weight: 0.6,
    patterns: [
      "still thinking|worrying|brooding about",
      "still upset|angry|hurt|annoyed|embarrassed|ashamed|stewing|anxious|worried|gutted|sore",
    ],
  },
  {
    kind: "rumination",
    label: "lay awake thinking",
    weight: 1,
    patterns: [
      "lay|lie|lying|laying|was|been awake ~ thinking|worrying|going|replaying|wondering",
      "woke|waking|wake up? ~ thinking|worrying|replaying about|over",
    ],
  },
  { kind: "rumination", label: "lying awake", weight: 0.6, patterns: ["lay|lie|lying|laying awake"] },
  {
    kind: "rumination",
    label: "ruminating",
    weight: 0.8,
    patterns: ["ruminating|obsessing|dwelling|brooding", "dwell|dwelt on"],
  },
  { kind: "rumination", label: "guilty", weight: 0.7, patterns: ["guilty|guilt"] },
  {
    kind: "rumination",
    label: "regret",
    weight: 0.6,
    needsSelf: "sentence",
    patterns: ["regret|regrets|regretting|regretted"],
    notBefore: ["nothing"],
  },
  { kind: "rumination", label: "what if", weight: 0.5, subject: "any", patterns: ["what if"], neutralWeight: 0 },
  { kind: "rumination", label: "again", weight: 0.3, subject: "any", patterns: ["again"], neutralWeight: 0 },
];
