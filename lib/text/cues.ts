// Lesson language versus ruminative language, per sentence, and the writer's distress: the cue signals of the
// memory contract ("Lessons kept, rumination to let go"); the matched cues are returned for the panel's "why".
// Chinese sentences go to zh/cues.ts; this file reads English.
//
// What counts. A lesson is a first-person statement of something learned, understood or resolved ("I learned
// to ask", "Next time I'll ask", "Note to self: …"); rumination is self-blame, replaying, or a counterfactual
// about oneself ("I should have called her back", "I keep going over it", "why did I"). So a cue phrase
// (cue-lists.ts, rumination-cue-list.ts) counts only with the writer as its subject, written or dropped: "he
// learned to swim", "a most learned man", "the bus should have been here", "which should have been from this
// tour" do not (english-tokens.ts finds the subject from wink's POS tags and the clause's layout). Self-blame
// without a stock phrase is found from its grammar: the writer, a form of "be", and a judgement of their own
// conduct ("I was so rude to her": 0.7; "I was sad" is distress, not blame). Finding out news is not a lesson:
// "I learned from Mr Coventry that the fleet is in" and "I realised I'd left my umbrella" weigh NEWS_WEIGHT.
//
// Scores. Every cue has a weight: 1 for phrases that are a lesson or a rumination on their own, less for those
// that only lean that way ("I will" 0.3, "could have" 0.5). A sentence's score per kind is the sum of the
// weights of its distinct cues, capped at 1. An entry's score per kind combines its sentences as a noisy-or,
// 1 − ∏(1 − sentence score): one clear sentence makes 1.0, two leaning ones (0.5 each) 0.75, and neutral
// sentences never dilute it. Read a score of 0.5 or more as "has lesson/ruminative language".
//
// Guards. A cue whose first word falls under a negation ("I never learned", "it was not my fault", "I never
// regret it") does not count. Some ruminative cues weigh less, or nothing, outside a negative sentence (one
// whose other words' AFINN scores sum below zero, with another ruminative cue, or with the writer's distress
// at 0.5 or more): "again" and "what if" count only there ("went running again, lovely" is not rumination, "I
// lost my temper again" is), "I keep thinking about getting a dog" only leans ruminative, and "I can't stop
// thinking about the holiday, it was amazing" is mostly savouring.
//
// Lessons without a stock phrase. Many writers state a lesson as a rule ("The day goes easier when the phone
// stays downstairs", "Saying it early is less work than pretending"): lesson-shape.ts scores that shape from
// the sentence's structure. A sentence's lesson score is max(cue score, SHAPE_WEIGHT (0.8) × shape score),
// where the shape scores SHAPE_MIN (0.5) or more and the sentence is not ruminative (rumination below
// SHAPE_BLOCKING_RUMINATION, 0.5: "Every time I see him I should have said sorry" replays). The maximum, not
// a noisy-or: cue and shape often read the same words ("from now on" is both), and adding them would let a
// weak "I will" plus a weak shape pass for a lesson. SHAPE_WEIGHT is below 1 because a shape is less certain
// than a phrase. Where the shape sets the score, its label is a lesson match, so the panel can quote it. The
// constants and the combination (withShape) live in lesson-shape.ts, shared with zh/cues.ts.
//
// Distress (distress.ts) and self-focus (the writer speaks of themself) are returned per sentence: rumination
// without any cue phrase ("felt sick about it all evening", about the same person again) is recognised by the
// memory from distress and recurrence across entries.
import { afinnOf, wordScores } from "./afinn";
import { CUES, type CueDefinition } from "./cue-lists";
import { distressOf } from "./distress";
import { isFirstPerson, isPastForm, predicateAt, selfFocusOf, subjectAt, tokensOf, type Token } from "./english-tokens";
import { lessonShape, SHAPE_BLOCKING_RUMINATION, withShape } from "./lesson-shape";
import { PatternIndex } from "./patterns";
import { JUDGEMENTS } from "./rumination-cue-list";
import { sentencesOf } from "./sentences";
import type { CueKind, CueMatch, Sentence, SentenceCues } from "./types";
import { zhSentenceCues } from "./zh/cues";

const SELF_CRITICISM_WEIGHT = 0.7;
const NEGATIVE_DISTRESS = 0.5;
const NEWS_WEIGHT = 0.3;

export type EntryCues = {
  lessonScore: number;
  ruminationScore: number;
  /** Labels of all counted cues, in order of first appearance, without repeats. */
  cues: string[];
  lessonCues: string[];
  ruminationCues: string[];
  sentences: SentenceCues[];
};

const index = new PatternIndex<CueDefinition>(CUES, (cue) => cue.patterns);

type Candidate = Pick<CueDefinition, "kind" | "label" | "weight" | "neutralWeight" | "positiveWeight"> & {
  start: number;
  end: number;
};

// A base-form verb right after the cue: an instruction to oneself ("Next time, ask first.").
function imperativeAt(token: Token | undefined): boolean {
  return token !== undefined && token.pos === "VERB" && token.word === token.lemma;
}

function counts(cue: CueDefinition, tokens: readonly Token[], start: number, end: number, selfFocus: boolean): boolean {
  const first = tokens[start]!;
  const next = tokens[end];
  const previous = tokens[start - 1];
  if (first.negated) return false;
  if (next && !next.break && (cue.notBefore?.includes(next.word) || cue.notBeforeTags?.includes(next.pos)))
    return false;
  if (previous && !first.break && cue.notAfter?.includes(previous.word)) return false;
  if ((cue.subject ?? "writer") === "writer") {
    const subject = subjectAt(tokens, start);
    if (subject === "other" || (cue.adjective && subject === "none" && next?.pos === "NOUN")) return false;
  }
  if (!cue.needsSelf || imperativeAt(next)) return true;
  return cue.needsSelf === "sentence" ? selfFocus : tokens.slice(end).some(isFirstPerson);
}

const PAST_BE = new Set(["was", "were", "been"]);

// "I was so rude to her", "Was an idiot about it": the writer, "be", and a judgement of their own conduct;
// not "I'm less snappy when I've eaten", which is a lesson.
function selfCriticism(tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  tokens.forEach((token, k) => {
    if (token.negated || !JUDGEMENTS.has(token.word) || tokens[k - 1]?.word === "less") return;
    const predicate = predicateAt(tokens, k);
    if (predicate?.kind !== "be" || predicate.subject === "other") return;
    const label = `${PAST_BE.has(tokens[predicate.verb]!.word) ? "I was" : "I'm"} ${token.word}`;
    found.push({ kind: "rumination", label, weight: SELF_CRITICISM_WEIGHT, start: predicate.verb, end: k + 1 });
  });
  return found;
}

// Reading past a cue ("I learned today that…"): adverbs and words of time.
const TIME_WORDS = new Set(["today", "yesterday", "tonight", "this", "morning", "afternoon", "evening", "week"]);
const TITLES = new Set(["mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "captain"]);

// What follows a "learned"/"realised" cue at `end` is news, not a lesson (see CueDefinition.news).
function reportsNews(tokens: readonly Token[], end: number): boolean {
  let k = end;
  while (tokens[k] && (tokens[k]!.pos === "ADV" || TIME_WORDS.has(tokens[k]!.word))) k++;
  const next = tokens[k];
  if (next?.word === "of") return true;
  if (next?.word === "from") {
    const source = tokens[k + 1];
    return source !== undefined && (source.pos === "PROPN" || TITLES.has(source.word));
  }
  if (next?.word === "that") k++;
  const subject = tokens[k];
  const after = tokens[k + 1];
  if (!subject) return false;
  if (subject.pos === "PROPN" || ["he", "she", "they"].includes(subject.word)) return true;
  if (subject.word === "the" && after?.pos === "NOUN") return true;
  const participle = tokens[k + 2];
  return (
    isFirstPerson(subject) &&
    (after?.word === "had" || after?.word === "would") &&
    isPastForm(participle) &&
    participle?.word !== "been"
  );
}

// The weight of a cue with a `neutralWeight` or `positiveWeight`, from its sentence apart from the cue's own
// words ("my mistake" alone does not make its sentence negative): full where `negative` already holds or the
// other words' AFINN scores sum below zero, else the neutral or positive weight.
function weightInContext(c: Candidate, tokens: readonly Token[], scores: readonly number[], negative: boolean): number {
  if (negative) return c.weight;
  let rest = scores.reduce((sum, score) => sum + score, 0);
  for (let k = tokens[c.start]!.source; k <= tokens[c.end - 1]!.source; k++) rest -= scores[k] ?? 0;
  // A "not" inside the cue negates no content after it: "I can't believe I won" is about winning.
  if (tokens.slice(c.start, c.end).some((t) => t.word === "not")) {
    for (let k = c.end; tokens[k]?.negated; k++) rest += afinnOf(tokens[k]!.word) - (scores[tokens[k]!.source] ?? 0);
  }
  if (rest < 0) return c.weight;
  const neutral = c.neutralWeight ?? c.weight;
  return rest > 0 ? (c.positiveWeight ?? neutral) : neutral;
}

/** The cues of one sentence that count (guards applied), its scores, self-focus and distress. */
export function sentenceCues(sentence: Sentence): SentenceCues {
  return sentence.lang === "zh" ? zhSentenceCues(sentence) : englishSentenceCues(sentence);
}

function englishSentenceCues(sentence: Sentence): SentenceCues {
  const tokens = tokensOf(sentence);
  const selfFocus = selfFocusOf(tokens);
  const scores = wordScores(sentence);
  const distress = distressOf(tokens, scores, selfFocus);

  const candidates: Candidate[] = index
    .find(tokens)
    .filter(({ item, start, end }) => counts(item, tokens, start, end, selfFocus))
    .map(({ item, start, end }) => ({
      kind: item.kind,
      label: item.label,
      weight: item.news && reportsNews(tokens, end) ? NEWS_WEIGHT : item.weight,
      neutralWeight: item.neutralWeight,
      positiveWeight: item.positiveWeight,
      start,
      end,
    }));
  candidates.push(...selfCriticism(tokens));

  const contextFree = (c: Candidate) => c.neutralWeight === undefined && c.positiveWeight === undefined;
  const fullRumination = candidates.filter((c) => c.kind === "rumination" && contextFree(c));
  const weightOf = (c: Candidate) =>
    contextFree(c)
      ? c.weight
      : weightInContext(c, tokens, scores, distress >= NEGATIVE_DISTRESS || fullRumination.some((o) => o !== c));

  // One match per label (the first), so "again … again" counts once.
  const seen = new Set<string>();
  const kept: Candidate[] = [];
  for (const c of candidates.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const weight = weightOf(c);
    if (seen.has(c.label) || weight === 0) continue;
    seen.add(c.label);
    kept.push({ ...c, weight });
  }
  // A shorter cue inside a longer one of the same kind ("replaying" inside "keep replaying") adds nothing.
  const counted = kept.filter(
    (c) =>
      !kept.some(
        (other) =>
          other !== c &&
          other.kind === c.kind &&
          other.start <= c.start &&
          other.end >= c.end &&
          (other.end - other.start > c.end - c.start || other.weight > c.weight),
      ),
  );
  const matches: CueMatch[] = counted.map(({ kind, label, weight, start, end }) => ({
    kind,
    label,
    weight,
    start: tokens[start]!.source,
    end: tokens[end - 1]!.source + 1,
  }));
  const ruminationScore = scoreOf(matches, "rumination");
  const shape = ruminationScore >= SHAPE_BLOCKING_RUMINATION ? null : lessonShape(sentence, tokens, scores);
  return {
    text: sentence.text,
    lessonScore: withShape(scoreOf(matches, "lesson"), matches, shape),
    ruminationScore,
    selfFocus,
    distress,
    matches,
  };
}

function scoreOf(matches: readonly CueMatch[], kind: CueKind): number {
  return Math.min(
    1,
    matches.filter((m) => m.kind === kind).reduce((sum, m) => sum + m.weight, 0),
  );
}

/** Noisy-or of sentence scores: the chance at least one sentence "is" a lesson (or rumination). */
export function combineScores(scores: readonly number[]): number {
  return 1 - scores.reduce((keep, score) => keep * (1 - Math.min(1, Math.max(0, score))), 1);
}

/** Lesson and rumination scores of an entry (Markdown text, or its sentences from `sentencesOf`). */
export function entryCues(input: string | readonly Sentence[]): EntryCues {
  const sentences = typeof input === "string" ? sentencesOf(input) : input;
  const perSentence = sentences.map(sentenceCues);
  const cues: string[] = [];
  const lessonCues: string[] = [];
  const ruminationCues: string[] = [];
  for (const sentence of perSentence) {
    for (const match of sentence.matches) {
      if (!cues.includes(match.label)) cues.push(match.label);
      const list = match.kind === "lesson" ? lessonCues : ruminationCues;
      if (!list.includes(match.label)) list.push(match.label);
    }
  }
  return {
    lessonScore: combineScores(perSentence.map((s) => s.lessonScore)),
    ruminationScore: combineScores(perSentence.map((s) => s.ruminationScore)),
    cues,
    lessonCues,
    ruminationCues,
    sentences: perSentence,
  };
}
