import { describe, expect, it } from "vitest";
import { summaryWords } from "@/i18n/summary-words";
import { summaryDocument, summaryHtml, summaryMarkdown } from "@/lib/summaries/document";
import { parseSummaryContent, type SummaryItem, type WeeklySummaryContent } from "@/lib/summaries/types";
import { explanation, keptIntro, letGoIntro, moodText, opening } from "@/lib/summaries/words";

const en = summaryWords("en", "2026-11-29");
const zh = summaryWords("zh", "2026-11-29");

const item = (over: Partial<SummaryItem> = {}): SummaryItem => ({
  themeId: "t1",
  entryId: "e1",
  date: "2026-11-24",
  quote: "I learned that asking for help early saves days.",
  retention: 0.734,
  returns: 2,
  pinned: false,
  released: false,
  explanation: [],
  ...over,
});

function week(over: Partial<WeeklySummaryContent> = {}): WeeklySummaryContent {
  return {
    format: 3,
    week: "2026-W48",
    start: "2026-11-23",
    end: "2026-11-29",
    timeZone: "Europe/Berlin",
    model: { kind: "trained", version: 4, trainedOn: 120 },
    entriesSoFar: 130,
    writing: { entries: 5, days: [], bestRun: 3, streakAtEnd: 0 },
    mood: { days: [{ date: "2026-11-24", mood: 4 }], mean: 4, previousMean: 3.1 },
    gates: { days: [{ date: "2026-11-24", i: 0.12, f: 0.87, o: 0.45 }], mean: { i: 0.12, f: 0.87, o: 0.45 } },
    memoryReady: true,
    kept: [item({ pinned: true })],
    letGo: [item({ entryId: "e2", released: true, quote: "Why did I *say* that? <script>" })],
    newLessons: [{ ...item(), inputGate: 0.31 }],
    rumination: [],
    ...over,
  };
}

describe("summary words", () => {
  it("reads well for an empty, a thin and a full week", () => {
    const empty = week({ writing: { entries: 0, days: [], bestRun: 0, streakAtEnd: 0 } });
    expect(opening(empty, en)).toMatch(/^You didn't write this week/);
    expect(letGoIntro(empty, en)).toBe("Nothing was let go: your memory only changes on the days you write.");
    const thin = week({ writing: { entries: 2, days: [], bestRun: 1, streakAtEnd: 0 } });
    expect(opening(thin, en)).toBe("You wrote twice this week.");
    expect(letGoIntro(thin, en)).toBe("You wrote twice this week; not enough to say what was let go.");
    expect(opening(week(), en)).toBe("You wrote on 5 of 7 days this week, 3 days in a row at best.");
    expect(opening(week({ writing: { entries: 7, days: [], bestRun: 7, streakAtEnd: 30 } }), en)).toBe(
      "You wrote every day this week. You ended the week on a 30-day streak.",
    );
  });

  it("says when the memory cannot tell anything apart yet", () => {
    const early = week({ memoryReady: false, entriesSoFar: 4, kept: [] });
    expect(keptIntro(early, en)).toContain("it has read 4 entries so far");
  });

  it("compares the mood with the weeks before", () => {
    expect(moodText(week(), en)).toBe(
      "Your mood averaged 4.0 out of 5 over 1 day, clearly higher than the 4 weeks before (3.1).",
    );
    expect(moodText(week({ mood: { days: [], mean: null, previousMean: 3 } }), en)).toBe(
      "You didn't rate your mood this week.",
    );
  });
});

describe("summary renderings", () => {
  it("writes Markdown with every section, the numbers and the model it came from", () => {
    const md = summaryMarkdown(week(), en);
    expect(md).toMatch(/^# Lessons kept, week of Monday, November 23, 2026\n/);
    for (const heading of [
      "Lessons kept",
      "Let go this week",
      "New lessons",
      "Still on your mind",
      "Your gates, day by day",
      "Mood",
    ]) {
      expect(md).toContain(`\n## ${heading}\n`);
    }
    expect(md).toContain("73% still held, came back twice, pinned by you");
    expect(md).toContain("input gate 31%");
    expect(md).toContain("| Tue, Nov 24, 2026 | 87% | 12% | 45% |");
    expect(md).toContain(
      "Read from your memory model v4, trained on 120 entries; 130 entries read up to Sunday, November 29, 2026.",
    );
    // The user's own words cannot turn into Markdown or HTML.
    expect(md).toContain("Why did I \\*say\\* that? \\<script\\>");
  });

  it("writes the same document as HTML, escaped", () => {
    const html = summaryHtml(week(), "https://journal.example.org/summaries/2026-W48", en);
    expect(html).toContain("Why did I *say* that? &#60;script&#62;");
    expect(html).not.toContain("<script>");
    expect(html).toContain('<a href="https://journal.example.org/summaries/2026-W48">');
    const doc = summaryDocument(week(), en);
    for (const section of doc.sections) expect(html).toContain(section.heading);
  });
});

describe("a stored summary in the reader's language", () => {
  // What the builder stores: numbers, days, the writer's quote, and each item's "why" as phrases.
  const stored = JSON.stringify(
    week({
      kept: [
        item({
          pinned: true,
          explanation: [
            { key: "pinned" },
            { key: "when.days", values: { count: 3, first: { day: "2026-10-03" }, last: { day: "2026-11-24" } } },
            { key: "lastSeen", values: { age: { key: "ago.days", values: { n: 5 } } } },
            { key: "inYourWords", values: { quotes: { quotes: ["learned", "next time"] } } },
          ],
        }),
      ],
    }),
  );

  it("renders the same JSON in English and in Chinese, numbers and days alike", () => {
    const content = parseSummaryContent(stored);
    expect(content).not.toBeNull();
    const s = content!;
    const kept = s.kept[0]!;
    expect(explanation(kept, en)).toBe(
      "You chose to keep this. On 3 days, October 3 – November 24. Last seen 5 days ago. In your words: “learned”, “next time”.",
    );
    expect(explanation(kept, zh)).toBe(
      "你选择了留住它。出现在 3 天，10月3日 – 11月24日。最近一次是5 天前。你的原话：“learned”、“next time”。",
    );
    const english = summaryMarkdown(s, en);
    const chinese = summaryMarkdown(s, zh);
    expect(english).toContain("\n## Lessons kept\n");
    expect(english).toContain("73% still held, came back twice, pinned by you");
    expect(chinese).toMatch(/^# 留住的经验：2026年11月23日星期一起的一周\n/);
    expect(chinese).toContain("\n## 留住的经验\n");
    expect(chinese).toContain("仍保留 73%，又出现了 2 次，你置顶了");
    expect(chinese).toContain("这周 7 天里你写了 5 天，最长连续写了 3 天。");
    expect(chinese).toContain("*2026-W48，11月23日至2026年11月29日*");
    expect(chinese).toContain("| 2026年11月24日周二 | 87% | 12% | 45% |");
    // The same user's words, unchanged, in both.
    for (const text of [english, chinese]) expect(text).toContain("“I learned that asking for help early saves days.”");
  });

  it("names a week by its days, in either language", () => {
    expect(en.range("2026-11-23", "2026-11-29")).toBe("November 23 – November 29, 2026");
    expect(en.range("2026-12-28", "2027-01-03")).toBe("December 28, 2026 – January 3, 2027");
    expect(zh.range("2026-12-28", "2027-01-03")).toBe("2026年12月28日至2027年1月3日");
  });

  it("reads no summary of the older, English-worded format (it is built again)", () => {
    const older = JSON.parse(stored) as Record<string, unknown>;
    expect(parseSummaryContent(JSON.stringify({ ...older, format: 2 }))).toBeNull();
  });
});
