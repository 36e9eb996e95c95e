import { describe, expect, it } from "vitest";
import { summaryDocument, summaryHtml, summaryMarkdown } from "@/lib/summaries/document";
import type { SummaryItem, WeeklySummaryContent } from "@/lib/summaries/types";
import { keptIntro, letGoIntro, moodText, opening } from "@/lib/summaries/words";

const item = (over: Partial<SummaryItem> = {}): SummaryItem => ({
  themeId: "t1",
  entryId: "e1",
  date: "2026-11-24",
  quote: "I learned that asking for help early saves days.",
  retention: 0.734,
  returns: 2,
  pinned: false,
  released: false,
  explanation: "",
  ...over,
});

function week(over: Partial<WeeklySummaryContent> = {}): WeeklySummaryContent {
  return {
    format: 2,
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
    expect(opening(empty)).toMatch(/^You didn't write this week/);
    expect(letGoIntro(empty)).toBe("Nothing was let go: your memory only changes on the days you write.");
    const thin = week({ writing: { entries: 2, days: [], bestRun: 1, streakAtEnd: 0 } });
    expect(opening(thin)).toBe("You wrote twice this week.");
    expect(letGoIntro(thin)).toBe("You wrote twice this week; not enough to say what was let go.");
    expect(opening(week())).toBe("You wrote on 5 of 7 days this week, 3 days in a row at best.");
    expect(opening(week({ writing: { entries: 7, days: [], bestRun: 7, streakAtEnd: 30 } }))).toBe(
      "You wrote every day this week. You ended the week on a 30-day streak.",
    );
  });

  it("says when the memory cannot tell anything apart yet", () => {
    const early = week({ memoryReady: false, entriesSoFar: 4, kept: [] });
    expect(keptIntro(early)).toContain("it has read 4 entries so far");
  });

  it("compares the mood with the weeks before", () => {
    expect(moodText(week())).toBe(
      "Your mood averaged 4.0 out of 5 over 1 day, clearly higher than the 4 weeks before (3.1).",
    );
    expect(moodText(week({ mood: { days: [], mean: null, previousMean: 3 } }))).toBe(
      "You didn't rate your mood this week.",
    );
  });
});

describe("summary renderings", () => {
  it("writes Markdown with every section, the numbers and the model it came from", () => {
    const md = summaryMarkdown(week());
    expect(md).toMatch(/^# Lessons kept, week of Monday, 23 November 2026\n/);
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
    expect(md).toContain("| Tue, 24 Nov 2026 | 87% | 12% | 45% |");
    expect(md).toContain(
      "Read from your memory model v4, trained on 120 entries; 130 entries read up to Sunday, 29 November 2026.",
    );
    // The user's own words cannot turn into Markdown or HTML.
    expect(md).toContain("Why did I \\*say\\* that? \\<script\\>");
  });

  it("writes the same document as HTML, escaped", () => {
    const html = summaryHtml(week(), "https://journal.example.org/summaries/2026-W48");
    expect(html).toContain("Why did I *say* that? &#60;script&#62;");
    expect(html).not.toContain("<script>");
    expect(html).toContain('<a href="https://journal.example.org/summaries/2026-W48">');
    const doc = summaryDocument(week());
    for (const section of doc.sections) expect(html).toContain(section.heading);
  });
});
