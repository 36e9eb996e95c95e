// Words and expressions of the writer's own distress (distress.ts reads them). Pure data.
//
// STATES are feelings and bodily states, the words a subject "is" or "feels" rather than judgements of what
// they did: "I was ashamed" is distress, "I was rude" is self-criticism (cues.ts). A diary fragment that starts
// with one ("So ashamed.", "Still upset about it.") has the writer as its dropped subject.
//
// The phrases are the bodily and affective expressions AFINN misses or underrates ("my stomach dropped",
// "wanted the ground to swallow me", "couldn't sleep"), each weighted by how clearly it is distress on its
// own (1: it is; 0.6: it leans that way).

// Clear distress, 0.85 each.
const STRONG_STATES =
  "afraid angry anxious ashamed crushed depressed desperate devastated disappointed distraught " +
  "embarrassed frightened frustrated furious gutted heartbroken helpless hopeless humiliated hurt insecure " +
  "jealous lonely miserable mortified nauseous nervous numb overwhelmed panicked panicky queasy sad scared " +
  "shaken shaky stressed tearful tense terrified unhappy troubled unsettled upset vexed worried wretched";
// Everyday states that lean that way ("Tired after the gym."), 0.5 each.
const MILD_STATES =
  "alone annoyed awkward bored confused drained exhausted ill lost low restless sick sore stuck tired unwell weary";

export const STATE_WEIGHTS: ReadonlyMap<string, number> = new Map([
  ...STRONG_STATES.split(" ").map((word): [string, number] => [word, 0.85]),
  ...MILD_STATES.split(" ").map((word): [string, number] => [word, 0.5]),
]);

export const STATES: ReadonlySet<string> = new Set(STATE_WEIGHTS.keys());

export type DistressPhrase = {
  weight: number;
  patterns: string[];
  /** The pattern names the writer ("my stomach"), so whoever the grammatical subject is, it is theirs. */
  own?: boolean;
};

export const DISTRESS_PHRASES: DistressPhrase[] = [
  { weight: 1, patterns: ["feel|feels|felt|feeling|was|am|been sick|ill|nauseous about|over|with"] },
  { weight: 0.8, patterns: ["feel|feels|felt|feeling sick|ill|nauseous|awful|terrible|horrible|dreadful|rotten"] },
  { weight: 1, own: true, patterns: ["sick to my stomach", "knot|knots|pit|butterflies in my stomach|chest|throat"] },
  {
    weight: 1,
    own: true,
    patterns: [
      "my stomach|heart|insides dropped|sank|turned|churned|lurched|knotted|clenched|twisted",
      "my heart was? pounding|racing|hammering",
      "my chest tightened",
      "my chest was tight",
      "lump in my throat",
      "my face burned|burning",
      "my face went red",
    ],
  },
  { weight: 1, own: true, patterns: ["ground to? swallow me|us", "the floor to? swallow me|us"] },
  {
    weight: 1,
    patterns: ["wanted|want|wanting to cry|scream|disappear|hide|vanish|die", "felt like crying|screaming|dying"],
  },
  { weight: 0.7, patterns: ["feel|feels|felt|feeling left out"] },
  {
    weight: 1,
    patterns: ["panic attack", "burst into tears", "in tears", "broke down", "fell apart", "falling apart"],
  },
  { weight: 0.8, patterns: ["cried|crying|sobbed|sobbing|wept|weeping"] },
  {
    weight: 0.8,
    patterns: [
      "could|can not sleep|eat|breathe|focus",
      "could|can not think straight|stop shaking",
      "barely|hardly slept|ate",
    ],
  },
  { weight: 0.6, patterns: ["lay|lie|lying|laying awake"] },
  { weight: 0.6, patterns: ["did not sleep", "slept badly|terribly", "no sleep"] },
  { weight: 0.9, patterns: ["dread|dreading|dreaded|dreadful"] },
  { weight: 0.9, patterns: ["cringe|cringed|cringing|cringey|cringeworthy|wince|winced|wincing"] },
  { weight: 0.7, patterns: ["shaking|trembling|shaky", "on edge", "a wreck", "a mess"] },
];
