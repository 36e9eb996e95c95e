import { describe, expect, it } from "vitest";
import { MAX_ENTRY_BYTES } from "@/lib/validations/entry";
import { importReader, MAX_IMPORT_PROBLEMS, MAX_IMPORT_RECORDS, parseImportText } from "@/lib/validations/import";

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
    expect(parsed).toMatchObject({
      ok: true,
      format: "cellstate",
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

  it("refuses JSON that is neither an array nor an export with a list of entries", () => {
    for (const text of [JSON.stringify({ date: "2026-01-01", body: "one entry, not a list" }), "{}", '"text"', "5"]) {
      const problems = problemsOf(text);
      expect(problems, text).toHaveLength(1);
      expect(problems[0]).toMatchObject({ index: null, message: expect.stringContaining("a JSON array of entries") });
    }
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
      problemCount: 1,
    });
  });

  it("refuses a lone surrogate in a body or tag, which the database driver cannot store", () => {
    const problems = problemsOf(
      String.raw`[{"date":"2026-01-01","body":"a\ud800b"},{"date":"2026-01-02","body":"ok","tags":["\udc00"]}]`,
    );
    expect(problems.map((p) => [p.index, p.field])).toEqual([
      [0, "body"],
      [1, "tags.0"],
    ]);
    expect(problems[0]!.message).toMatch(/broken character/);
  });
});

describe("parseImportText limits", () => {
  it("keeps the first problems and counts the rest", () => {
    const parsed = parseImportText(JSON.stringify(Array.from({ length: 500 }, () => 0)), LATEST);
    expect(parsed).toMatchObject({ ok: false, problemCount: 500 });
    expect(!parsed.ok && parsed.problems).toHaveLength(MAX_IMPORT_PROBLEMS);
  });

  it("stops at the first record past the limit, whatever follows", () => {
    const parsed = parseImportText("[" + "0,".repeat(MAX_IMPORT_RECORDS) + "0,", LATEST);
    expect(parsed).toEqual({
      ok: false,
      problems: [{ index: null, field: null, message: "The file has more than 20,000 entries; import it in parts" }],
      problemCount: 1,
    });
  });

  it("refuses deep nesting before building it", () => {
    expect(problemsOf("[".repeat(1_000_000))).toEqual([
      { index: null, field: null, message: "The file is nested more than 10 levels deep" },
    ]);
  });

  it("reads a file sent in pieces that cut through records and characters", () => {
    const text = file([
      { date: "2026-01-01", body: "Ein schöner Tag 😀", tags: ["urlaub"] },
      { date: "2026-01-02", body: "我今天很开心", mood: 4 },
    ]);
    const bytes = new TextEncoder().encode(text);
    const reader = importReader(LATEST);
    for (let k = 0; k < bytes.length; k += 3) expect(reader.write(bytes.subarray(k, k + 3))).toBe(true);
    expect(reader.end()).toMatchObject({
      ok: true,
      records: [{ body: "Ein schöner Tag 😀" }, { body: "我今天很开心" }],
    });
  });

  it("says when the file is cut short or has text after the array", () => {
    for (const text of ['[{"date": "2026-01-01", "body": "x"}', '[{"date": "2026-01-01", "body": "x"}] []', "", "  "]) {
      expect(problemsOf(text), text).toEqual([{ index: null, field: null, message: "The file is not valid JSON" }]);
    }
  });
});
