import { describe, expect, it } from "vitest";
import { shapeCounts } from "./shape-set";
import { sentenceCues } from "@/lib/text/cues";
import { SHAPE_WEIGHT } from "@/lib/text/lesson-shape";
import { ZH_SHAPE_LABELS, zhLessonShape } from "@/lib/text/zh/lesson-shape";
import { zhSentencesOf } from "@/lib/text/zh/sentences";

// Chinese lessons stated without a stock phrase (no 我意识到, 下次…要, 学到), and hard negatives (narration,
// plans, other people and the world, complaints, replay, questions, counterfactual regret), all written for
// these tests, none from the brief's examples or tests/fixtures. DEVELOPMENT was written first and the rules
// were tuned on it; BLIND_2 and BLIND_3 were written before the detector was run on them (first run: BLIND_2
// precision 1.00, recall 0.67; BLIND_3 1.00, 0.58), then a few general fixes came from them (从下周一起, 先…，,
// 都不…, 好了不少, …的日子, a trailing 很多, 了 after the change a rule brings, dates ahead anywhere).
//
// At zhLessonShape ≥ 0.5, over all 103 (45 lessons): precision 41/41 = 1.00, recall 41/45 = 0.91. At the
// integrated lessonScore ≥ 0.5 (max(cue, 0.8 × shape)): precision 1.00, recall 38/45 = 0.84 (three more sit in
// the 0.5–0.62 shape band). KNOWN_MISSES are counted in those figures and not asserted one by one.
const LESSON = true;
const NOT = false;
type Case = [lesson: boolean, text: string];

const DEVELOPMENT: Case[] = [
  [LESSON, "先把最难的那件事做完，再回消息，一整天都轻松多了。"],
  [LESSON, "只要晚上十点前放下手机，第二天就精神很多。"],
  [LESSON, "每次跑完步，心情都会好很多。"],
  [LESSON, "周六上午只用来陪孩子，雷打不动。"],
  [LESSON, "和老板提前说清楚，比事后解释省事多了。"],
  [LESSON, "午饭后散步二十分钟，下午就不会犯困。"],
  [LESSON, "睡前不看手机，睡得踏实多了。"],
  [LESSON, "把周计划写在纸上，比放在手机里管用。"],
  [LESSON, "以后每周五晚上给奶奶打视频电话。"],
  [LESSON, "从这周开始，工作日不喝奶茶。"],
  [LESSON, "越早开口求助，事情越好办。"],
  [LESSON, "一有情绪就先深呼吸三次，再开口说话，吵架少了一大半。"],
  [LESSON, "提前一天把衣服准备好，早上就不用手忙脚乱。"],
  [LESSON, "晚饭后不碰电脑，陪家人的时间反而多了。"],
  [LESSON, "周日晚上把一周的菜买好，平时做饭快得多。"],
  [LESSON, "每天写三行日记，心里就没那么乱。"],
  [LESSON, "早点说出来，总比憋在心里强。"],
  [LESSON, "跟孩子说话时蹲下来，他反而更愿意听。"],
  [NOT, "昨天和同事去吃了火锅，聊到很晚。"],
  [NOT, "明天早上要去医院复查。"],
  [NOT, "下周我们打算去杭州玩几天。"],
  [NOT, "火车比飞机便宜多了。"],
  [NOT, "北京的冬天比上海冷。"],
  [NOT, "公交车每次下雨都晚点。"],
  [NOT, "周一总是最难熬的。"],
  [NOT, "每次闭上眼睛，都会想起她哭的样子。"],
  [NOT, "为什么我每次都这样？"],
  [NOT, "他只要一喝酒就发脾气。"],
  [NOT, "妈妈比以前瘦了很多。"],
  [NOT, "今天的面包卖完了。"],
  [NOT, "那天要是早点出门就好了。"],
  [NOT, "下午开了三个会，累得不行。"],
  [NOT, "这家店的咖啡比楼下那家好喝。"],
  [NOT, "我现在正坐在地铁上写日记。"],
  [NOT, "同事说早上效率最高。"],
  [NOT, "每次想到那次面试，心里就很难受。"],
  [NOT, "下次会议改到周三了。"],
  [NOT, "今天比昨天暖和多了。"],
];

const BLIND_2: Case[] = [
  [LESSON, "周一早上先列好三件事，一周都不慌。"],
  [LESSON, "只要出门前把包收拾好，就不会丢三落四。"],
  [LESSON, "每次跟老公吵完架先各自冷静一小时，再谈就顺多了。"],
  [LESSON, "晚上九点以后不吃东西，第二天胃舒服很多。"],
  [LESSON, "遇到不会的题直接问老师，比自己硬磨效率高多了。"],
  [LESSON, "以后周末都留一天什么也不安排。"],
  [LESSON, "从下周一起，上班路上不刷短视频。"],
  [LESSON, "越是累的时候越要早点睡。"],
  [LESSON, "把手机放在客厅充电，睡眠好了不少。"],
  [LESSON, "周日下午专门用来备课，雷打不动。"],
  [LESSON, "和爸爸聊天少讲道理多听，他的话反而多了。"],
  [LESSON, "提前十分钟出门，路上就不用那么赶。"],
  [LESSON, "写下来的事情比记在脑子里靠谱得多。"],
  [LESSON, "每晚睡前拉伸十分钟，腰就没那么疼了。"],
  [LESSON, "一感到烦躁就出去走一圈，回来心情平静很多。"],
  [NOT, "上周去了三次健身房，腿酸得走不动。"],
  [NOT, "刚才在楼下碰到了邻居。"],
  [NOT, "后天要交报告，还没写完。"],
  [NOT, "明年打算换个城市生活。"],
  [NOT, "地铁比公交快多了。"],
  [NOT, "南方的夏天比北方潮湿。"],
  [NOT, "老板每次开会都拖堂。"],
  [NOT, "周末总是过得特别快。"],
  [NOT, "一想到明天的考试，就紧张得睡不着。"],
  [NOT, "他每次喝完酒都会给我打电话。"],
  [NOT, "姐姐比我会做饭多了。"],
  [NOT, "为什么每次都是我道歉？"],
  [NOT, "如果当时没有辞职就好了。"],
  [NOT, "这个牌子的洗发水比以前贵了。"],
  [NOT, "今天的会开得比平时顺利。"],
  [NOT, "我正在等快递。"],
  [NOT, "朋友说跑步比游泳更减肥。"],
  [NOT, "每次看到那条路，都会想起爷爷。"],
];

const BLIND_3: Case[] = [
  [NOT, "早上起来发现下雪了。"],
  [NOT, "孩子们今天特别乖。"],
  [NOT, "这个月工作比上个月忙多了。"],
  [NOT, "我觉得我需要休息一下。"],
  [NOT, "她做饭比我好吃多了。"],
  [NOT, "只要一下雨，小区门口就堵车。"],
  [NOT, "每次回老家，妈妈都做一桌子菜。"],
  [NOT, "如果明天天气好，我们就去爬山。"],
  [NOT, "我现在比上周好多了。"],
  [NOT, "每到周一，地铁就特别挤。"],
  [NOT, "楼上的邻居一到晚上就吵。"],
  [NOT, "新开的那家面馆比老店便宜。"],
  [NOT, "这份工作真让我心累。"],
  [NOT, "房租每年都涨。"],
  [NOT, "不知道她会不会回我消息。"],
  [NOT, "中午和小王一起吃了饭，聊得很开心。"],
  [NOT, "准备睡了。"],
  [NOT, "要是这周快点过去就好了。"],
  [NOT, "可能我真的老了吧。"],
  [NOT, "最近在考虑换个发型。"],
  [LESSON, "熬夜加早起，第二天整个人就废了。"],
  [LESSON, "晚上把明天的衣服搭好，早上出门快很多。"],
  [LESSON, "少喝一杯咖啡，下午反而没那么累。"],
  [LESSON, "睡前收拾十分钟，第二天心情好很多。"],
  [LESSON, "先给小林发个消息问清楚，比一整天瞎猜轻松得多。"],
  [LESSON, "周五晚上是留给朋友的，雷打不动。"],
  [LESSON, "从今天起，手机不带进卧室。"],
  [LESSON, "骑车上班的日子，晚上睡得特别香。"],
  [LESSON, "一吵架就先出去走走，回来再说，效果好很多。"],
  [LESSON, "说声对不起不费什么事，还能保住一整晚的好心情。"],
  [LESSON, "八点前出门，路上能省一半时间。"],
  [LESSON, "只要周日把菜谱定好，一周都不用发愁吃什么。"],
];

// Missed today: a comparison whose subject is a 的-phrase (read as a thing compared, like 这家店的咖啡比…), a
// negative outcome (…就废了), and results without a result marker (还能保住…, 能省一半时间).
const KNOWN_MISSES = new Set([
  "写下来的事情比记在脑子里靠谱得多。",
  "熬夜加早起，第二天整个人就废了。",
  "说声对不起不费什么事，还能保住一整晚的好心情。",
  "八点前出门，路上能省一半时间。",
]);

const ALL = [...DEVELOPMENT, ...BLIND_2, ...BLIND_3];

function only(text: string) {
  const sentences = zhSentencesOf(text);
  expect(sentences).toHaveLength(1);
  return sentences[0]!;
}
const shapeOf = (text: string) => zhLessonShape(only(text));

describe("zhLessonShape", () => {
  it.each(ALL.filter(([, text]) => !KNOWN_MISSES.has(text)))("lesson %s: %s", (lesson, text) => {
    expect(shapeOf(text).score >= 0.5).toBe(lesson);
  });

  it("keeps precision and recall on the whole set, known misses included", () => {
    expect(ALL).toHaveLength(103);
    expect(shapeCounts(ALL, (text) => shapeOf(text).score)).toEqual({ tp: 41, fp: 0, fn: 4 });
  });

  it("names the shape that matched and where it is, in words", () => {
    const sentence = only("只要晚上十点前放下手机，第二天就精神很多。");
    const shape = zhLessonShape(sentence);
    expect(shape.label).toBe(ZH_SHAPE_LABELS.rule);
    expect(sentence.words.slice(shape.start, shape.end).join("")).toMatch(/^只要.*就$/);
    expect(shapeOf("以后每周五晚上给奶奶打视频电话。").label).toBe(ZH_SHAPE_LABELS.resolution);
    expect(shapeOf("越早开口求助，事情越好办。").label).toBe(ZH_SHAPE_LABELS.theMore);
    expect(shapeOf("今天的面包卖完了。")).toEqual({ score: 0, label: null, start: 0, end: 0 });
  });

  it("scores the same rule lower as narration, a plan or someone else's", () => {
    expect(shapeOf("每次早点睡，第二天都精神很多。").score).toBeGreaterThanOrEqual(0.7);
    expect(shapeOf("昨天早点睡了，第二天精神很多。").score).toBeLessThan(0.3);
    expect(shapeOf("明天早点睡，后天就精神很多。").score).toBeLessThan(0.3);
    expect(shapeOf("他每次早点睡，第二天都精神很多。").score).toBeLessThan(0.5);
    expect(shapeOf("每次早点睡，第二天都会精神很多吗？").score).toBe(0);
  });
});

describe("Chinese lesson shape in sentenceCues", () => {
  it("counts a shape as SHAPE_WEIGHT of a lesson, with its label, where no cue says more", () => {
    const text = "睡前不看手机，睡得踏实多了。";
    const cues = sentenceCues(only(text));
    expect(cues.lessonScore).toBeCloseTo(SHAPE_WEIGHT * shapeOf(text).score, 10);
    expect(cues.matches).toEqual([expect.objectContaining({ kind: "lesson", label: ZH_SHAPE_LABELS.effect })]);
    expect(cues.selfFocus).toBe(true);
    // A stock phrase that says more keeps its score and stands alone.
    const realised = sentenceCues(only("我意识到，先睡觉再回消息，第二天会好很多。"));
    expect(realised.lessonScore).toBe(1);
    expect(realised.matches.map((m) => m.label)).toEqual(["我意识到"]);
  });

  it("gives no shape to a ruminative sentence", () => {
    const cues = sentenceCues(only("要是每次都早点出门就好了。"));
    expect(cues.ruminationScore).toBeGreaterThanOrEqual(0.5);
    expect(cues.lessonScore).toBe(0);
  });
});
