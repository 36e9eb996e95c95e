import { describe, expect, it } from "vitest";
import { lexiconHits } from "@/lib/text/zh/lexicon-hits";
import { ZH_DEGREE, ZH_LEXICON, ZH_LEXICON_LINES } from "@/lib/text/zh/lexicon";
import { zhSentencesOf } from "@/lib/text/zh/sentences";
import { zhSentenceValence } from "@/lib/text/zh/valence";

function valenceOf(text: string) {
  const sentences = zhSentencesOf(text);
  expect(sentences).toHaveLength(1);
  return zhSentenceValence(sentences[0]!);
}
const hitsOf = (text: string) => lexiconHits(zhSentencesOf(text)[0]!).map((h) => h.entry);

describe("the Chinese lexicon", () => {
  it("has several hundred entries, each once, scored -5..+5, in Han characters", () => {
    expect(ZH_LEXICON.size).toBeGreaterThan(500);
    const seen = new Set<string>();
    for (const line of ZH_LEXICON_LINES) {
      const [score, ...words] = line.trim().split(/\s+/);
      expect(score).toMatch(/^[+-][1-5]$/);
      for (const word of words) {
        expect(word).toMatch(/^\p{Script=Han}+$/u);
        expect(seen.has(word), word).toBe(false);
        seen.add(word);
      }
    }
    for (const word of ["开心", "高兴", "满足", "轻松", "感动", "温暖", "顺利", "好吃"])
      expect(ZH_LEXICON.get(word)).toBeGreaterThan(0);
    for (const word of ["累", "烦", "难过", "生气", "失望", "糟糕", "委屈", "焦虑", "后悔"])
      expect(ZH_LEXICON.get(word)).toBeLessThan(0);
    for (const adverb of ["很", "非常", "特别", "太", "有点", "稍微"]) expect(ZH_DEGREE.has(adverb)).toBe(true);
  });
});

describe("Chinese valence", () => {
  it("reads 今天很开心 as positive and 不开心 as negative", () => {
    const happy = valenceOf("今天很开心。");
    expect(happy.valence).toBeGreaterThan(0.6);
    expect(happy.scored).toBe(true);
    const unhappy = valenceOf("不开心。");
    expect(unhappy.valence).toBeLessThan(-0.3);
    expect(unhappy.scored).toBe(true);
  });

  it("reads 心里很堵 as negative", () => {
    expect(valenceOf("心里很堵。").valence).toBeLessThan(-0.4);
  });

  it("scales by degree adverbs and damps negation like VADER", () => {
    const plain = valenceOf("开心。").valence;
    expect(valenceOf("非常开心。").valence).toBeGreaterThan(plain);
    expect(valenceOf("有点开心。").valence).toBeLessThan(plain);
    expect(valenceOf("我没有很开心。").valence).toBeLessThan(0);
    // Negated, a strong word is only mildly the other way: "不糟糕" is not "great".
    expect(valenceOf("一点都不糟糕。").valence).toBeLessThan(valenceOf("很棒。").valence);
    expect(valenceOf("我很不开心。").valence).toBeLessThan(0);
  });

  it("finds feeling words however the segmenter cuts them, and not inside other words", () => {
    expect(hitsOf("累死了")).toEqual(["累死"]);
    expect(hitsOf("晚上睡不着，想哭")).toEqual(["睡不着", "想哭"]);
    expect(hitsOf("今天好累啊")).toEqual(["累"]);
    expect(hitsOf("积累了很多经验")).toEqual([]);
    expect(hitsOf("开心果")).toEqual([]);
  });

  it("reads a degree complement after 得 as strength, not as a word of its own", () => {
    expect(hitsOf("头疼得厉害。")).toEqual(["头疼"]);
    expect(valenceOf("头疼得厉害。").valence).toBeLessThan(valenceOf("头疼。").valence);
    expect(valenceOf("你好厉害！").valence).toBeGreaterThan(0.5);
  });

  it("leaves plain facts unscored", () => {
    const fact = valenceOf("下午三点去银行办事。");
    expect(fact.valence).toBe(0);
    expect(fact.scored).toBe(false);
  });

  it("reads rumination as negative even when its words look positive", () => {
    expect(valenceOf("要是当时多问一句就好了。").valence).toBeLessThan(-0.3);
    expect(valenceOf("早知道就不说那句话了。").valence).toBeLessThan(-0.3);
  });

  it("reads the Chinese part of a mixed sentence", () => {
    expect(valenceOf("今天的meeting很顺利，boss也很满意。").valence).toBeGreaterThan(0.6);
  });
});
