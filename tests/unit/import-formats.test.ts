// Each source format read as the real tools write it (tests/fixtures/imports: a Day One Journal.json with its
// fields and layout, jrnl's JSONExporter output, Obsidian and Journiv-like notes): days in the entry's own time
// zone, a day's entries joined in time order, Day One's escapes undone and its photos listed, bad records
// reported by position with nothing to import, and the same file always giving the same records.
import { describe, expect, it } from "vitest";
import { DAY_ONE_JOURNAL, JRNL_EXPORT } from "../fixtures/imports/dayone-zip";
import { ImportCollector } from "@/lib/import/collector";
import { cleanDayOneText } from "@/lib/import/formats/dayone";
import { jsonFileReader } from "@/lib/import/json-file";
import type { ImportFormat, ParsedImport } from "@/lib/import/types";
import { entryMarkdown } from "@/lib/journal/markdown-export";
import { parseImportText } from "@/lib/validations/import";

const LATEST = { latestDay: "2099-12-31" };

function ok(parsed: ParsedImport) {
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed;
}

function markdown(files: Record<string, string>, format?: ImportFormat) {
  const collector = new ImportCollector({ ...LATEST, format });
  for (const [name, text] of Object.entries(files)) collector.markdownFile(name, text);
  return collector.result();
}

describe("Day One", () => {
  const parsed = ok(parseImportText(DAY_ONE_JOURNAL, LATEST));

  it("is found from the file and places each entry on its day in its own time zone", () => {
    expect(parsed.format).toBe("dayone");
    // 03:30 UTC on 2 March is 22:30 on 1 March in New York; noon UTC on 5 March is 21:00 the same day in Tokyo.
    expect(parsed.records.map((r) => r.date)).toEqual(["2024-03-01", "2024-03-05"]);
  });

  it("joins a day's entries in time order, not file order, with their tags; starred is a tag", () => {
    const day = parsed.records[0]!;
    const parts = day.body.split("\n\n");
    expect(parts[0]).toBe("Woke before the alarm."); // 06:05 UTC, third in the file
    expect(day.body.indexOf("Walked to the river")).toBeLessThan(day.body.indexOf("Late in New York"));
    expect(day.tags).toEqual(["morning pages", "walks", "starred"]);
  });

  it("undoes Day One's escapes, keeps the ones Markdown needs, and takes photo references out of the text", () => {
    const day = parsed.records[0]!.body;
    expect(day).toContain("Walked to the river. Cold-ish, but bright!");
    expect(day).toContain("Back by 8. 1. coffee 2. emails - then *work*.");
    expect(day).toContain("(again).");
    expect(day).not.toContain("dayone-moment");
    expect(day).not.toMatch(/\n{3}/);
    expect(cleanDayOneText(String.raw`a \* b \_ c \\. d \# e`).text).toBe(String.raw`a \* b \_ c \\. d # e`);
  });

  it("lists the photos it leaves out, and a photo-only entry, by day", () => {
    expect(parsed.missing).toEqual(["2024-03-01: 1 photo", "2024-03-06: 1 photo, an entry with no text"]);
  });

  it("gives the same records every time (so a second import finds every day unchanged)", () => {
    expect(ok(parseImportText(DAY_ONE_JOURNAL, LATEST)).records).toEqual(parsed.records);
  });

  it("reports every bad record with its position and imports nothing", () => {
    const doc = JSON.parse(DAY_ONE_JOURNAL) as { entries: Record<string, unknown>[] };
    delete doc.entries[1]!.creationDate;
    doc.entries[3]!.timeZone = "Mars/Olympus_Mons";
    doc.entries[4]!.tags = "holiday";
    const refused = parseImportText(JSON.stringify(doc), LATEST);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.problems.map((p) => [p.index, p.field])).toEqual([
      [1, "creationDate"],
      [3, "timeZone"],
      [4, "tags"],
    ]);
    expect(refused).not.toHaveProperty("records");
  });

  it("refuses a day after the importer's today, in the entry's own time zone", () => {
    const refused = parseImportText(DAY_ONE_JOURNAL, { latestDay: "2024-03-04" });
    expect(!refused.ok && refused.problems).toEqual([
      { index: 3, field: "date", message: "2024-03-05 is after today (2024-03-04)" },
    ]);
  });

  it("reports a day whose joined entries are too long with every part's position", () => {
    const long = "x".repeat(60 * 1024);
    const doc = {
      metadata: { version: "1.0" },
      entries: [
        { creationDate: "2024-01-01T08:00:00Z", timeZone: "UTC", text: long },
        { creationDate: "2024-01-01T09:00:00Z", timeZone: "UTC", text: long },
      ],
    };
    const refused = parseImportText(JSON.stringify(doc), LATEST);
    expect(!refused.ok && refused.problems[0]).toMatchObject({
      index: 0,
      field: "body",
      message: "the 2 entries of 2024-01-01 (record 0, record 1) together: The entry is longer than 100 KB",
    });
  });
});

describe("jrnl", () => {
  const parsed = ok(parseImportText(JRNL_EXPORT, LATEST));

  it("joins title and body, a day's entries by their time, tags without their @", () => {
    expect(parsed.format).toBe("jrnl");
    expect(parsed.records).toEqual([
      {
        date: "2020-08-29",
        body: "Second thought that day.\n\nEntry the first.\nLorem @ipsum dolor sit amet. @tagone and maybe also @tagtwo.\n\nCurabitur accumsan nunc ac neque.",
        tags: ["tagone", "starred", "ipsum", "tagtwo"],
      },
      { date: "2020-08-31", body: 'Café with Zoë.\nWe spoke about @tagthree and "quotes".', tags: ["tagthree"] },
    ]);
    expect(parsed.missing).toEqual([]);
  });

  it("reports a bad time or date by position", () => {
    const doc = JSON.parse(JRNL_EXPORT) as { entries: Record<string, unknown>[] };
    doc.entries[0]!.time = "9am";
    doc.entries[2]!.date = "2020-02-30";
    const refused = parseImportText(JSON.stringify(doc), LATEST);
    expect(!refused.ok && refused.problems.map((p) => [p.index, p.field])).toEqual([
      [0, "time"],
      [2, "date"],
    ]);
  });

  it("can be named with format, and a file of another kind is then refused by its fields", () => {
    const refused = parseImportText(DAY_ONE_JOURNAL, { ...LATEST, format: "jrnl" });
    expect(!refused.ok && refused.problems[0]).toMatchObject({ index: 0, field: "title" });
  });
});

describe("Markdown notes", () => {
  it("takes the day from the file name (Obsidian, Logseq) or the front matter, which wins", () => {
    const parsed = ok(
      markdown({
        "Daily/2024-03-01.md": "Rain. Read by the window.\n",
        "journals/2024_03_02.md": "- Logseq style block\n",
        "2024-03-09 Walk.md": "---\ndate: 2024-03-03\ntags: [Walk, outside]\nmood: 4\n---\n\nUp the hill.\n",
        "entries/morning.md":
          "---\ndate: 2024-03-04T07:30:00\ntitle: Early start\ntags: '#work, deep focus'\n---\nCoffee first.",
      }),
    );
    expect(parsed.format).toBe("markdown");
    expect(parsed.records).toEqual([
      { date: "2024-03-01", body: "Rain. Read by the window." },
      { date: "2024-03-02", body: "- Logseq style block" },
      { date: "2024-03-03", body: "Up the hill.", mood: 4, tags: ["walk", "outside"] },
      { date: "2024-03-04", body: "# Early start\n\nCoffee first.", tags: ["work", "deep focus"] },
    ]);
  });

  it("joins several notes of a day by their time, then their name", () => {
    const parsed = ok(
      markdown({
        "b.md": "---\ndate: 2024-03-01 21:00\n---\nEvening.",
        "a.md": "---\ndate: 2024-03-01T08:00:00Z\n---\nMorning.",
      }),
    );
    expect(parsed.records).toEqual([{ date: "2024-03-01", body: "Morning.\n\nEvening." }]);
  });

  it("reports a note without a date, bad YAML or a bad mood by its file", () => {
    const refused = markdown({
      "ideas.md": "No date anywhere.",
      "2024-03-01.md": "---\ntags: [unclosed\n---\ntext",
      "2024-03-02.md": "---\nmood: 9\n---\ntext",
      "2024-03-03.md": "---\ndate: 2024-03-03\n---\n",
    });
    expect(!refused.ok && refused.problems.map((p) => [p.file, p.field])).toEqual([
      ["ideas.md", "date"],
      ["2024-03-01.md", "front matter"],
      ["2024-03-02.md", "mood"],
      ["2024-03-03.md", "body"],
    ]);
  });

  it("reads Cellstate's own Markdown export back to the same records", () => {
    const records = [
      {
        date: "2024-03-01",
        body: "# Title\n\nA line: with a colon, and --- dashes.",
        mood: 2,
        tags: ["a: b", "#hash"],
      },
      { date: "2024-03-02", body: "Plain." },
    ];
    const files = Object.fromEntries(records.map((r) => [`cellstate/${r.date}.md`, entryMarkdown(r)]));
    expect(ok(markdown(files)).records).toEqual(records);
  });
});

describe("Cellstate version 2", () => {
  const file = {
    cellstate: 2,
    exportedAt: "2026-12-01T10:00:00.000Z",
    settings: { name: "Sam", timeZone: "Europe/London", summaryEmail: true },
    marks: [{ kind: "let-go", date: "2026-01-02", atDate: "2026-01-02" }],
    entries: [
      { date: "2026-01-01", body: "One", mood: 3, tags: ["a"] },
      { date: "2026-01-02", body: "Two" },
    ],
  };

  it("carries settings and marks beside the entries", () => {
    const parsed = ok(parseImportText(JSON.stringify(file), LATEST));
    expect(parsed).toMatchObject({
      format: "cellstate",
      settings: file.settings,
      marks: file.marks,
      records: file.entries,
    });
  });

  it("refuses a file from a newer Cellstate, and bad settings or marks by their field", () => {
    const newer = parseImportText(JSON.stringify({ ...file, cellstate: 3 }), LATEST);
    expect(!newer.ok && newer.problems[0]!.message).toMatch(/newer Cellstate/);
    const bad = parseImportText(
      JSON.stringify({
        ...file,
        settings: { ...file.settings, timeZone: "Nowhere" },
        marks: [{ kind: "pin", date: "x" }],
      }),
      LATEST,
    );
    expect(!bad.ok && bad.problems.map((p) => p.field)).toEqual([
      "settings.timeZone",
      "marks.0.kind",
      "marks.0.date",
      "marks.0.atDate",
    ]);
  });

  it("streams: a file sent in small pieces reads the same", () => {
    const collector = new ImportCollector(LATEST);
    const reader = jsonFileReader(collector);
    const bytes = new TextEncoder().encode(DAY_ONE_JOURNAL);
    for (let k = 0; k < bytes.length; k += 7) reader.write(bytes.subarray(k, k + 7));
    reader.end();
    expect(ok(collector.result()).records).toEqual(ok(parseImportText(DAY_ONE_JOURNAL, LATEST)).records);
  });
});
