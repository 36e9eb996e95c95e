// Two small journals for the memory's integration tests, written by hand: a month of a bus driver's entries in
// English and three weeks of a nurse's in Chinese. Each has one worry that keeps coming back about the same
// person, two lessons each written twice, and everyday filler. They test the mechanism (themes, marks, the
// forget gate, refits); how well the memory reads journals is scored by `npm run eval:memory` on
// tests/fixtures/journals, which these are not.
import { addDays } from "../../lib/dates";

export type Day = { date: string; body: string; mood: number | null };

const FILLER_EN = [
  "Route 38 was quiet before nine.",
  "Rain all afternoon, the wipers squeaked the whole shift.",
  "Made a big pot of chilli for the week.",
  "Watched the football with my neighbour.",
  "The depot coffee machine is broken again, so I brought a flask.",
  "Walked the dog round the reservoir.",
  "Picked up new shoes, the old ones had a hole.",
  "Phoned my sister about her birthday plans.",
  "Cleaned the windows of the flat.",
  "The new timetable starts next month.",
];

const WORRY_EN = [
  "I snapped at Marek in the depot canteen and called him lazy in front of everyone.",
  "Still feel sick about what I said to Marek, I keep hearing my own voice.",
  "Saw Marek at the depot and he looked away, and my stomach dropped.",
  "Lay awake going over the canteen row with Marek again.",
  "I should have apologised to Marek straight away instead of pretending nothing happened.",
  "Marek swapped off my rota today and I know it is because of what I said.",
  "Replayed the whole Marek thing on the drive home, every word of it.",
  "Why did I say that to Marek, he has done nothing but help me.",
];

const LESSONS_EN = [
  "I learned that I lose my temper when I skip lunch, so I eat before the afternoon run now.",
  "Lesson from this week: a short walk before a late shift keeps me calm all evening.",
  "Again I noticed that eating before the afternoon run keeps my temper, lesson learned.",
  "I have learned that the walk before a late shift really does keep me calm.",
];

/** A month: the worry every third day up to the last day, the lessons on days 5, 12, 19, 26. */
export function busDriverMonth(start = "2026-10-01", days = 30): Day[] {
  return Array.from({ length: days }, (_, k) => {
    const sentences = [FILLER_EN[k % FILLER_EN.length]!, FILLER_EN[(k * 3 + 1) % FILLER_EN.length]!];
    if (k % 3 === 1 || k === days - 1) sentences.push(WORRY_EN[Math.floor(k / 3) % WORRY_EN.length]!);
    const lesson = [5, 12, 19, 26].indexOf(k);
    if (lesson >= 0) sentences.splice(1, 0, LESSONS_EN[lesson]!);
    const mood = k % 3 === 1 ? 2 : 3 + (k % 2);
    return { date: addDays(start, k), body: sentences.join(" "), mood };
  });
}

const FILLER_ZH = [
  "今天夜班病人不多。",
  "下班路上买了一袋橘子。",
  "中午和同事吃了牛肉面。",
  "晚上给阳台的花浇了水。",
  "周末去公园走了一圈。",
  "医院的电梯又坏了，只好爬楼梯。",
];

const WORRY_ZH = [
  "我在护士站当着大家的面骂了小刘，一直在想她当时的表情。",
  "早知道就不该对小刘发火，心里很难受。",
  "看到小刘躲着我走，我后悔得睡不着。",
  "晚上又想起骂小刘的事，都怪我脾气太急。",
  "一直在想怎么跟小刘道歉，心里堵得慌。",
];

const LESSONS_ZH = [
  "我学到了一点：交班前先喝口水深呼吸，就不容易发火。",
  "这次我意识到，忙的时候先把事情写下来，脑子就不乱。",
  "我又学到了：交班前深呼吸一下，真的能让我冷静。",
  "我意识到把要做的事写下来以后，忙的时候就不慌了。",
];

/** Three weeks of a nurse's entries in Chinese: the worry every other day, lessons on days 3, 8, 13, 18. */
export function nurseWeeks(start = "2026-10-01", days = 21): Day[] {
  return Array.from({ length: days }, (_, k) => {
    const sentences = [FILLER_ZH[k % FILLER_ZH.length]!, FILLER_ZH[(k + 2) % FILLER_ZH.length]!];
    if (k % 2 === 0) sentences.push(WORRY_ZH[(k / 2) % WORRY_ZH.length]!);
    const lesson = [3, 8, 13, 18].indexOf(k);
    if (lesson >= 0) sentences.push(LESSONS_ZH[lesson]!);
    return { date: addDays(start, k), body: sentences.join(""), mood: k % 2 === 0 ? 2 : 4 };
  });
}
