import { describe, expect, it } from "vitest";
import { ZH_CUES, ZH_LESSON_LABELS } from "@/lib/text/zh/cue-lists";
import { zhSentenceCues } from "@/lib/text/zh/cues";
import { zhSentencesOf } from "@/lib/text/zh/sentences";

function cuesOf(text: string) {
  const sentences = zhSentencesOf(text);
  expect(sentences).toHaveLength(1);
  return zhSentenceCues(sentences[0]!);
}
const labels = (text: string) => cuesOf(text).matches.map((m) => m.label);

describe("Chinese cue lists", () => {
  it("have unique labels, weights in (0, 1] and patterns that compile", () => {
    expect(new Set(ZH_CUES.map((c) => c.label)).size).toBe(ZH_CUES.length);
    for (const cue of ZH_CUES) {
      expect(cue.weight).toBeGreaterThan(0);
      expect(cue.weight).toBeLessThanOrEqual(1);
      for (const p of cue.patterns) expect(() => new RegExp(p, "gu")).not.toThrow();
    }
    expect(ZH_LESSON_LABELS.has("我意识到")).toBe(true);
    expect(ZH_LESSON_LABELS.has("早知道")).toBe(false);
  });
});

describe("Chinese rumination", () => {
  it("reads 早知道 as a counterfactual about oneself, even without 我", () => {
    const cues = cuesOf("早知道就不说那句话了。");
    expect(cues.matches.map((m) => m.label)).toEqual(["早知道"]);
    expect(cues.ruminationScore).toBe(1);
    expect(cues.selfFocus).toBe(true);
    expect(labels("早知就不去了。")).toEqual(["早知道"]);
  });

  it("does not read 早知道了 ('I knew it long ago') as a counterfactual", () => {
    expect(labels("这件事我早知道了。")).toEqual([]);
  });

  it("finds the other counterfactuals: 要是…就好了, 如果当时, 本来应该, 应该…的, 不该", () => {
    expect(labels("要是当时多问一句就好了。")).toContain("要是…就好了");
    expect(labels("如果当时我没有答应他，现在就不会这么累。")).toContain("如果当时");
    expect(labels("我本来应该早点走的。")).toEqual(expect.arrayContaining(["本来应该", "应该…的"]));
    expect(labels("应该早点睡的。")).toEqual(["应该…的"]);
    expect(cuesOf("我不应该对妈妈发火的。").ruminationScore).toBeGreaterThanOrEqual(0.7);
  });

  it("needs the writer (or no one) as the subject of 应该: a timetable is not regret", () => {
    const cues = cuesOf("车应该八点到的。");
    expect(cues.matches).toEqual([]);
    expect(cues.ruminationScore).toBe(0);
    expect(cues.selfFocus).toBe(false);
    expect(labels("我觉得他应该早点走的。")).toEqual([]);
  });

  it("finds self-blame, and not when it is negated", () => {
    expect(labels("都怪我太粗心。")).toContain("都怪我");
    expect(labels("是我不好，没有提前说。")).toEqual(["是我不好"]);
    expect(labels("这都是我的错。")).toEqual(["我的错"]);
    expect(labels("我真笨，又把钥匙忘在家里了。")).toEqual(["我真笨"]);
    expect(labels("很后悔那天说了那些话。")).toEqual(["后悔"]);
    const notMine = cuesOf("不是我的错。");
    expect(notMine.matches).toEqual([]);
    expect(notMine.ruminationScore).toBe(0);
    expect(labels("我一点都不后悔。")).toEqual([]);
    expect(labels("别怪我。")).toEqual([]);
  });

  it("finds replaying, and not when someone else does it", () => {
    expect(labels("我忍不住去想他说的话。")).toEqual(["忍不住想"]);
    expect(labels("这件事我一直放不下。")).toEqual(["放不下"]);
    expect(labels("晚上翻来覆去睡不着。")).toEqual(expect.arrayContaining(["翻来覆去", "睡不着"]));
    expect(labels("他一直放不下。")).toEqual([]);
  });

  it("counts weak cues only in a negative sentence", () => {
    expect(labels("我一直想去日本看看。")).toEqual([]);
    expect(labels("我一直在想那次演示失败的事，心里很难受。")).toContain("一直在想");
    expect(labels("要不是你帮我，我今天就完不成。")).toEqual([]);
    expect(labels("要不是我太粗心，也不会出错。")).toContain("要不是");
  });

  it("reports where each cue is, in words", () => {
    const [s] = zhSentencesOf("昨天开会，都怪我没准备好。");
    const [match] = zhSentenceCues(s!).matches;
    expect(s!.words.slice(match!.start, match!.end).join("")).toContain("怪我");
  });
});

describe("Chinese lessons", () => {
  it("reads 我意识到 and 下次…要 as lessons", () => {
    const realised = cuesOf("我意识到，先睡觉再回消息，第二天会好很多。");
    expect(realised.matches.map((m) => m.label)).toEqual(["我意识到"]);
    expect(realised.lessonScore).toBe(1);
    expect(realised.ruminationScore).toBe(0);
    const next = cuesOf("下次开会前我要先把数据核对一遍。");
    expect(next.matches.map((m) => m.label)).toEqual(["下次"]);
    expect(next.lessonScore).toBe(1);
  });

  it("finds the other lesson phrases", () => {
    expect(labels("我终于懂了为什么要提前准备。")).toContain("我终于懂了");
    expect(labels("这次学到了很多。")).toEqual(["学到"]);
    expect(labels("从现在开始，每天十一点前睡觉。")).toEqual(["从现在开始"]);
    expect(labels("以后再也不熬夜了。")).toEqual(["以后"]);
    expect(labels("这是一个教训。")).toEqual(["教训"]);
  });

  it("does not read a meeting, a condition or a negated realisation as a lesson", () => {
    expect(labels("下次会议在周五。")).toEqual([]);
    expect(labels("以后要是有机会再说。")).toEqual([]);
    expect(labels("我没意识到问题这么严重。")).toEqual([]);
  });
});

describe("Chinese self-focus and distress", () => {
  it("reads a subject-less feeling as the writer's, and someone else's as not", () => {
    expect(cuesOf("好累。").selfFocus).toBe(true);
    expect(cuesOf("他很累。").selfFocus).toBe(false);
    expect(cuesOf("今天我去了超市。").selfFocus).toBe(true);
  });

  it("finds the writer's distress, 心里很堵 included, and not when it is negated or someone else's", () => {
    const blocked = cuesOf("心里很堵。");
    expect(blocked.selfFocus).toBe(true);
    expect(blocked.distress).toBeGreaterThan(0.5);
    expect(cuesOf("我很焦虑，心慌得厉害。").distress).toBe(1);
    expect(cuesOf("我不难受。").distress).toBe(0);
    expect(cuesOf("妈妈很焦虑。").distress).toBe(0);
    expect(cuesOf("今天吃了火锅。").distress).toBe(0);
  });
});
