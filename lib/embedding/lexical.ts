// The lexical representation: what a sentence is about, as content words hashed into a fixed-length vector.
// It reads any script the word vectors do not (Chinese above all), and it is what groups sentences into the
// themes that come back (lib/memory/themes.ts). Fixed: no vocabulary, no per-user statistics, nothing learned,
// so a sentence's vector never changes as its writer writes more and is the same on every machine.
//
// Tokens (contentTokens):
// - English: lemmas of nouns, proper nouns, verbs and adjectives (wink's tags), minus a short stop list of
//   verbs and words every diary sentence has ("be", "get", "feel", "day").
// - Chinese: Intl.Segmenter's words minus a stop list, plus the character bigrams inside words of 3+
//   characters, so a long word or idiom still meets its parts written elsewhere (翻来覆去 and 覆去).
// - Other Latin-script languages (French…), which wink tags as if English: words of 3+ letters.
// - Any other script: its words as the ICU segmenter finds them.
//
// Vector (lexicalVector): signed feature hashing (Weinberger et al. 2009), 32-bit FNV-1a of the UTF-8 bytes
// through murmur3's finaliser; bucket = h mod dims, sign = the top bit. Each distinct token weighs
// 1 + ln(count) (sublinear: a word repeated five times is not five times the topic), and brings along smaller
// features so near forms meet: a Chinese token its characters (0.5 each: 加班 and 加班费, 焦虑 and 焦虑症), a
// Latin one its character 4-grams (0.5 in all: "worry" and "worried"). Unit length; no tokens → zeros.
import type { Sentence } from "../text/types";
import { unit } from "../vectors";

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;
const OTHER_LETTER = /[^\P{L}\p{Script=Latin}\p{Script=Han}]/u;
const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u;

const CONTENT_TAGS = new Set(["NOUN", "PROPN", "VERB", "ADJ"]);

// Verbs and nouns too common in diaries to say what a sentence is about (and what wink sometimes tags as
// content: "everything", "lot"). Inflections are listed because lemmas are optional in a Sentence.
const EN_STOP = new Set(
  (
    "be am is are was were been being have has had having do does did done doing get gets got gotten getting " +
    "go goes went gone going make makes made making say says said saying come comes came coming take takes " +
    "took taken taking see sees saw seen seeing know knows knew known knowing think thinks thought want wants " +
    "wanted let lets put puts seem seems seemed look looks looked use used give gave given tell told try tried " +
    "need needed feel feels felt keep kept will would can could should may might must shall " +
    "thing things something anything everything nothing someone anyone everyone lot lots bit way kind sort " +
    "day days today yesterday tomorrow tonight time times i me my we us our you he him his she her it its " +
    "they them their this that these those the an and or but not no yes ok okay just really also very"
  ).split(" "),
);

// Chinese words with no topic of their own. A word made only of these characters (我的, 就不, 一个, 去了) is
// one too: the segmenter glues them in many ways.
const ZH_STOP_WORDS = new Set(
  (
    "今天 昨天 明天 现在 时候 刚才 后来 然后 因为 所以 但是 可是 如果 已经 还是 就是 其实 可能 应该 觉得 " +
    "感觉 什么 怎么 为什么 怎么样 这样 那样 这么 那么 一直 总是 真的 比较 非常 特别 知道 东西 事情 样子 " +
    "时间 一样 这种 那种 一次 这次 那次 有些 很多 什么时候"
  ).split(" "),
);
const ZH_STOP_CHARS = new Set(
  "的了是我在和就都也还很这那你您他她它们个一些吗呢吧啊呀么着过得地把被给让对跟与及或又再才只已不没有要会能去来想做看太真最更挺多之其而但为于以啦嗯哦哈呃哎唉每各该从向往到里上下点儿次",
);
// What the segmenter glues onto a word's edges without changing its topic: 很好 is 好, 说错了 is 说错,
// 一直在 is 一直, 怪我 is 怪. Only these, not every stop character: 有趣 is not 趣.
const ZH_LEADING = new Set("我你他她它就都也还很太真最更挺又再才只");
const ZH_TRAILING = new Set("了的着过地得吗呢吧啊呀啦在我你他她它们");

type ContentTokenOptions = {
  /**
   * Whether a Latin-script word is English. With it, a sentence whose words are mostly not English (French
   * that wink has tagged as English) falls back to its words of 3+ letters. Without it, Latin-script
   * sentences are read as English.
   */
  isEnglish?: (word: string) => boolean;
};

const isNumberLike = (word: string) => !/\p{L}/u.test(word);

function chineseTokens(word: string): string[] {
  const chars = [...word];
  while (chars.length > 1 && ZH_LEADING.has(chars[0]!)) chars.shift();
  while (chars.length > 1 && ZH_TRAILING.has(chars[chars.length - 1]!)) chars.pop();
  const core = chars.join("");
  if (ZH_STOP_WORDS.has(core) || chars.every((c) => ZH_STOP_CHARS.has(c))) return [];
  const tokens = [core];
  if (chars.length < 3) return tokens;
  for (let i = 0; i + 1 < chars.length; i++) {
    const bigram = chars[i]! + chars[i + 1]!;
    if (!ZH_STOP_WORDS.has(bigram) && !(ZH_STOP_CHARS.has(chars[i]!) && ZH_STOP_CHARS.has(chars[i + 1]!)))
      tokens.push(bigram);
  }
  return tokens;
}

/** A word of a Chinese sentence or of a script with no spaces: by script. */
function wordTokens(word: string): string[] {
  if (HAN.test(word)) return chineseTokens(word);
  if (OTHER_LETTER.test(word)) return [word];
  if (isNumberLike(word) || word.length < 2 || EN_STOP.has(word)) return [];
  return [word];
}

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

/** Words in scripts other than Latin inside a Latin-script sentence (wink skips them). */
function foreignTokens(text: string): string[] {
  if (!NON_LATIN_LETTER.test(text)) return []; // the usual case, and segmenting costs more than the rest
  const tokens: string[] = [];
  for (const s of segmenter.segment(text)) {
    if (s.isWordLike && (HAN.test(s.segment) || OTHER_LETTER.test(s.segment)))
      tokens.push(...wordTokens(s.segment.toLowerCase()));
  }
  return tokens;
}

function latinTokens(sentence: Sentence, isEnglish?: (word: string) => boolean): string[] {
  const latin = sentence.words.filter((w) => LATIN.test(w) && !HAN.test(w) && !OTHER_LETTER.test(w));
  const english = !isEnglish || latin.filter(isEnglish).length >= latin.length / 2;
  if (!english) return latin.filter((w) => [...w].filter((c) => /\p{L}/u.test(c)).length >= 3);
  const tokens: string[] = [];
  sentence.words.forEach((word, k) => {
    if (!LATIN.test(word) || !CONTENT_TAGS.has(sentence.pos[k] ?? "")) return;
    // (?<!\.): only the first dot of a run starts a match, so a long run of dots is read once, not once per dot.
    const token = (sentence.lemmas?.[k] ?? word).toLowerCase().replace(/(?<!\.)\.+$/, "");
    if (token.length >= 2 && !EN_STOP.has(token) && !token.includes("'") && !isNumberLike(token)) tokens.push(token);
  });
  return tokens;
}

/** What a sentence is about, as tokens for lexicalVector and for naming themes (see the header). */
export function contentTokens(sentence: Sentence, options: ContentTokenOptions = {}): string[] {
  if (sentence.lang === "zh") return sentence.words.flatMap(wordTokens);
  return [...latinTokens(sentence, options.isEnglish), ...foreignTokens(sentence.text)];
}

/** Every word of the sentence, stop words included: for a sentence with no content token at all. */
export function allTokens(sentence: Sentence): string[] {
  if (sentence.lang === "zh") return sentence.words.filter((w) => !isNumberLike(w));
  return [...sentence.words.filter((w) => LATIN.test(w)), ...foreignTokens(sentence.text)];
}

const FNV_PRIME = 0x01000193;

/**
 * FNV-1a, 32-bit, of the UTF-8 bytes (as TextEncoder writes them: a lone surrogate as U+FFFD): the same number on
 * every platform. Encoded here, code point by code point: an encoder's array per call made hashing a long diary's
 * words a twentieth of its reading.
 */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else c = 0xfffd;
    }
    if (c < 0x80) h = Math.imul(h ^ c, FNV_PRIME);
    else if (c < 0x800) {
      h = Math.imul(h ^ (0xc0 | (c >> 6)), FNV_PRIME);
      h = Math.imul(h ^ (0x80 | (c & 0x3f)), FNV_PRIME);
    } else if (c < 0x10000) {
      h = Math.imul(h ^ (0xe0 | (c >> 12)), FNV_PRIME);
      h = Math.imul(h ^ (0x80 | ((c >> 6) & 0x3f)), FNV_PRIME);
      h = Math.imul(h ^ (0x80 | (c & 0x3f)), FNV_PRIME);
    } else {
      h = Math.imul(h ^ (0xf0 | (c >> 18)), FNV_PRIME);
      h = Math.imul(h ^ (0x80 | ((c >> 12) & 0x3f)), FNV_PRIME);
      h = Math.imul(h ^ (0x80 | ((c >> 6) & 0x3f)), FNV_PRIME);
      h = Math.imul(h ^ (0x80 | (c & 0x3f)), FNV_PRIME);
    }
  }
  return h >>> 0;
}

/** fnv1a through murmur3's fmix32, so the bucket (low bits) and the sign (top bit) depend on every byte. */
export function featureHash(feature: string): number {
  let h = fnv1a(feature);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Per Chinese token, each character's weight; per Latin token, the 4-grams' weight in all (spread evenly). */
const CHARACTER_WEIGHT = 0.5;
const FOUR_GRAMS_WEIGHT = 0.5;

function add(sum: Float64Array, feature: string, weight: number) {
  const h = featureHash(feature);
  sum[h % sum.length]! += h >>> 31 ? -weight : weight;
}

/** The tokens' hashed vector, unit length (all zeros for no tokens). */
export function lexicalVector(tokens: readonly string[], dims: number): Float32Array {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  const sum = new Float64Array(dims);
  for (const [token, count] of counts) {
    const weight = 1 + Math.log(count);
    add(sum, `t:${token}`, weight);
    if (HAN.test(token)) {
      for (const c of token) if (HAN.test(c)) add(sum, `c:${c}`, CHARACTER_WEIGHT * weight);
      continue;
    }
    const chars = [...("<" + token + ">")];
    const grams = Math.max(1, chars.length - 3);
    for (let i = 0; i < grams; i++)
      add(sum, `g:${chars.slice(i, i + 4).join("")}`, (FOUR_GRAMS_WEIGHT / Math.sqrt(grams)) * weight);
  }
  return unit(sum);
}
