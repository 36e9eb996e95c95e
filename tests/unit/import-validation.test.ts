import { describe, expect, it } from "vitest";
import { MAX_ENTRY_BYTES } from "@/lib/validations/entry";
import { parseImportText } from "@/lib/validations/import";

// Far enough ahead that no test record counts as a future day.
const LATEST = { latestDay: "2099-12-31" };
const parseText = (text: string) => parseImportText(text, LATEST);

function problemsOf(text: string) {
  const parsed = parseText(text);
  if (parsed.ok) throw new Error("expected the file to be refused");
  return parsed.problems;
}

const file = (records: unknown[]) => JSON.stringify(records);

describe("parseImportText", () => {
  it("accepts a valid file and normalises its tags", () => {
    const parsed = parseText(
      file([
        { date: "2026-01-01", body: "New year", mood: 3, tags: ["Family", "family ", "walk"] },
        { date: "2024-02-29", body: "A leap day", mood: null },
      ]),
    );
    expect(parsed).toEqual({
      ok: true,
      records: [
        { date: "2026-01-01", body: "New year", mood: 3, tags: ["family", "walk"] },
        { date: "2024-02-29", body: "A leap day", mood: null },
      ],
    });
  });

  it("refuses text that is not JSON", () => {
    expect(problemsOf('[{"date": "2026-01-01",')).toEqual([
      { index: null, field: null, message: "The file is not valid JSON" },
    ]);
  });

  it("refuses JSON that is not an array", () => {
    const problems = problemsOf(JSON.stringify({ date: "2026-01-01", body: "one entry, not a list" }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ index: null, message: expect.stringContaining("must be a JSON array") });
  });

  it("refuses a mood outside 1 to 5 or not a whole number", () => {
    const problems = problemsOf(
      file([
        { date: "2026-01-01", body: "ok", mood: 6 },
        { date: "2026-01-02", body: "ok", mood: 2.5 },
        { date: "2026-01-03", body: "ok", mood: "good" },
      ]),
    );
    expect(problems.map((p) => [p.index, p.field])).toEqual([
      [0, "mood"],
      [1, "mood"],
      [2, "mood"],
    ]);
  });

  it("refuses a body over 100 KB, counted in UTF-8 bytes", () => {
    // 40,000 "é" are 40,000 characters but 80,000 bytes; the plain letters take it one byte past the limit.
    const body = "é".repeat(40_000) + "x".repeat(MAX_ENTRY_BYTES - 80_000 + 1);
    expect(body.length).toBeLessThan(MAX_ENTRY_BYTES);
    const problems = problemsOf(
      file([
        { date: "2026-01-01", body: "fine" },
        { date: "2026-01-02", body },
      ]),
    );
    expect(problems).toEqual([{ index: 1, field: "body", message: "The entry is longer than 100 KB" }]);
    expect(parseText(file([{ date: "2026-01-02", body: body.slice(1) }])).ok).toBe(true);
  });

  it("refuses dates that do not exist or are not YYYY-MM-DD", () => {
    const problems = problemsOf(
      file([
        { date: "2026-02-30", body: "x" },
        { date: "2025-02-29", body: "x" },
        { date: "2026-1-5", body: "x" },
        { date: 20260105, body: "x" },
        { body: "x" },
      ]),
    );
    expect(problems.map((p) => [p.index, p.field])).toEqual([
      [0, "date"],
      [1, "date"],
      [2, "date"],
      [3, "date"],
      [4, "date"],
    ]);
    expect(problems[0]?.message).toMatch(/^Not a real date/);
  });

  it("reports every problem of every record, not just the first", () => {
    const problems = problemsOf(file([{ date: "2026-13-01", body: "   ", mood: 0, tags: "work" }, "not an object"]));
    expect(problems.filter((p) => p.index === 0).map((p) => p.field)).toEqual(["date", "body", "mood", "tags"]);
    expect(problems.filter((p) => p.index === 1)).toHaveLength(1);
  });

  it("refuses days after the importing user's today, like the editor does", () => {
    const parsed = parseImportText(
      file([
        { date: "2026-05-01", body: "ok" },
        { date: "2026-05-02", body: "tomorrow" },
      ]),
      {
        latestDay: "2026-05-01",
      },
    );
    expect(parsed).toEqual({
      ok: false,
      problems: [{ index: 1, field: "date", message: "2026-05-02 is after today (2026-05-01)" }],
    });
  });
});
