// Lesson and rumination cues in a Chinese sentence, with the same scores and guards as the English ones
// (lib/text/cues.ts): a sentence's score per kind is the sum of its distinct cues' weights, capped at 1.
//
// Guards.
// - Negation: a cue right after a negator in its clause does not count ("不是我的错", "我并不后悔"). Cues that
//   hold their own negation (放不下, 不该, 是我不好) are matched whole, so the 不 inside does not guard them.
// - Whose: lessons and rumination are first-person. A cue with someone else as the subject before it in its
//   clause ("他一直放不下") does not count, and the "should have" cues need the writer or no subject at all
//   ("车应该八点到的" is a timetable).
// - Weak cues (一直在想, 要不是) count only in a sentence that reads negative anyway.
//
// Lessons without a stock phrase ("只要十点前放下手机，第二天就精神很多") are read from the sentence's shape
// (zh/lesson-shape.ts) and combined with the cue score as in English: max(cue, 0.8 × shape), not in a
// ruminative sentence (lib/text/cues.ts explains why).
//
// selfFocus: Chinese diaries drop the subject ("好累。", "早知道就不说了。"), so a sentence without 我 is still
// about the writer when it names a feeling or a thought and nobody else comes before it in its clause.
import { SHAPE_BLOCKING_RUMINATION, withShape } from "../lesson-shape";
import type { CueMatch, Sentence, SentenceCues } from "../types";
import { ZH_CUES, ZH_DISTRESS, type ZhCueDefinition } from "./cue-lists";
import { zhLessonShape } from "./lesson-shape";
import { lexiconHits, lexiconPoints, type LexiconHit } from "./lexicon-hits";
import { clauseStart, FIRST_PERSON, isNegator, NEGATED_BEFORE, OTHER_PERSON, wordAt, wordOffsets } from "./words";

const compiled = ZH_CUES.map((cue) => ({ cue, patterns: cue.patterns.map((p) => new RegExp(p, "gu")) }));
const distressPatterns = ZH_DISTRESS.map((d) => ({ pattern: new RegExp(d.pattern, "gu"), weight: d.weight }));

const THINKING = /想|觉得|感觉|感到|知道|明白|懂|意识到|发现|记得|忘了|后悔|担心|害怕|希望|决定|打算|怀疑/gu;

// What may stand before a "should have" without being its subject: time words, adverbs, interjections.
// Each word is taken whole by a lookahead (which never backtracks), so "早就" is not retried as "早" + "就": without
// that, a clause of twenty "早就" took 30 ms and every two more took four times as long.
const ADVERBIAL = new RegExp(
  "^(?:(?=(" +
    "当时|当初|那时候|那时|那天|那会儿|昨天|前天|今天|刚才|其实|本来|原本|真的|确实|明明|早就|也|就|还|早|真|" +
    "当然|可能|大概|居然|竟然|所以|唉|哎|嗯|啊|说实话|现在想想|想想|回头想想|那|这" +
    "))\\1)*$",
  "u",
);

/**
 * Who the subject before character `offset` in its clause is, as far as the words tell: someone named after
 * the writer's last mention ("我觉得他应该…" is about him), else the writer if mentioned, else nobody when only
 * adverbs and time words stand there, else something else ("车应该…"). Only a person makes a cue someone
 * else's; the "should have" cues also refuse things.
 */
function subjectBefore(text: string, offset: number): "writer" | "person" | "none" | "other" {
  const prefix = text.slice(clauseStart(text, offset), offset).replace(/[^\p{L}]/gu, "");
  const writer = Math.max(prefix.lastIndexOf("我"), prefix.lastIndexOf("咱"), prefix.lastIndexOf("自己"));
  if (OTHER_PERSON.test(writer >= 0 ? prefix.slice(writer + 1) : prefix)) return "person";
  if (writer >= 0) return "writer";
  return ADVERBIAL.test(prefix) ? "none" : "other";
}

/**
 * A negation reaches the cue or word at character `at` (word `start`): the text right before it ends in a
 * negator, or a negator among the two words before reaches it ("不是因为我的错").
 */
function negatedAt(sentence: Sentence, text: string, at: number, start: number): boolean {
  if (NEGATED_BEFORE.test(text.slice(clauseStart(text, at), at))) return true;
  if (!sentence.negated[start]) return false;
  return [start - 1, start - 2].some((k) => k >= 0 && isNegator(sentence.words[k]!));
}

function findCandidates(sentence: Sentence, text: string, offsets: number[]): (CueMatch & { order: number })[] {
  const found: (CueMatch & { order: number })[] = [];
  compiled.forEach(({ cue, patterns }, order) => {
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        const at = match.index;
        const start = wordAt(offsets, at);
        const end = wordAt(offsets, at + match[0].length - 1) + 1;
        if (negatedAt(sentence, text, at, start)) continue;
        if (!subjectOk(cue, text, at, match[0])) continue;
        found.push({ kind: cue.kind, label: cue.label, weight: cue.weight, start, end, order });
      }
    }
  });
  return found;
}

function subjectOk(cue: ZhCueDefinition, text: string, at: number, matched: string): boolean {
  if (FIRST_PERSON.test(matched.slice(0, 2))) return true;
  const subject = subjectBefore(text, at);
  return cue.subject === "strict" ? subject === "writer" || subject === "none" : subject !== "person";
}

/** The distress words' summed weight (capped at 1) and where they are. */
function distressOf(text: string, sentence: Sentence, offsets: number[]): { distress: number; at: number[] } {
  const covered: [number, number][] = [];
  const at: number[] = [];
  let sum = 0;
  for (const { pattern, weight } of distressPatterns) {
    for (const match of text.matchAll(pattern)) {
      const [from, to] = [match.index, match.index + match[0].length];
      if (covered.some(([a, b]) => from < b && to > a)) continue;
      covered.push([from, to]);
      if (negatedAt(sentence, text, from, wordAt(offsets, from))) continue;
      sum += weight;
      at.push(from);
    }
  }
  return { distress: Math.min(1, sum), at };
}

/** The writer is named, or a feeling, thought or distress word has nobody else before it in its clause. */
function selfFocusOf(text: string, hits: readonly LexiconHit[], distressAt: readonly number[]): boolean {
  if (FIRST_PERSON.test(text)) return true;
  const offsets = [...hits.filter((h) => h.feeling).map((h) => h.offset), ...distressAt];
  for (const match of text.matchAll(THINKING)) offsets.push(match.index);
  return offsets.some((offset) => subjectBefore(text, offset) !== "person");
}

export function zhSentenceCues(sentence: Sentence): SentenceCues {
  const text = sentence.text.toLowerCase();
  const offsets = wordOffsets(sentence.text, sentence.words);
  const hits = lexiconHits(sentence);
  const { distress, at: distressAt } = distressOf(text, sentence, offsets);
  const candidates = findCandidates(sentence, text, offsets);

  const isWeak = (m: { order: number }) => compiled[m.order]!.cue.needsNegativeContext === true;
  const negative =
    candidates.some((m) => m.kind === "rumination" && !isWeak(m)) || lexiconPoints(hits) < 0 || distress > 0;

  // One match per label (the first); then a cue inside a longer (or stronger, or earlier-listed) cue of the
  // same kind adds nothing: "意识到" inside "我意识到".
  const seen = new Set<string>();
  const matches: (CueMatch & { order: number })[] = [];
  for (const m of candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order)) {
    if (seen.has(m.label) || (isWeak(m) && !negative)) continue;
    seen.add(m.label);
    matches.push(m);
  }
  const counted = matches.filter(
    (m) =>
      !matches.some(
        (o) =>
          o !== m &&
          o.kind === m.kind &&
          o.start <= m.start &&
          o.end >= m.end &&
          (o.end - o.start > m.end - m.start || o.weight > m.weight || (o.weight === m.weight && o.order < m.order)),
      ),
  );

  const matched: CueMatch[] = counted.map(({ order: _order, ...match }) => match);
  const ruminationScore = scoreOf(matched, "rumination");
  const shape = ruminationScore >= SHAPE_BLOCKING_RUMINATION ? null : zhLessonShape(sentence, hits);
  const lessonScore = withShape(scoreOf(matched, "lesson"), matched, shape);
  const selfFocus = matched.length > 0 || selfFocusOf(text, hits, distressAt);
  return {
    text: sentence.text,
    lessonScore,
    ruminationScore,
    selfFocus,
    distress: selfFocus ? distress : 0,
    matches: matched,
  };
}

function scoreOf(matches: readonly CueMatch[], kind: CueMatch["kind"]): number {
  return Math.min(
    1,
    matches.filter((m) => m.kind === kind).reduce((sum, m) => sum + m.weight, 0),
  );
}
