// The shape of a lesson without a lesson phrase: how much an English sentence reads as a generalisation the
// writer draws about their own life, or a rule they set themself, from its structure, not its topic. cues.ts
// finds the stock phrases ("I learned", "from now on"); this finds "The day goes easier when the phone stays
// downstairs", "Saying it early is less work than pretending", "Friday nights are for bed".
//
// Score = FRAME + EFFECTS (at most 0.5), times the penalties, capped at 1. A frame alone stays below 0.5, but
// for "the more …, the less …" (a comparison in itself) and the rules a writer sets (a time "is for"
// something, a resolution): "Every time I close my eyes I see her face" has a rule's grammar but draws
// nothing from it. Clear lessons land at 0.65 or more, so that cues.ts's 0.8 × shape reads as lesson language.
// - Frames (the strongest counts and names the label): a rule, when/whenever/if/every time/the days I … with
//   a present verb 0.4 (0.3 with a replay verb, "…I think of Dad", and no comparison); "the more …, the less …"
//   0.5; a verbless opening, "and", the writer, a present ("An hour out and I…") 0.4; an effect, a gerund
//   subject ("Asking takes two minutes") or a thing done that makes/keeps/saves the writer or their day 0.35;
//   generic "it's easier to …", "it works when …" 0.35; a time of the week "is for" something 0.65; a
//   resolution, "from today", "starting Monday", "as of now", "no more" 0.75; a verbless ban ("No screens
//   after ten") or rule with emphasis 0.45; a habitual evaluative comparison ("I sleep better after a swim",
//   not "I feel better") 0.2.
// - Effects: an evaluative comparative ("easier", "less stressful", "calmer" 0.4; a plain one, "cheaper",
//   0.15), a contrast ("than", "instead of", "beats" 0.2), a present effect verb ("goes", "makes", "helps"
//   0.25), a positive AFINN sum 0.1, an insight ("actually", "funny how") 0.2, emphasis ("full stop") 0.25.
// - Penalties: a question, or strongly negative (AFINN sum ≤ -3) with no comparison or effect: 0. Narration
//   and plans (timeFactor): only past tenses 0.15, past and present 0.6; "yesterday", "last night" 0.3; a date
//   ahead ("tomorrow", "next week") 0.15, a future without one 0.6 (not for resolutions); "today", "now" 0.5; a
//   progressive outside a rule 0.5. Whose (agentFactor): the writer 1, their day or the writer as object 0.8,
//   others or the world 0.3.
import { afinnOf, wordScores } from "./afinn";
import { isPastForm, tokensOf, type Token } from "./english-tokens";
import type { CueMatch, Sentence } from "./types";

export type LessonShape = {
  /** 0..1: how much the sentence has the shape of a self-drawn generalisation or resolution. */
  score: number;
  /** The frame that matched (a value of SHAPE_LABELS), for the panel's "why"; null when none did. */
  label: string | null;
  /** First and one-past-last index into the sentence's `words` of the words that show the frame. */
  start: number;
  end: number;
};

export const SHAPE_LABELS = {
  rule: "a rule you drew: when … then …",
  theMore: "a rule you drew: the more … the …",
  sequence: "a rule you drew: … and then …",
  effect: "what you found works: doing … makes …",
  generic: "what you found works: it's easier to …",
  reserved: "a rule you set: … is for …",
  resolution: "a resolution: from today …",
  ban: "a rule you set: no … before …",
  comparison: "a comparison you drew: … is better …",
} as const;

/** How much of a shape's score is lesson score, the least shape that counts, the rumination that blocks it. */
export const SHAPE_WEIGHT = 0.8;
const SHAPE_MIN = 0.5;
export const SHAPE_BLOCKING_RUMINATION = 0.5;

/**
 * A sentence's lesson score from its cue score and its shape: max(cue, SHAPE_WEIGHT × shape) where the shape
 * counts (cues.ts explains why). Where the shape decides the score, its label joins `matches` (in order of
 * position) as a lesson match.
 */
export function withShape(cue: number, matches: CueMatch[], shape: LessonShape | null): number {
  if (!shape?.label || shape.score < SHAPE_MIN || SHAPE_WEIGHT * shape.score <= cue) return cue;
  const weight = SHAPE_WEIGHT * shape.score;
  const at = matches.findIndex((m) => m.start > shape.start);
  const match: CueMatch = { kind: "lesson", label: shape.label, weight, start: shape.start, end: shape.end };
  matches.splice(at < 0 ? matches.length : at, 0, match);
  return weight;
}

const set = (list: string) => new Set(list.split(" "));
const DAYS = "monday tuesday wednesday thursday friday saturday sunday weekday weekend".split(" ");
const WEEK = new Set([...DAYS, ...DAYS.map((d) => `${d}s`)]);
const TIME_UNITS = set("day night morning evening week weekend afternoon time");
const TIME_SPANS = new Set([...TIME_UNITS].map((u) => `${u}s`));
const MODALS = set("could would should might may must will shall can to");
const PERFECT_OR_BE = set("have has had having am is are was were be been being");
const SELF = set("i we you");
const ME = set("me my us our myself");
const OTHERS = set("he she they him her them his their");
// The writer's own life as a subject or object: "the day goes easier", "keeps my head clearer".
const LIFE = set("day days morning mornings evening evenings night nights week weeks life sleep head mind mood back");
const PEOPLE = set(
  "mum mom dad mother father brother sister son daughter wife husband partner friend friends boss manager kids " +
    "kid children baby family parents gran grandma grandad aunt uncle colleague colleagues team neighbours neighbors",
);
const EFFECT_VERBS = set("go goes make makes keep keeps help helps save saves work works pays beats fixes stop stops");
const CAUSES = set(
  "make makes keep keeps help helps save saves give gives let lets get gets stop stops cost costs take takes " +
    "leave leaves mean means",
);
const REPLAY = set("see hear think picture remember imagine replay relive dream");
// States and ease that AFINN does not score: "calmer", "less stressful", "smoother", "faster".
const EXPERIENCE = set(
  "easy calm smooth light quiet simple clear patient gentle kind nice happy quick fast productive relaxed steady " +
    "sharp focused rested hard heavy tense grumpy cranky tired stressful frantic short",
);
const UNLEMMATISED = set("faster sooner longer quieter slower louder"); // wink leaves these whole
const NOT_COMPARATIVE = set("later earlier other never ever over after under rather");
const ING_NOUNS = set(
  "thing bring sting swing morning evening nothing something anything everything ceiling " +
    "wedding pudding building during spring string sibling darling",
);
const UNDOING = set("stop stops no less fewer");
const START_TIMES = set("today tonight now tomorrow this next"); // "from today", "starting now", "as of tomorrow"
const CIRCUMSTANCE = set("after before with without once always usually generally normally every");

function tenseOf(tokens: readonly Token[], k: number): "present" | "past" | "future" | null {
  const t = tokens[k]!;
  const w = t.word;
  let p = k - 1;
  while (p >= 0 && (tokens[p]!.pos === "ADV" || tokens[p]!.word === "not") && !tokens[p + 1]!.break) p--;
  const prev = p >= 0 && !tokens[p + 1]!.break ? tokens[p]! : undefined;
  if (w === "will" || w === "shall" || w === "gonna") return "future";
  if (w === "going" && tokens[k + 1]?.word === "to" && prev && PERFECT_OR_BE.has(prev.word)) return "future";
  if (w === "used" && tokens[k + 1]?.word === "to") return "past";
  if (prev && MODALS.has(prev.word)) return null;
  // After "have" or "be" a participle carries no tense of its own: "I've had", "is done", "am going".
  if (prev && PERFECT_OR_BE.has(prev.word) && (isPastForm(t) || w === "had" || w.endsWith("ing"))) return null;
  if (["was", "were", "did", "had"].includes(w)) return "past";
  if (["am", "is", "are", "do", "does", "has", "have", "can"].includes(w)) return "present";
  // wink tags some verbs after a pronoun as nouns ("I panic", "we walk"): the pronoun says it is a verb.
  if (t.pos !== "VERB" && t.pos !== "AUX")
    return prev && SELF.has(prev.word) && w === t.lemma && t.pos !== "ADP" ? "present" : null;
  if (isPastForm(t)) return w === t.lemma ? null : "past"; // "read", "put": either tense
  if (w.endsWith("ing")) return null;
  if (w !== t.lemma) return w.endsWith("s") ? "present" : null;
  // A base form is a verb after its subject or at a clause's start (an imperative), a noun after a
  // determiner or an adjective ("the hardest call").
  return !prev || ["PRON", "NOUN", "PROPN", "CCONJ"].includes(prev.pos) ? "present" : null;
}

/** The base of a comparative ("calmer" → "calm", "less" → "less"), or null. */
function comparativeBase(t: Token | undefined): string | null {
  if (!t || NOT_COMPARATIVE.has(t.word)) return null;
  if (["better", "worse", "less", "more", "fewer"].includes(t.word)) return t.word;
  if (UNLEMMATISED.has(t.word)) return t.word.slice(0, -2);
  return (t.pos === "ADJ" || t.pos === "ADV") && t.word !== t.lemma && t.word.endsWith("er") ? t.lemma : null;
}

// "better", "calmer", "less stressful", "less work", "more patient"; not "cheaper", "colder".
function isEvaluative(tokens: readonly Token[], k: number): boolean {
  const base = comparativeBase(tokens[k])!;
  if (base === "better" || base === "worse") return true;
  const judged = ["less", "more", "fewer"].includes(base) ? tokens[k + 1]?.lemma : base;
  return judged !== undefined && (judged === "work" || EXPERIENCE.has(judged) || afinnOf(judged) !== 0);
}

const isGerund = (t: Token | undefined) => t !== undefined && /^[a-z]{2,}ing$/.test(t.word) && !ING_NOUNS.has(t.word);
const moreOrLess = (t: Token | undefined) =>
  comparativeBase(t) !== null || t?.word === "earlier" || t?.word === "later";

type Frame = { weight: number; label: string; start: number; end: number };

/** The shape of a lesson in an English sentence (see the header); `tokens`/`scores` save reading them twice. */
export function lessonShape(
  sentence: Sentence,
  tokens: readonly Token[] = tokensOf(sentence),
  scores: readonly number[] = wordScores(sentence),
): LessonShape {
  const none: LessonShape = { score: 0, label: null, start: 0, end: 0 };
  if (tokens.length === 0 || /\?\W*$/.test(sentence.text)) return none;
  const at = (k: number) => tokens[k]?.word ?? "";
  const tense = tokens.map((_, k) => tenseOf(tokens, k));
  const present = tense.filter((t) => t === "present").length;
  const past = tense.filter((t) => t === "past").length;
  const future = tense.includes("future");
  // The first token after leading adverbs, interjections and "and", "so", "not": "Honestly, saying it …".
  let first = 0;
  while (tokens[first] && (["ADV", "INTJ", "CCONJ"].includes(tokens[first]!.pos) || at(first) === "not")) first++;
  const comparatives = tokens.flatMap((t, k) => (comparativeBase(t) ? [k] : []));
  const evaluative = comparatives.some((k) => isEvaluative(tokens, k));
  const contrast = tokens.some(
    (t, k) => ["than", "beats"].includes(t.word) || (t.word === "instead" && at(k + 1) === "of"),
  );
  const text = sentence.text.toLowerCase();
  const emphasis = /full stop|no exceptions|non-negotiable|no matter what|\bperiod\W*$/.test(text);

  const frames: Frame[] = [];
  const add = (weight: number, label: string, start: number, end = start + 1) =>
    frames.push({ weight, label, start, end });
  const replay = tokens.some((t, k) => REPLAY.has(t.word) && tense[k] === "present");
  tokens.forEach((t, k) => {
    const [w, next] = [t.word, at(k + 1)];
    const rule =
      (["when", "whenever", "if", "unless"].includes(w) &&
        !["as", "even", "wonder", "see", "know"].includes(at(k - 1))) ||
      (w === "time" && ["every", "each", "any"].includes(at(k - 1))) ||
      (TIME_SPANS.has(w) && ["the", "on"].includes(at(k - 1)) && SELF.has(next));
    if (rule && present > 0) add(replay && comparatives.length === 0 ? 0.3 : 0.4, SHAPE_LABELS.rule, k);
    if (w === "the" && k === first && moreOrLess(tokens[k + 1])) {
      const again = tokens.findIndex((o, j) => j > k + 2 && o.word === "the" && moreOrLess(tokens[j + 1]));
      if (again > 0) add(0.5, SHAPE_LABELS.theMore, k, again + 2);
    }
    // A time of the week opening the sentence: "Friday nights are for bed", not "Jo says mornings are for…".
    const opening = tokens.slice(first, k);
    if ((w === "are" || w === "is") && next === "for" && opening.length > 0 && opening.length <= 2)
      if (opening.every((o) => WEEK.has(o.word) || TIME_SPANS.has(o.word)))
        add(0.65, SHAPE_LABELS.reserved, first, k + 2);
    const when = (word: string) => WEEK.has(word) || START_TIMES.has(word);
    const from = (w === "from" || w === "starting") && when(next);
    const asOf = w === "as" && next === "of" && when(at(k + 2));
    const noMore = w === "no" && next === "more" && (k === first || t.break);
    if (from || asOf || noMore || (w === "new" && next === "rule")) add(0.75, SHAPE_LABELS.resolution, k, k + 2);
    // Something done or had in the same clause, not a pronoun for one event: "A walk at lunch keeps my head
    // clearer", not "It only makes me more scared"; and not "keep going", which is no cause.
    if (CAUSES.has(w) && tense[k] === "present" && !next.endsWith("ing")) {
      let clause = k;
      while (clause > first && !tokens[clause]!.break && tokens[clause - 1]!.pos !== "CCONJ") clause--;
      const done = tokens.slice(clause, k).some((o) => o.pos !== "ADV" && o.pos !== "PRON");
      const object = tokens.slice(k + 1, k + 4).some((o) => ME.has(o.word) || LIFE.has(o.word) || comparativeBase(o));
      if (done && object) add(0.35, SHAPE_LABELS.effect, k);
    }
    if (w === "it" && tense[k + 1] === "present") {
      let j = k + 2;
      while (tokens[j] && (tokens[j]!.pos === "ADV" || ["so", "much", "far", "way", "a", "lot"].includes(at(j)))) j++;
      const judged =
        tokens[j] && (comparativeBase(tokens[j]) || afinnOf(tokens[j]!.lemma) > 0 || EXPERIENCE.has(tokens[j]!.lemma));
      const works = EFFECT_VERBS.has(next) && ["when", "if", "to"].includes(at(k + 2));
      if ((judged && ["to", "when", "if", "than"].includes(at(j + 1))) || works)
        add(0.35, SHAPE_LABELS.generic, k, j + 1);
    }
  });
  // A gerund subject: its verb is the first third-person present after it ("Admitting I'm behind is…", not
  // "Walking home I see…"), with no one else's clause or a break between ("Feeling calmer now that it's over").
  const third = tense.findIndex((t, k) => k > first && t === "present" && /^(?:is|does|has)$|[^s]s$/.test(at(k)));
  if (isGerund(tokens[first]) && third > 0)
    if (!tokens.slice(first + 1, third).some((o) => OTHERS.has(o.word) || o.pos === "SCONJ" || o.break))
      add(0.35, SHAPE_LABELS.effect, first, third + 1);
  const and = tokens.findIndex((t) => t.word === "and");
  if (and >= 2 && tense.slice(0, and).every((t) => t === null) && !tokens.slice(0, and).some((t) => t.pos === "PRON"))
    if (tokens.slice(and + 1, and + 4).some((o) => SELF.has(o.word) || ME.has(o.word) || LIFE.has(o.word)))
      if (tense.slice(and).includes("present")) add(0.4, SHAPE_LABELS.sequence, 0, and + 2);
  const timed = tokens.some((t) => ["before", "after", "during", "until", "past", "by"].includes(t.word));
  if (present + past === 0 && !future && ((at(first) === "no" && timed) || emphasis))
    add(0.45, SHAPE_LABELS.ban, first, tokens.length);
  // "I sleep better after a swim"; not a state reported now, "Back feels much better after the physio".
  const habitual = tokens.some((t, k) => k > comparatives[0]! && CIRCUMSTANCE.has(t.word));
  const feels = tokens.some((t, k) => t.lemma === "feel" && tense[k] === "present");
  if (frames.length === 0 && evaluative && present > 0 && habitual && !feels)
    add(0.2, SHAPE_LABELS.comparison, comparatives[0]!);
  if (frames.length === 0) return none;
  const frame = frames.reduce((best, f) => (f.weight > best.weight ? f : best));

  // Strongly negative and drawing no comparison or effect: a complaint or replay ("Mondays are the worst").
  // What follows "stop", "no", "less" is undone: "my knees stop aching" is relief.
  const undone = (k: number) => UNDOING.has(sentence.words[k - 1] ?? "") || UNDOING.has(sentence.words[k]!);
  const sum = scores.reduce((a, b, k) => (undone(k) ? a : a + b), 0);
  const causal = frame.label === SHAPE_LABELS.effect || frame.label === SHAPE_LABELS.sequence;
  if (sum <= -3 && comparatives.length === 0 && !contrast && !causal) return none;
  let effect = comparatives.length > 0 ? (evaluative ? 0.4 : 0.15) : 0;
  if (contrast) effect += 0.2;
  if (tokens.some((t, k) => EFFECT_VERBS.has(t.word) && tense[k] === "present")) effect += 0.25;
  if (sum > 0) effect += 0.1;
  if (/\bactually\b|\b(?:funny|amazing|strange|odd|wild) how\b/.test(text)) effect += 0.2;
  if (emphasis) effect += 0.25;
  const verb = tense.findIndex((t, k) => k >= first && t !== null);
  const base = Math.min(1, frame.weight + Math.min(0.5, effect));
  const score = base * timeFactor(tokens, tense, frame, first) * agentFactor(tokens, first, verb, frames, frame);
  const last = tokens[Math.min(frame.end, tokens.length) - 1]!;
  return { score, label: frame.label, start: tokens[frame.start]!.source, end: last.source + 1 };
}

// Narration and plans: what the tenses and time words say about one occasion (see the header).
function timeFactor(tokens: readonly Token[], tense: readonly (string | null)[], frame: Frame, first: number): number {
  const at = (k: number) => tokens[k]?.word ?? "";
  const present = tense.includes("present");
  const future = tense.includes("future");
  const resolution = frame.label === SHAPE_LABELS.resolution;
  const fromTime = (k: number) => ["from", "starting", "of"].includes(at(k - 1));
  let factor = 1;
  if (tense.includes("past")) factor *= present ? 0.6 : 0.15;
  const pastTime = tokens.some(
    (t, k) =>
      t.word === "yesterday" ||
      t.word === "ago" ||
      (t.word === "last" && TIME_UNITS.has(at(k + 1))) ||
      (t.word === "this" && ["morning", "afternoon", "evening"].includes(at(k + 1))),
  );
  if (pastTime) factor *= 0.3;
  const ahead = tokens.some(
    (t, k) =>
      ((t.word === "tomorrow" || t.word === "tonight") && !fromTime(k)) ||
      (t.word === "next" && at(k + 1) !== "time" && !fromTime(k)) ||
      (future && WEEK.has(t.word) && ["on", "this", "by"].includes(at(k - 1))),
  );
  if (ahead && !resolution) factor *= present || future ? 0.15 : 0.4;
  else if (future && !resolution) factor *= 0.6;
  if (tokens.some((t, k) => ["today", "tonight", "now"].includes(t.word) && !fromTime(k))) factor *= 0.5;
  // "I'm sitting in the car", and the diary's subject-less "Feeling calmer now that…".
  const progressive =
    tokens.some((t, k) => ["am", "is", "are"].includes(t.word) && k > first && /ing$/.test(at(k + 1))) ||
    (isGerund(tokens[first]) && frame.label === SHAPE_LABELS.comparison);
  return progressive && frame.label !== SHAPE_LABELS.rule ? factor * 0.5 : factor;
}

// Whose generalisation it is, from the subjects: the writer's ("I", "we", generic "you", a gerund, no subject
// before the verb: 1); the writer's day, or the writer as object ("the mornings go better", "keeps my head
// clearer": 0.8; for a bare comparison 0.6); others' or the world's ("my brother is…", "the trains are…": 0.3).
// A rule set with no verb or with a bare noun is the writer's own ("Phone goes in the drawer from today").
function agentFactor(tokens: readonly Token[], first: number, verb: number, frames: Frame[], frame: Frame): number {
  if (tokens.some((t) => SELF.has(t.word) && t.pos === "PRON")) return 1;
  const subject = verb < 0 ? [] : tokens.slice(first, verb);
  if (subject.length === 0 || isGerund(tokens[first]) || frame.label === SHAPE_LABELS.sequence) return 1;
  const someone = subject.some((t) => OTHERS.has(t.word) || PEOPLE.has(t.word));
  const bare = !someone && subject.length <= 3 && subject.every((t) => t.pos !== "DET" || t.word === "no");
  const setRule: string[] = [SHAPE_LABELS.resolution, SHAPE_LABELS.ban, SHAPE_LABELS.reserved];
  if (setRule.includes(frame.label)) return bare ? 1 : 0.3;
  const generic = frames.some((f) => f.label === SHAPE_LABELS.generic);
  if (generic && !tokens.some((t, k) => t.word === "for" && OTHERS.has(tokens[k + 1]?.word ?? ""))) return 1;
  // wink tags many a sentence's capitalised first word PROPN ("Late nights…"): a name only further in.
  if (someone || subject.some((t, k) => t.pos === "PROPN" && k > 0 && !LIFE.has(t.word))) return 0.3;
  if (subject.some((t) => LIFE.has(t.word))) return 0.8;
  const own = (k: number) => LIFE.has(tokens[k + 1]?.word ?? "") || LIFE.has(tokens[k + 2]?.word ?? "");
  const object = tokens.some((t, k) => ["me", "us", "myself"].includes(t.word) || (ME.has(t.word) && own(k)));
  return object ? (frame.label === SHAPE_LABELS.comparison ? 0.6 : 0.8) : 0.3;
}
