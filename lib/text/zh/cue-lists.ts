// Chinese lesson and rumination cues, and the writer's distress words: pure data, matched on a sentence's
// lower-cased characters by cues.ts. Sources for the counterfactual markers: 早知(道) is always
// counterfactual and 要不是/若不是/若非 are true counterfactual markers (陈国华, as summarised by 张雪平);
// Chinese counterfactuals carry regret (袁毓林 2015). The self-blame phrases (都怪我, 是我不好, 我的错) have no
// validated lexicon; they are the everyday forms of CBT's "personalisation".
import type { CueKind } from "../types";

export type ZhCueDefinition = {
  kind: CueKind;
  /** Shown in the panel's "why", in Chinese. */
  label: string;
  weight: number;
  /** Regular expressions (source text) over the lower-cased sentence; the match is the cue's span. */
  patterns: string[];
  /**
   * Whose cue it is. By default it counts unless someone else is the subject before it in its clause
   * ("他一直放不下"). "strict": the clause before it must name the writer or hold only adverbs and time words,
   * so "车应该八点到的" is not regret while "我本来应该早点走的" and "当时应该多问一句的" are.
   */
  subject?: "strict";
  /** A cue that is also everyday planning language ("我一直想去日本"): counts only in a negative sentence. */
  needsNegativeContext?: boolean;
};

// Gaps inside a cue stay within the clause; NG also refuses negators, so "我没意识到" is not "我…意识到".
const G = String.raw`[^，,。！？!?；;：:、]`;
const NG = String.raw`[^，,。！？!?；;：:、不没别未]`;
// The modal that turns 下次/以后 into a resolution. Only unambiguous forms: 会 and 得 alone are too often
// parts of other words (开会, 机会, 觉得, 过得), 要 of 要是 (a condition), 重要 or 需要, 别 of 别人.
const MODAL =
  String.raw`(?:一定|必须|记得|再也不|不再|不要|不能|别(?!人)|(?<![重需主只想不])要(?!是|求)|[我咱](?:会|得)|` +
  String.raw`会(?=更|注意|小心|提前|先|早)|得(?=先|提前|早|注意|小心|多|少))`;

const ZH_LESSON_CUES: ZhCueDefinition[] = [
  { kind: "lesson", label: "我意识到", weight: 1, patterns: [`(?:我|自己)${NG}{0,3}?意识到`] },
  { kind: "lesson", label: "意识到", weight: 0.7, patterns: ["意识到"] },
  { kind: "lesson", label: "我终于懂了", weight: 1, patterns: [`我${NG}{0,2}?终于${NG}{0,2}?(?:懂|明白|想通|知道)`] },
  {
    kind: "lesson",
    label: "我明白了",
    weight: 1,
    patterns: [`我${NG}{0,3}?(?:明白|懂|想通|想明白|弄明白|搞明白|看清)了`],
  },
  { kind: "lesson", label: "明白了", weight: 0.7, patterns: ["(?:明白|想通|想明白|懂|看清)了"] },
  { kind: "lesson", label: "我发现", weight: 0.5, patterns: [`我${NG}{0,2}?发现`] },
  { kind: "lesson", label: "学到", weight: 1, patterns: ["学到"] },
  { kind: "lesson", label: "学会了", weight: 1, patterns: ["学会了"] },
  { kind: "lesson", label: "教训", weight: 1, patterns: ["教训"] },
  { kind: "lesson", label: "下次", weight: 1, patterns: [`下次${G}{0,10}?${MODAL}`, "下次注意"] },
  { kind: "lesson", label: "以后", weight: 1, patterns: [`(?:以后|今后|往后)${G}{0,6}?${MODAL}`] },
  {
    kind: "lesson",
    label: "从现在开始",
    weight: 1,
    patterns: ["从(?:现在|今天|此)(?:开始|起)", "从今(?:往后|以后|天起)"],
  },
  { kind: "lesson", label: "记住", weight: 0.6, patterns: ["记住", "要记得", "牢记"] },
  { kind: "lesson", label: "原来", weight: 0.4, patterns: ["原来"] },
  { kind: "lesson", label: "我决定", weight: 0.7, patterns: [`我${NG}{0,2}?决定`] },
  { kind: "lesson", label: "长记性", weight: 1, patterns: ["长(?:了)?记性", "吃一堑长一智"] },
  { kind: "lesson", label: "道理", weight: 0.5, patterns: ["道理"] },
];

const ZH_RUMINATION_CUES: ZhCueDefinition[] = [
  // Replaying.
  {
    kind: "rumination",
    label: "一直在想",
    weight: 0.8,
    patterns: ["(?:一直|总是|老是|总|老)在?(?:想|回想|琢磨|纠结)"],
    needsNegativeContext: true,
  },
  { kind: "rumination", label: "忍不住想", weight: 1, patterns: ["忍不住(?:去|又|地)?(?:想|回想|琢磨)"] },
  {
    kind: "rumination",
    label: "反复想",
    weight: 1,
    patterns: ["反复地?(?:想|回想|琢磨|思考|纠结)", "想了又想", "想来想去", "一遍(?:又一|一)遍地?(?:想|回想)"],
  },
  { kind: "rumination", label: "脑子里一直", weight: 1, patterns: ["(?:脑子|脑海|心)里(?:一直|总是|老是|全是|反复)"] },
  // Replaying in everyday words (added after the tuning journals showed them missed): a scene or a sentence
  // that turns, plays or comes back in one's head, or fills it.
  {
    kind: "rumination",
    label: "在脑子里转",
    weight: 0.6,
    patterns: [
      `(?:脑子|脑海|心)里${G}{0,4}?(?:转|过|放|绕|回放|打转|冒出来|浮现)`,
      "满脑子",
      `(?:又|总|老|一再)(?:想起|想到|梦到)${G}{0,10}?(?:那次|那天|上次|那句|那个)`,
    ],
  },
  { kind: "rumination", label: "放不下", weight: 1, patterns: ["放不下", "放不开"] },
  { kind: "rumination", label: "走不出来", weight: 1, patterns: ["走不出来"] },
  { kind: "rumination", label: "想不开", weight: 0.8, patterns: ["想不开"] },
  { kind: "rumination", label: "过不去", weight: 0.7, patterns: ["过不去"] },
  { kind: "rumination", label: "翻来覆去", weight: 1, patterns: ["翻来覆去", "辗转反侧"] },
  { kind: "rumination", label: "睡不着", weight: 0.5, patterns: ["睡不着"] },
  { kind: "rumination", label: "睡不着…想", weight: 1, patterns: [`睡不着${G}{0,8}?想`, "想得睡不着", "想到睡不着"] },
  { kind: "rumination", label: "耿耿于怀", weight: 1, patterns: ["耿耿于怀", "挥之不去"] },
  { kind: "rumination", label: "越想越", weight: 0.8, patterns: ["越想越"] },
  // Counterfactuals. Not "早知道了" at a clause's end: that is "I knew it long ago".
  { kind: "rumination", label: "早知道", weight: 1, patterns: ["早知(?!道了(?:[，,。！？!?…]|$))道?"] },
  {
    kind: "rumination",
    label: "要不是",
    weight: 0.6,
    patterns: ["要不是", "若不是", "若非"],
    needsNegativeContext: true,
  },
  {
    kind: "rumination",
    label: "要是…就好了",
    weight: 1,
    patterns: ["(?:要是|如果|假如|若是)[^。！？!?；;]{0,20}?(?:就好了|该多好|多好)"],
  },
  {
    kind: "rumination",
    label: "如果当时",
    weight: 0.8,
    patterns: ["(?:如果|要是|假如|若是)(?:当时|当初|那时|那天|那会儿)", "(?:当时|当初|那时)(?:如果|要是|假如)"],
  },
  {
    kind: "rumination",
    label: "本来应该",
    weight: 0.7,
    patterns: ["本来(?:应该|应当|该)", "本该", "本应", "早该", "(?:当初|当时)(?:应该|该)"],
    subject: "strict",
  },
  { kind: "rumination", label: "不该", weight: 0.7, patterns: ["不(?:应该|该)"], subject: "strict" },
  {
    kind: "rumination",
    label: "应该…的",
    weight: 0.6,
    patterns: [`应该(?!是)${G}{1,12}?的(?=[。！？!?…]|$)`],
    subject: "strict",
  },
  // Self-blame.
  { kind: "rumination", label: "后悔", weight: 1, patterns: ["后悔", "懊悔"] },
  { kind: "rumination", label: "都怪我", weight: 1, patterns: ["(?:都|全|只|就)?(?:怪|赖)我", "怪我自己"] },
  { kind: "rumination", label: "是我不好", weight: 1, patterns: ["(?:都|全)?是我(?:不好|不对)"] },
  { kind: "rumination", label: "我的错", weight: 1, patterns: ["我的错"] },
  { kind: "rumination", label: "怪自己", weight: 1, patterns: ["(?:怪|恨|责怪|骂|讨厌)自己"] },
  { kind: "rumination", label: "自责", weight: 1, patterns: ["自责"] },
  {
    kind: "rumination",
    label: "我真笨",
    weight: 1,
    patterns: [
      "我(?:真|太|好|很|也太|真是|实在|怎么这么|怎么那么|就是个?|简直)?(?:笨|蠢|傻|没用|差劲|废物|窝囊|没出息|无能|粗心)",
    ],
  },
];

export const ZH_CUES: readonly ZhCueDefinition[] = [...ZH_LESSON_CUES, ...ZH_RUMINATION_CUES];

/** Labels of the Chinese lesson cues, like LESSON_LABELS for English (for data stored without cue kinds). */
export const ZH_LESSON_LABELS: ReadonlySet<string> = new Set(ZH_LESSON_CUES.map((cue) => cue.label));

/**
 * The writer's distress in words, and how much each says (summed, capped at 1). 心里堵 and its kin are a
 * pattern: the segmenter splits them (心里|很|堵) and a degree adverb often sits inside.
 */
export const ZH_DISTRESS: readonly { pattern: string; weight: number }[] = [
  {
    pattern: "(?:心里|心口|心头|胸口)(?:很|好|有点|特别|真|太|挺|一直)?(?:堵|闷|发慌|不舒服|空落落|不是滋味)",
    weight: 0.7,
  },
  { pattern: "崩溃|绝望|想死|活不下去|抑郁", weight: 1 },
  // What worry does to the body, in common idioms (added after the tuning journals showed them missed).
  {
    pattern:
      "胃(?:里)?(?:一紧|发紧|就紧|开始拧|拧|抽)|心(?:里)?(?:一沉|往下沉|一揪|揪着|提到嗓子眼)|手心(?:全是|都是|直冒|冒|出)汗|" +
      "(?:浑身|脸)(?:一直)?(?:发烫|烫)|眼眶(?:就|一下子)?(?:热|红|湿)|坐立不安|坐不住|喘不过气|压了(?:一)?块石头|心虚",
    weight: 0.6,
  },
  { pattern: "内疚|愧疚|羞愧|羞耻|焦虑|痛苦|恐惧|想哭|煎熬", weight: 0.8 },
  { pattern: "丢人|丢脸|心慌|窝囊|憋屈|压抑|自责|受不了|无助|心痛|难熬", weight: 0.7 },
  { pattern: "难受|害怕|失眠|烦躁|委屈|难过|伤心|心累|心塞|抓狂", weight: 0.6 },
  { pattern: "恶心|睡不着|不安|后悔|孤独|胸闷|发抖|心烦|想吐", weight: 0.5 },
  { pattern: "烦|紧张|担心|怕", weight: 0.4 },
];
