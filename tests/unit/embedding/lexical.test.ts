import { beforeAll, describe, expect, it } from "vitest";
import { LocalEmbedder } from "@/lib/embedding";
import { contentTokens, featureHash, fnv1a, lexicalVector } from "@/lib/embedding/lexical";
import { sifEmbedding } from "@/lib/embedding/sif";
import { cosine, norm } from "@/lib/vectors";
import { sentencesOf } from "@/lib/text/sentences";
import { CONVERSION_TIMEOUT_MS, ensureVectors } from "./vectors";

let embedder: LocalEmbedder;
beforeAll(() => {
  ensureVectors();
  embedder = new LocalEmbedder();
}, CONVERSION_TIMEOUT_MS);

const one = (text: string) => {
  const sentences = sentencesOf(text);
  expect(sentences).toHaveLength(1);
  return sentences[0]!;
};
const tokens = (text: string) => contentTokens(one(text));

// Written for this test: four Chinese and three English topics, five sentences each.
const CHINESE_TOPICS: Record<string, string[]> = {
  presentation: [
    "我一直在想那次演示失败的事，心里很难受。",
    "演示失败以后，我反复回想自己哪里说错了。",
    "老板在会上说我的演示准备得不够，我很丢人。",
    "下周还要重新做一次演示，我担心又会失败。",
    "那次演示的幻灯片做得太乱了，客户都看不懂。",
  ],
  sleep: [
    "昨晚又失眠了，凌晨三点还睡不着。",
    "最近睡眠很差，每天半夜醒来好几次。",
    "睡前刷手机刷到一点，早上起不来。",
    "医生建议我睡前不要喝咖啡，早点上床睡觉。",
    "失眠让我白天头昏脑涨，上班一直打哈欠。",
  ],
  food: [
    "中午和同事去吃了牛肉面，很好吃。",
    "晚饭自己做了番茄炒蛋，配了一碗米饭。",
    "楼下新开了一家面馆，牛肉面特别香。",
    "周末在家包饺子，一口气吃了三十个。",
    "午饭吃得太饱了，下午什么都不想吃。",
  ],
  mother: [
    "和妈妈又为结婚的事吵架了。",
    "妈妈打电话催我回家，说我不孝顺。",
    "我不想再跟妈妈吵架，可是她总是不听我说。",
    "过年回家，妈妈又问我什么时候结婚。",
    "跟妈妈吵完架，我一个人在房间里哭了。",
  ],
};
const ENGLISH_TOPICS: Record<string, string[]> = {
  work: [
    "The quarterly report is due Friday and my manager wants the numbers by Thursday.",
    "I stayed late at the office to finish the budget spreadsheet for my boss.",
    "My manager moved the project deadline up again and the whole team is stressed.",
    "Spent the afternoon fixing errors in the sales report before the meeting.",
    "I am worried I will miss the deadline for the client presentation.",
  ],
  running: [
    "Went for a five mile run along the river before breakfast.",
    "My knees hurt after the long run, so I stretched for twenty minutes.",
    "Signed up for a half marathon in the spring and started training.",
    "The gym was crowded, but I finished my workout and felt strong.",
    "Ran my fastest mile this year and my legs were shaking afterwards.",
  ],
  sister: [
    "I can't stop thinking about the argument with my sister last night.",
    "My sister called and we fought again about money.",
    "I keep replaying our fight and wondering why I yelled at her.",
    "My sister still hasn't answered my message after our argument.",
    "We argued about mom's birthday and my sister hung up on me.",
  ],
};

/** Mean cosine over pairs in the same topic and over pairs in different topics. */
function withinAcross(topics: Record<string, string[]>, vectorOf: (text: string) => Float32Array) {
  const items = Object.entries(topics).flatMap(([topic, texts]) => texts.map((t) => ({ topic, v: vectorOf(t) })));
  const within: number[] = [];
  const across: number[] = [];
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++)
      (items[i]!.topic === items[j]!.topic ? within : across).push(cosine(items[i]!.v, items[j]!.v));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return { within: mean(within), across: mean(across) };
}

describe("contentTokens", () => {
  it("keeps the lemmas of English nouns, verbs and adjectives, without stop verbs or function words", () => {
    const t = tokens("I kept replaying the meetings and worrying about my deadlines.");
    expect(t).toEqual(expect.arrayContaining(["replay", "meeting", "worry", "deadline"]));
    for (const stop of ["i", "keep", "kept", "the", "and", "about", "my"]) expect(t).not.toContain(stop);
    expect(tokens("I was going to make dinner.")).toEqual(["dinner"]);
  });

  it("reads French as words of 3+ letters when told which words are English", () => {
    const french = one("Nous nous sommes disputés à propos de l'argent hier soir.");
    const t = embedder.tokensOf(french);
    expect(t).toEqual(expect.arrayContaining(["nous", "sommes", "disputés", "propos", "hier", "soir"]));
    expect(t).not.toContain("de");
    expect(embedder.tokensOf(one("I kept replaying the meetings."))).toEqual(["replay", "meeting"]);
  });

  it("keeps Chinese content words without the stop list, and the bigrams inside long words", () => {
    const t = tokens("我一直在想那次演示失败的事，心里很难受。");
    expect(t).toEqual(expect.arrayContaining(["演示", "失败", "难受"]));
    for (const stop of ["我", "的", "一直", "一直在", "很", "那次"]) expect(t).not.toContain(stop);
    expect(tokens("晚上翻来覆去。")).toEqual(expect.arrayContaining(["翻来覆去", "翻来", "来覆", "覆去"]));
  });

  it("keeps the English words of a Chinese sentence and the Chinese words of an English one", () => {
    expect(tokens("今天的meeting很顺利，PPT做了3遍。")).toEqual(expect.arrayContaining(["meeting", "ppt", "顺利"]));
    expect(tokens("Had lunch with Wei at the 火锅 place.")).toEqual(expect.arrayContaining(["lunch", "火锅"]));
  });

  it("gives no tokens for digits alone", () => {
    expect(tokens("今天跑了5公里。")).not.toContain("5");
  });
});

describe("lexicalVector", () => {
  it("hashes with standard FNV-1a, so vectors are the same on every platform and in every version", () => {
    expect(fnv1a("a")).toBe(0xe40c292c);
    expect(fnv1a("foobar")).toBe(0xbf9cf968);
    // Over the UTF-8 bytes TextEncoder writes: every width, a surrogate pair, lone surrogates (as U+FFFD).
    const encoder = new TextEncoder();
    const byBytes = (text: string) =>
      encoder.encode(text).reduce((h, b) => Math.imul(h ^ b, 0x01000193), 0x811c9dc5) >>> 0;
    for (const text of ["é", "演示", "g:<caf", "😀x", "a\ud800b", "\udc00", "x\ud83d", "Ωmega€"]) {
      expect(fnv1a(text)).toBe(byBytes(text));
    }
    expect(featureHash("t:演示")).toBe(1007018346);
    // If this changes, embeddings stored by the local embedder change: bump LOCAL_ALGORITHM_VERSION.
    const v = lexicalVector(["演示", "失败", "worry"], 100);
    const nonZero = [...v].flatMap((x, i) => (x === 0 ? [] : [[i, Math.round(x * 1e4) / 1e4]]));
    expect(nonZero).toEqual([
      [0, -0.2425],
      [4, -0.1213],
      [6, 0.2425],
      [17, 0.2425],
      [36, -0.2425],
      [39, 0.1213],
      [46, 0.4851],
      [50, 0.4851],
      [63, -0.1213],
      [74, -0.4851],
      [87, -0.1213],
    ]);
  });

  it("has unit length, and is all zeros without tokens", () => {
    expect(norm(lexicalVector(["演示", "失败"], 100))).toBeCloseTo(1, 6);
    expect(norm(lexicalVector([], 100))).toBe(0);
  });

  it("weighs a repeated token sublinearly, 1 + ln(count)", () => {
    const dims = 1 << 16; // wide enough that these few features never share a bucket
    const repeated = lexicalVector(["qz", "qz", "qz", "vx"], dims);
    const w = 1 + Math.log(3);
    expect(cosine(repeated, lexicalVector(["qz"], dims))).toBeCloseTo(w / Math.sqrt(w * w + 1), 4);
  });

  it("lets near forms meet through characters and 4-grams", () => {
    expect(cosine(lexicalVector(["焦虑"], 100), lexicalVector(["焦虑症"], 100))).toBeGreaterThan(0.2);
    // 4-grams weigh little next to the token itself (0.5 in all against 1): a hint, not a match.
    expect(cosine(lexicalVector(["worried"], 100), lexicalVector(["worry"], 100))).toBeGreaterThan(0.05);
    expect(cosine(lexicalVector(["worried"], 100), lexicalVector(["lunch"], 100))).toBe(0);
    expect(cosine(lexicalVector(["焦虑"], 100), lexicalVector(["午饭"], 100))).toBeLessThan(0.1);
  });
});

describe("topics (see lib/embedding/README.md for the numbers)", () => {
  const tokensOf = (text: string) => sentencesOf(text).flatMap((s) => embedder.tokensOf(s));

  it("Chinese sentences on one topic are closer in lexical vectors than sentences on different topics", () => {
    const { within, across } = withinAcross(CHINESE_TOPICS, (t) => lexicalVector(tokensOf(t), embedder.dims));
    expect(within - across).toBeGreaterThan(0.1);
    // The local embedder reads Chinese through the lexical vector alone.
    const blended = withinAcross(CHINESE_TOPICS, (t) => embedder.embedText(t).vector);
    expect(blended.within).toBeCloseTo(within, 6);
  });

  it("English reads as SIF: the blend keeps SIF's separation of topics", () => {
    const sif = withinAcross(ENGLISH_TOPICS, (t) => sifEmbedding(embedder.vectors(), one(t).words).vector);
    const blended = withinAcross(ENGLISH_TOPICS, (t) => embedder.embedText(t).vector);
    expect(sif.within - sif.across).toBeGreaterThan(0.3);
    expect(blended.within - blended.across).toBeGreaterThan(sif.within - sif.across - 0.02);
  });
});
