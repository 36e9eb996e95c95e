// The shape of a lesson without a lesson phrase, in Chinese: how much a sentence reads as a rule the writer
// draws about their own life ("只要十点前放下手机，第二天就精神很多", "先写两小时再看邮件，效率高很多") or
// sets themself ("以后每周三给妈妈打电话"), read from its structure, not its topic. The English reader
// (lib/text/lesson-shape.ts) explains the scale; this one reads the characters, like zh/cues.ts, because
// Intl.Segmenter's words cut the markers unpredictably (就|不会, 轻松|多|了).
//
// Score = FRAME + EFFECTS (at most 0.5), times the penalties, capped at 1, on the English scale: a frame alone
// stays below 0.5 but for 越…越 (a comparison in itself) and the rules a writer sets ("每次闭上眼睛，都会想起
// 她" has a rule's grammar but draws nothing from it), and a clear lesson lands at 0.65 or more.
// - Frames (the strongest counts and names the label): a rule, 只要…就, 每次/每当…都/就/会, 一…就,
//   如果/只有…就/才, …的时候/…的日子/…时 0.4; 越…越 0.5; 先…再/然后/才/， 0.4; an effect, a clause then a
//   result clause (就/反而/才/都不…, or a comparison: "…，比…管用", "…，睡得踏实多了") 0.35; a time 用来/留给
//   something ("周六上午只用来陪孩子") 0.65; a resolution, 以后/今后/从此 + 每/都/不/只…, 从这周/明天/周一起 0.75;
//   a schedule, 每天/每周/每晚…, 定在 0.3; 比 with the writer (我) and none of those 0.2.
// - Effects: a comparison (比, 多了, 得多, 好很多, 更, 没那么, 不如: 0.25); a better state (轻松, 省事, 管用,
//   踏实, 效率高, a good feeling, or anything good after the first clause: 0.3); trouble avoided (就不会, 就不用,
//   就没那么, 都不慌: 0.3); 反而 0.2; emphasis (雷打不动, 无论如何, 一律: 0.25).
// - Penalties: a question 0; strongly negative (lexicon points ≤ -3) with no comparison or trouble avoided 0;
//   a past time (昨天, 那天, 上周, 刚才) 0.25; a date ahead (明天, 下周; not "明天的衣服") 0.15; completed 了
//   (吃了, 卖完了; not 多了, 少了, 好了, nor 了 in a sentence that compares or avoids: "没那么疼了") 0.6;
//   今天/现在 0.5; 正在 0.5; a change over time (比以前, 比昨天) 0.4; someone else as the subject (他只要…,
//   妈妈比…, 同事说…) 0.3; a thing compared (这家店的咖啡比…) 0.4.
import type { LessonShape } from "../lesson-shape";
import type { Sentence } from "../types";
import { lexiconHits, lexiconPoints, type LexiconHit } from "./lexicon-hits";
import { OTHER_PERSON, wordAt, wordOffsets } from "./words";

export const ZH_SHAPE_LABELS = {
  rule: "你总结的规律：只要/每次…就…",
  theMore: "你总结的规律：越…越…",
  sequence: "你总结的做法：先…再…",
  effect: "你发现的效果：这样做…就…",
  reserved: "你定的规矩：…只用来…",
  resolution: "你的决定：以后…",
  habit: "你定的习惯：每…",
  comparison: "你做的比较：…比…好",
} as const;

// Within a clause, and within a sentence (a rule's two halves often sit either side of a comma).
const G = String.raw`[^，,。！？!?；;：:、]`;
const S = String.raw`[^。！？!?；;]`;
// Every pattern runs on whatever a user writes, so none may read the same text twice: a scan from 只要 (每次, 如果,
// 比) stops at the next 只要, where the next attempt starts anyway, and THING_COMPARED takes its first marker
// once (a lookahead, which never backtracks) instead of trying each 的 against every 比 after it.
const TIME = String.raw`(?:每天|每周|每晚|每次|平时|周末|工作日|早上|上午|中午|下午|晚上|睡前|饭后|午饭后|晚饭后|周[一二三四五六日天]|星期[一二三四五六日天])`;

const FRAMES: { weight: number; label: string; pattern: RegExp }[] = [
  { weight: 0.4, label: ZH_SHAPE_LABELS.rule, pattern: new RegExp(`只要(?:(?!只要)${S})*?就`, "u") },
  {
    weight: 0.4,
    label: ZH_SHAPE_LABELS.rule,
    pattern: new RegExp(`每(?:次|回|当)(?:(?!每[次回当])${S})*?(?:都|就|总|会)`, "u"),
  },
  {
    weight: 0.4,
    label: ZH_SHAPE_LABELS.rule,
    pattern: new RegExp(`一(?![起直定点些样般共切下会边整])${G}{1,6}?就`, "u"),
  },
  // Not 要是: mostly a regret ("要是…就好了"), which zh/cues.ts reads as rumination.
  {
    weight: 0.4,
    label: ZH_SHAPE_LABELS.rule,
    pattern: new RegExp(`(?:如果|只有|假如)(?:(?!如果|只有|假如)${S})*?(?:就|才|的话)`, "u"),
  },
  {
    weight: 0.4,
    label: ZH_SHAPE_LABELS.rule,
    pattern: /的(?:时候|日子)|(?<=\p{Script=Han})(?<![小及当同有按准暂临随平那这])时(?![间候光代刻期])/u,
  },
  { weight: 0.5, label: ZH_SHAPE_LABELS.theMore, pattern: new RegExp(`越${S}{1,12}?越`, "u") },
  {
    weight: 0.4,
    label: ZH_SHAPE_LABELS.sequence,
    pattern: new RegExp(`(?<![首原优祖])先(?!生|后)${S}{1,15}?(?:再|然后|才|[，,])`, "u"),
  },
  {
    weight: 0.65,
    label: ZH_SHAPE_LABELS.reserved,
    pattern: new RegExp(`^${TIME}+${G}{0,3}?(?:只|专门|就)?(?:用来|留给)`, "u"),
  },
  {
    weight: 0.75,
    label: ZH_SHAPE_LABELS.resolution,
    pattern: new RegExp(`(?:以后|今后|往后|从此)(?!要是)${G}{0,3}?(?:每|都|不|只|一律|固定|尽量)`, "u"),
  },
  {
    weight: 0.75,
    label: ZH_SHAPE_LABELS.resolution,
    pattern: /从(?:今天|明天|现在|[这本下]?(?:周|星期)[一二三四五六日天]?|这个月|下个月|今年|明年)(?:开始|起)/u,
  },
  {
    weight: 0.3,
    label: ZH_SHAPE_LABELS.habit,
    pattern: /每(?:天|周|晚|个?月|周[一二三四五六日天]|星期[一二三四五六日天])|(?:定在|固定在)/u,
  },
];

const COMPARISON = /比|多了|得多|(?:好|强)了?(?:很多|一些|不少)|很多(?=[，,。！!]|$)|更|没(?:有)?那么|不如|少了/u;
const BETTER = new RegExp(
  "轻松|省事|省心|省力|省时间|管用|有用|有效|好办|顺利|顺手|容易|踏实|安心|放心|舒服|精神|清醒|专注|高效|效率(?:高|更高)|" +
    `(?:更|就|会|得|越|比(?:(?!比)${G})*?)好(?![吃喝看听玩用像几久些])|好了?(?:很多|多了|得多|不少)|比(?:(?!比)${G})*?强|强(?:多了|得多)`,
  "u",
);
const AVOIDED = /(?:就|便)(?:不会|不用|不再|没那么|没有那么|不至于|不怕)|都不(?:慌|乱|急|累|怕|会|用)/u;
const EMPHASIS = /雷打不动|说什么也|无论如何|一律|坚决|绝不|没有例外|不管怎样/u;
// A later clause that states a result: it starts with 就/反而/才/都会, or compares.
const RESULT = new RegExp(
  `^${G}{0,6}?(?:就|便|反而|才|都会|也会|都不)|比|多了|得多|没那么|(?:很多|不少)[。！!…]*$`,
  "u",
);

const QUESTION = /[？?]\s*$|[吗呢]\s*(?:[。！!]\s*)?$/u;
const PAST_TIME = /昨天|前天|那天|上周|上星期|上个月|去年|刚才|刚刚|当时|那次|今早|今天(?:早上|上午|下午)/u;
// A date ahead (not "明天的衣服": a habit about the next day).
const AHEAD = /(?:明天|后天|下周|下星期|下个月|明年|今晚|待会|等会)(?!的)/u;
const COMPLETED = /(?<![为除算罢多少好极死])了(?!解|不起)/u;
const NOW = /今天|今晚|现在|这会儿/u;
const PROGRESSIVE = /正在|正(?=[坐躺站走看写吃忙])|着呢/u;
const SINCE = /比(?:以前|之前|昨天|前天|去年|上周|上次|原来|过去)/u;
const REPORTED = new RegExp(`(?:${OTHER_PERSON.source})(?:说(?!话)|觉得|认为|告诉)`, "u");
const LEADING_OTHER = new RegExp(`^${TIME}*(?:${OTHER_PERSON.source})`, "u");
const THING_COMPARED = /^(?=([^，,]*?(?:的|[这那](?:家|个|种|里))))\1[^，,]*比/u;

/** The shape of a lesson in a Chinese sentence (see the header); `hits` saves reading them twice. */
export function zhLessonShape(sentence: Sentence, hits: readonly LexiconHit[] = lexiconHits(sentence)): LessonShape {
  const none: LessonShape = { score: 0, label: null, start: 0, end: 0 };
  const text = sentence.text.toLowerCase();
  if (QUESTION.test(text)) return none;
  const clauses = text.split(/[，,；;：:、—]/u);
  const frames: { weight: number; label: string; at: number; length: number }[] = [];
  for (const { weight, label, pattern } of FRAMES) {
    const found = pattern.exec(text);
    if (found) frames.push({ weight, label, at: found.index, length: found[0].length });
  }
  // Topic and comment: a clause, then a result clause ("午饭后散步二十分钟，下午就不会犯困").
  const later = clauses.findIndex((c, k) => k > 0 && c.length > 0 && RESULT.test(c));
  if (later > 0 && clauses[0]!.length > 1) {
    const at = clauses.slice(0, later).join("，").length + 1;
    frames.push({ weight: 0.35, label: ZH_SHAPE_LABELS.effect, at, length: clauses[later]!.length });
  }
  const compares = COMPARISON.test(text);
  if (frames.length === 0 && /比/u.test(text) && /我|自己/u.test(text))
    frames.push({ weight: 0.2, label: ZH_SHAPE_LABELS.comparison, at: text.indexOf("比"), length: 1 });
  if (frames.length === 0) return none;
  const frame = frames.reduce((best, f) => (f.weight > best.weight ? f : best));

  const avoided = AVOIDED.test(text);
  if (lexiconPoints(hits) <= -3 && !compares && !avoided) return none;
  // A better state: a word for one, a good feeling, or anything good said after the first clause.
  const firstClause = clauses[0]!.length;
  const better = BETTER.test(text) || hits.some((h) => h.score > 0 && (h.feeling || h.offset > firstClause));
  let effect = (compares ? 0.25 : 0) + (better ? 0.3 : 0) + (avoided ? 0.3 : 0);
  if (/反而/u.test(text)) effect += 0.2;
  if (EMPHASIS.test(text)) effect += 0.25;
  let score = Math.min(1, frame.weight + Math.min(0.5, effect));

  const resolution = frame.label === ZH_SHAPE_LABELS.resolution;
  if (PAST_TIME.test(text)) score *= 0.25;
  if (AHEAD.test(text) && !resolution) score *= 0.15;
  // 了 after the change a rule brings ("少了一半", "没那么疼了") is that change, not a completed event.
  if (COMPLETED.test(text) && !compares && !avoided) score *= 0.6;
  if (NOW.test(text) && !resolution) score *= 0.5;
  if (PROGRESSIVE.test(text)) score *= 0.5;
  if (SINCE.test(text)) score *= 0.4;
  // Someone else leads the first clause, or says or thinks it ("同事说…") without the writer before them.
  if (LEADING_OTHER.test(clauses[0]!) || (REPORTED.test(text) && !/^[^，,]*?(?:我|咱|自己)/u.test(text))) score *= 0.3;
  else if (THING_COMPARED.test(text)) score *= 0.4;

  const offsets = wordOffsets(sentence.text, sentence.words);
  const start = wordAt(offsets, frame.at);
  return {
    score,
    label: frame.label,
    start,
    end: Math.max(start + 1, wordAt(offsets, frame.at + frame.length - 1) + 1),
  };
}
