// Cellstate's own Chinese valence lexicon: feeling and evaluative words of everyday diaries, in simplified
// characters, scored -5..+5 on AFINN's scale so a Chinese sentence's points mean what an English sentence's
// do (lib/text/afinn.ts, lib/text/valence.ts).
//
// Why our own: no Chinese sentiment lexicon with a licence we can ship is installable here. npm has none
// (`@nlpjs/lang-zh`'s sentiment file holds only negations); NTUSD (Ku & Chen 2007) is MIT but in traditional
// characters, aimed at news and not on npm; DUTIR's affective lexicon (徐琳宏 & 林鸿飞 2008) has no licence
// we could find; CLIWC/TextMind ship inside licensed tools. So the words and scores below were written for
// Cellstate, by hand, from common diary language; none is copied from those resources. Add words freely:
// tests/unit/text/zh-valence.test.ts checks the format.
//
// Measured against the other offline route, CC-CEDICT's English glosses (shipped in `@nlpjs/lang-zh`, CC BY-SA
// 4.0) scored with AFINN, on 40 hand-labelled diary sentences (30 positive or negative, 10 plain facts)
// written after the lexicon's last change: sign right (−, 0, +) for 36/40 with this lexicon, 18/40 with the
// first gloss of each word, 28/40 with the mean over its glosses (which reads 7 of the 10 facts as feelings:
// 保养 → "to keep in good repair", 到家 → "perfect", 小说 → "novel"). On a first set of 72 the lexicon got
// 66/72 before the words it missed (松了一口气, 空落落, 忽视, 得厉害…) were added, the glosses 50/72 and 49/72.
// We wrote both sets and the lexicon, so the lexicon's figures are optimistic; the gap is not.
//
// Two groups. FEELINGS are states of the person speaking ("开心", "累", "心里堵"): in a sentence with no
// other subject they say the sentence is about the writer (cues.ts). EVALUATIONS are judgements of things and
// events ("顺利", "好吃", "糟糕"). Both count for valence.

const FEELINGS = `
+5 欣喜若狂 心花怒放 狂喜 乐开了花
+4 幸福 兴高采烈 心满意足 喜出望外 欢欣鼓舞 美滋滋 热爱
+3 开心 高兴 快乐 愉快 欢喜 喜悦 欣慰 满足 满意 感动 温暖 甜蜜 幸运 舒服 舒心 痛快 爽 享受 自豪 感激 感恩
+3 安心 踏实 惬意 庆幸 兴奋 激动 开怀 畅快 暖心 喜欢 爱 欢乐 乐呵呵 开开心心 高高兴兴 心情好 心情不错
+2 轻松 放松 平静 释然 解脱 放心 充实 自在 安稳 淡定 从容 坦然 宽慰 舒坦 知足 乐观 振奋 自信 骄傲 期待
+2 笑 哈哈 哈哈哈 嘻嘻 感谢 谢谢 喜爱 盼望 憧憬 勇敢 坚强 有动力 有精神 来劲 带劲 心安 安慰 松了一口气 松一口气 松口气
+1 还好 还行 平和 安静 冷静 清醒 专注 好奇 精神 希望 好受 没事 放空
-1 困 懒 懒得 犹豫 困惑 害羞 晕 感冒 辛苦 心疼 发懵 懵 无感
-2 累 疲惫 疲倦 劳累 烦 心烦 烦恼 闹心 糟心 堵 担心 担忧 紧张 不安 忐忑 慌 心慌 发慌 慌张 尴尬 难堪
-2 惭愧 别扭 纠结 迷茫 无奈 无聊 无力 厌倦 孤单 寂寞 空虚 茫然 失眠 睡不着 头疼 头痛 疼 痛 不舒服 不开心
-2 不高兴 不爽 不满 不耐烦 没劲 没意思 没心情 丧 颓废 嫉妒 吃醋 可怜 冤枉 受伤 哭 流泪 掉眼泪 怕 吓
-2 生病 病了 发烧 想吐 犯愁 发愁 愁 着急 不甘心 心寒 寒心 遗憾 可惜 麻木 不自在 怕怕 吓到 胸闷 心虚 烦人 气 空落落
-3 难过 伤心 悲伤 生气 愤怒 气愤 恼火 火大 失望 沮丧 郁闷 烦躁 焦虑 焦躁 害怕 恐慌 惊恐 委屈 孤独 无助
-3 丢人 丢脸 羞愧 羞耻 内疚 愧疚 后悔 懊悔 懊恼 自责 心痛 心酸 心塞 心累 难受 想哭 窝囊 憋屈 压抑 抓狂
-3 暴躁 讨厌 厌恶 恶心 烦死 累死 受不了 煎熬 难熬 悲哀 失落 低落 消沉 吓死 吓坏
-3 恐惧 怨恨 痛哭 大哭 心灰意冷 垂头丧气 闷闷不乐 坐立不安 提心吊胆 忧心忡忡 心烦意乱 度日如年 欲哭无泪
-4 崩溃 绝望 心碎 悲痛 痛苦 心如刀割 撕心裂肺 气死 恨死 痛心 抑郁 恨 伤心欲绝 痛心疾首
-5 想死 生不如死 痛不欲生 万念俱灰 活不下去
`;

const EVALUATIONS = `
+5 完美 精彩绝伦
+4 极好 超棒 棒极了 绝佳 美妙 精彩 出色 了不起 圆满 完美无缺 大获成功
+3 棒 美好 美 美丽 漂亮 好看 好吃 好喝 好玩 有趣 可爱 厉害 成功 顺利 温馨 美味 舒适 赞 优秀 值得 有意义
+3 有收获 胜利 获胜 晋升 升职 加薪 表扬 夸奖 称赞 温柔 善良 体贴 贴心 顺心 如意 难得 宝贵 珍贵
+2 好 不错 挺好 收获 进步 成长 突破 赢 夸 认可 鼓励 支持 帮助 靠谱 给力 友好 热情 亲切 耐心 健康
+2 康复 好转 干净 整洁 清爽 新鲜 高效 幸好 好在 多亏 可靠 合适 香 好听 舒畅 一帆风顺 如愿 通过了 搞定
+2 解决 完成 理解 体谅 包容 关心 陪伴 温暖人心 有意思 精致 好用 划算 惊喜 热闹 欢迎
+1 好的 好好 没关系 没问题 方便 及时 安全 稳 稳定 恢复 帮忙 晴天 晴 凉快 暖和 顺 正好 刚好 休息 放假
+1 还可以 凑合 平安 准时 简单 清楚 明白 轻快 礼物 约会 团聚 聊天 散步
-1 问题 困难 难 忙 乱 吵 脏 堵车 加班 熬夜 抱怨 唠叨 催 拖 误会 冲突 矛盾 不行 不对 不够 出糗 赔 一般
-1 无语 麻烦 平淡 慢 贵 冷 热 下雨 迟 晚了 差点 将就 拖延 迟到 错过 丢
-2 坏 差 错 错误 失误 出错 犯错 难吃 难看 难听 难闻 吵架 争吵 骂 被骂 挨骂 批评 挨批 指责 责备 冷漠
-2 冷淡 敷衍 欺负 伤害 拒绝 被拒 分手 失去 失败 输 落选 浪费 白费 弄丢 丢了 倒霉 不顺 不公平 不好
-2 没用 无能 笨 傻 粗心 马虎 糊涂 懒惰 自私 虚伪 压力 离婚 住院 争执 出丑 挂科 不及格 扣钱 罚款 亏
-2 损失 骗 偷 吼 发火 发脾气 冷战 惨 糟 烂 难搞 头大 不好意思 吃亏 受罪 折腾 碰壁 扫兴 添乱 拖后腿 落后 忽视
-3 糟糕 差劲 垃圾 可怕 吓人 恐怖 搞砸 砸了 完蛋 废物 蠢 失业 裁员 被裁 去世 死 车祸 受骗 被骗
-3 折磨 灾难 一团糟 乱七八糟 糟心事 背叛 羞辱 侮辱 出事 分崩离析 惨败 噩梦 吵翻
-4 糟透了 烂透了 惨烈 一塌糊涂 惨不忍睹
`;

function parse(data: string): Map<string, number> {
  const scores = new Map<string, number>();
  for (const line of data.trim().split("\n")) {
    const [score, ...words] = line.trim().split(/\s+/);
    for (const word of words) scores.set(word, Number(score));
  }
  return scores;
}

const feelings = parse(FEELINGS);
const evaluations = parse(EVALUATIONS);

/** Every scored word (feelings and evaluations), -5..+5. */
export const ZH_LEXICON: ReadonlyMap<string, number> = new Map([...evaluations, ...feelings]);

/** Words that are a state of the person speaking (see the header). */
export const ZH_FEELINGS: ReadonlySet<string> = new Set(feelings.keys());

/** For the format test: every line of both groups, as written. */
export const ZH_LEXICON_LINES: readonly string[] = (FEELINGS + EVALUATIONS).trim().split(/\n+/);

/** The longest entry, in characters: the character-run lookup never looks further. */
export const ZH_LONGEST_ENTRY = Math.max(...[...ZH_LEXICON.keys()].map((w) => w.length));

/**
 * Degree adverbs and how much they scale the next feeling or evaluative word in their clause ("很开心",
 * "有点累"). 很 is bleached in Chinese ("今天很开心" is plainly "happy today"), so it scales little.
 */
export const ZH_DEGREE: ReadonlyMap<string, number> = new Map([
  ...["最", "极", "极其", "极度", "超级", "无比", "太", "非常", "特别", "超", "十分", "格外", "实在", "简直"].map(
    (w) => [w, 1.5] as const,
  ),
  ...["真", "真的", "好", "相当", "贼", "巨", "这么", "那么", "如此", "多么", "真是"].map((w) => [w, 1.4] as const),
  ...["很", "挺", "蛮", "更", "更加", "越来越", "越发", "还挺", "还蛮"].map((w) => [w, 1.25] as const),
  ...["比较", "还算"].map((w) => [w, 1.1] as const),
  ...["有点", "有点儿", "有些", "有一点", "有一点点", "稍微", "稍", "略", "略微", "些许"].map((w) => [w, 0.6] as const),
]);

/** Degree complements after 得: 疼得厉害, 累得不行, 堵得慌 make the word before them stronger, not another word. */
export const ZH_COMPLEMENTS: ReadonlySet<string> = new Set(["厉害", "要命", "要死", "不行", "慌", "很"]);
export const COMPLEMENT_FACTOR = 1.5;

/**
 * Characters that may sit inside a segmenter word around a lexicon word without changing what it says
 * ("累死了" → 累死 + 了, "开心啊"). A word that decomposes into lexicon words, degree adverbs, negators and
 * these is read piece by piece; any other leftover character means it is another word ("积累" is not 累).
 */
export const ZH_PARTICLES: ReadonlySet<string> = new Set([
  "了",
  "的",
  "得",
  "地",
  "啊",
  "呀",
  "啦",
  "吧",
  "呢",
  "嘛",
  "哦",
  "喔",
  "哇",
  "呐",
  "哟",
  "诶",
]);
