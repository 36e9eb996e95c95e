// Small closed word classes of Chinese that the reader, the cues and the valence all need, and the one
// helper that maps a sentence's words back onto its characters. Cue phrases and feeling words are matched on
// the characters, not on Intl.Segmenter's words: the segmenter joins and splits them unpredictably
// ("怪我" for 都怪我, "我的|错" for 我的错, "就不" in 早知道就不说), so the words only carry negation and the
// positions the panel reports.

/** Words that negate what follows within their clause (VADER-style, up to NEGATION_WINDOW words). */
const NEGATORS: ReadonlySet<string> = new Set([
  "不",
  "没",
  "没有",
  "别",
  "未",
  "无",
  "非",
  "不是",
  "从不",
  "并不",
  "不要",
  "不再",
  "不太",
  "不怎么",
  "不会",
  "从没",
  "从来不",
  "从来没",
  "从来没有",
  "并没有",
  "并非",
  "毫不",
  "一点也不",
  "一点都不",
]);

// The segmenter glues an adverb onto a negator ("就不", "也没", "很不"): those words negate too.
const GLUED_NEGATOR =
  /^(?:就|也|都|还|又|可|再|再也|并|根本|完全|一直|已经|很|太|真|挺|特别|非常|有点|最|比较|越来越)(?:不|没|没有|别|不是|不会|不能|不要)$/;

export function isNegator(word: string): boolean {
  return NEGATORS.has(word) || GLUED_NEGATOR.test(word);
}

/**
 * Text just before a cue or feeling word that negates it, however the segmenter cut it ("别怪|我" hides 别
 * inside a word): a negator, then at most two adverbs or a copula.
 */
export const NEGATED_BEFORE =
  /(?:不|没|没有|别|未|无|非|不是|从不|并不|不要|不再|不会|不太|毫不)[是再太会要都也就还可]{0,2}$/;

/** The counterfactual conjunctions 要不是, 若不是: the segmenter cuts them 要|不是, and they negate nothing. */
export function isConjunctionPart(previous: string | undefined, word: string): boolean {
  return word === "不是" && (previous === "要" || previous === "若");
}

/** Like the English reader: a negation reaches at most this many words after it. */
export const NEGATION_WINDOW = 3;

/** Marks that end a clause: a negation, a degree adverb or a cue's gap never reaches across them. */
export const CLAUSE_MARK = /[，,、；;：:。！？!?…—\n]/;

export const PRONOUNS: ReadonlySet<string> = new Set([
  "我",
  "我们",
  "咱",
  "咱们",
  "你",
  "你们",
  "您",
  "他",
  "她",
  "它",
  "他们",
  "她们",
  "它们",
  "自己",
  "大家",
  "人家",
  "别人",
]);

/** The writer: 我, 我们, 咱(们), 自己 anywhere in the text. */
export const FIRST_PERSON = /我|咱|自己/;

/**
 * Someone other than the writer who can be a sentence's subject: pronouns, and the people diaries talk
 * about most. Used to tell "他很累" (about him) from the subject-less "好累" (about the writer).
 */
export const OTHER_PERSON =
  /你|您|他|她|它|大家|别人|人家|妈妈|爸爸|老妈|老爸|妈|爸|老婆|老公|孩子|女儿|儿子|朋友|同事|老板|领导|老师|男朋友|女朋友|对象|哥哥|姐姐|弟弟|妹妹|哥|姐|奶奶|爷爷|外婆|外公|室友|同学|客户|医生|邻居/;

/** Start offset of each word in the lower-cased text (-1 if it cannot be found, which the reader never does). */
export function wordOffsets(text: string, words: readonly string[]): number[] {
  const lower = text.toLowerCase();
  const offsets: number[] = [];
  let at = 0;
  for (const word of words) {
    const found = lower.indexOf(word, at);
    offsets.push(found);
    if (found >= 0) at = found + word.length;
  }
  return offsets;
}

/** The index of the word that contains character `offset` (the last word starting at or before it). */
export function wordAt(offsets: readonly number[], offset: number): number {
  let k = 0;
  for (let i = 0; i < offsets.length; i++) if (offsets[i]! >= 0 && offsets[i]! <= offset) k = i;
  return k;
}

/** Where the clause holding character `offset` begins (just after the last clause mark before it). */
export function clauseStart(text: string, offset: number): number {
  for (let i = offset - 1; i >= 0; i--) if (CLAUSE_MARK.test(text[i]!)) return i + 1;
  return 0;
}
