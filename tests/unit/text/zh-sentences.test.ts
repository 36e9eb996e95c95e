import { describe, expect, it } from "vitest";
import { zhSentencesOf } from "@/lib/text/zh/sentences";

const texts = (block: string) => zhSentencesOf(block).map((s) => s.text);

describe("zhSentencesOf: sentences", () => {
  it("splits on Chinese and Western end marks, runs of them included", () => {
    expect(texts("今天下雨了。我没出门！你呢？？好吧……明天再说；先睡了!")).toEqual([
      "今天下雨了。",
      "我没出门！",
      "你呢？？",
      "好吧……",
      "明天再说；",
      "先睡了!",
    ]);
  });

  it("keeps closing quotes with the sentence they close", () => {
    expect(texts("他说：“我不去了。”然后走了。")).toEqual(["他说：“我不去了。”", "然后走了。"]);
  });

  it("splits at line breaks, and at a space between Chinese characters (a break plainBlocks flattened)", () => {
    expect(texts("早上跑步\n下午开会")).toEqual(["早上跑步", "下午开会"]);
    expect(texts("好累 想睡觉")).toEqual(["好累", "想睡觉"]);
  });

  it("splits an English sentence off at its period, but not a decimal point", () => {
    expect(texts("体重是62.5公斤。I felt fine. 然后回家了。")).toEqual([
      "体重是62.5公斤。",
      "I felt fine.",
      "然后回家了。",
    ]);
  });

  it("leaves out pieces without words", () => {
    expect(texts("……。！")).toEqual([]);
  });
});

describe("zhSentencesOf: words", () => {
  it("takes the segmenter's words, Latin words and numbers lower-cased, and marks the language", () => {
    const [s] = zhSentencesOf("今天的Meeting很顺利，PPT做了3遍。");
    expect(s!.lang).toBe("zh");
    expect(s!.words).toContain("meeting");
    expect(s!.words).toContain("ppt");
    expect(s!.words).toContain("3");
    expect(s!.words.join("")).toBe("今天的meeting很顺利ppt做了3遍");
    expect(s!.negated).toHaveLength(s!.words.length);
    expect(s!.pos).toHaveLength(s!.words.length);
  });

  it("tags pronouns (and a pronoun with 的) PRON, everything else X", () => {
    const [s] = zhSentencesOf("我和他们说了我的想法。");
    const tagged = s!.words.map((w, k) => `${w}/${s!.pos[k]}`);
    expect(tagged).toContain("我/PRON");
    expect(tagged).toContain("他们/PRON");
    expect(tagged).toContain("我的/PRON");
    expect(s!.pos.filter((p) => p !== "PRON" && p !== "X")).toEqual([]);
  });

  it("negates up to three words after a negator, within its clause", () => {
    const [s] = zhSentencesOf("我不开心，但是还好。");
    const negated = s!.words.filter((_, k) => s!.negated[k]);
    expect(negated).toEqual(["开心"]);
    const [long] = zhSentencesOf("我没有想到他会来这里");
    expect(long!.words.filter((_, k) => long!.negated[k])).toEqual(["想到", "他", "会"]);
  });

  it("splits a pronoun the segmenter glued onto a negator, so both are seen", () => {
    const [s] = zhSentencesOf("我不去了。");
    expect(s!.words.slice(0, 2)).toEqual(["我", "不"]);
    expect(s!.pos[0]).toBe("PRON");
    expect(s!.negated[2]).toBe(true);
  });

  it("treats an adverb glued onto a negator as a negator (就不, 很不)", () => {
    const [s] = zhSentencesOf("早知道就不说那句话了。");
    expect(s!.negated[s!.words.indexOf("说")]).toBe(true);
    const [t] = zhSentencesOf("我很不开心");
    expect(t!.negated[t!.words.indexOf("开心")]).toBe(true);
  });
});
