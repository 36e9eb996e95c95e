// Moving journals in and out, on a real SQLite file: a Day One zip, a jrnl export and a folder of notes imported
// as the route and the CLI do (read whole, then one transaction), idempotently; Cellstate's own export taken into a
// fresh account and compared equal (entries, moods, tags, settings, and the Keep / Let go marks on the same
// themes, regrouped from the text there); the Markdown zip read back to the same entries.
import { beforeAll, describe, expect, it } from "vitest";
import { DAY_ONE_JOURNAL, dayOneZip, JRNL_EXPORT, makeZip } from "../fixtures/imports/dayone-zip";
import { createUser } from "../setup/users";
import { busDriverMonth } from "./small-journals";
import { db } from "@/lib/db";
import { ImportCollector } from "@/lib/import/collector";
import type { ImportFormat, ParsedImport } from "@/lib/import/types";
import { readZipInto } from "@/lib/import/zip";
import { analyzeEntries, staleAnalyses } from "@/lib/journal/analysis";
import { getEntryByDate, saveEntry } from "@/lib/journal/entries";
import { exportEntries, exportJournal } from "@/lib/journal/export";
import { importEntries } from "@/lib/journal/import";
import { markdownZip } from "@/lib/journal/markdown-export";
import { carryEntryMarksToThemes, setThemeMark } from "@/lib/journal/memory-marks";
import { parseImportText } from "@/lib/validations/import";

const LATEST = { latestDay: "2099-12-31" };

function ok(parsed: ParsedImport) {
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed;
}

async function fromZip(bytes: Uint8Array, format?: ImportFormat) {
  const collector = new ImportCollector({ ...LATEST, format });
  const verdict = await readZipInto(collector, bytes, { maxBytes: 16 * 1024 * 1024, format });
  if (!verdict.ok) throw new Error(verdict.message);
  return ok(collector.result());
}

const importAll = (userId: string, parsed: Extract<ParsedImport, { ok: true }>) =>
  importEntries(userId, parsed.records, () => {}, parsed);

/** What the worker does after an import: read the new entries (grouping their themes), then carry their marks. */
async function readLikeTheWorker(userId: string) {
  await analyzeEntries(userId, await staleAnalyses(userId));
  await carryEntryMarksToThemes(userId);
}

describe("moving in", () => {
  it("imports a Day One zip, and importing it again changes nothing", async () => {
    const user = await createUser("dayone@example.com");
    const parsed = await fromZip(await dayOneZip());
    const first = await importAll(user, parsed);
    expect(first).toMatchObject({ imported: 2, unchanged: 0, conflicts: [] });
    const day = await getEntryByDate(user, "2024-03-01");
    expect(day?.body).toMatch(/^Woke before the alarm\.\n\n# Morning/);
    expect(day?.tags).toEqual(["morning pages", "starred", "walks"]);

    const again = await importAll(user, await fromZip(await dayOneZip()));
    expect(again).toMatchObject({ imported: 0, unchanged: 2, conflicts: [] });
    expect(await db.entry.count({ where: { userId: user } })).toBe(2);
  });

  it("leaves a day the user already wrote as it is, and says so (as the JSON import does)", async () => {
    const user = await createUser("written@example.com");
    await saveEntry(user, "2024-03-05", { body: "My own words about that lunch." });
    const result = await importAll(user, ok(parseImportText(DAY_ONE_JOURNAL, LATEST)));
    expect(result).toMatchObject({ imported: 1, conflicts: ["2024-03-05"] });
    expect((await getEntryByDate(user, "2024-03-05"))?.body).toBe("My own words about that lunch.");
  });

  it("imports a jrnl export and a zipped folder of notes", async () => {
    const user = await createUser("jrnl@example.com");
    expect(await importAll(user, ok(parseImportText(JRNL_EXPORT, LATEST)))).toMatchObject({ imported: 2 });
    expect((await getEntryByDate(user, "2020-08-29"))?.tags).toEqual(["ipsum", "starred", "tagone", "tagtwo"]);

    const notes = await makeZip([
      { name: "Daily/2021-05-01.md", text: "---\ntags: [garden]\nmood: 4\n---\nPlanted beans." },
      { name: "Daily/2021-05-02.md", text: "Rain." },
    ]);
    expect(await importAll(user, await fromZip(notes))).toMatchObject({ imported: 2 });
    expect(await getEntryByDate(user, "2021-05-01")).toMatchObject({
      body: "Planted beans.",
      mood: 4,
      tags: ["garden"],
    });
  });
});

describe("moving out and back in", () => {
  const month = busDriverMonth();
  let alice: string;

  beforeAll(async () => {
    alice = await createUser("alice-moves@example.com");
    await importEntries(
      alice,
      month.map((d, i) => ({ ...d, mood: (i % 5) + 1, tags: i % 3 === 0 ? ["work", "bus"] : [] })),
    );
    await db.user.update({
      where: { id: alice },
      data: { name: "Alice", timeZone: "Europe/Warsaw", summaryEmail: true },
    });
    await readLikeTheWorker(alice);
    const themes = await db.theme.findMany({ where: { userId: alice }, orderBy: { size: "desc" }, take: 2 });
    expect(themes).toHaveLength(2);
    await setThemeMark(alice, themes[0]!.id, "keep", true);
    await setThemeMark(alice, themes[1]!.id, "let-go", true);
  }, 120_000);

  async function markedThemes(userId: string) {
    const marks = await db.memoryMark.findMany({
      where: { userId },
      select: { kind: true, atDate: true, theme: { select: { sentences: { select: { text: true } } } } },
    });
    return marks
      .map((m) => ({ kind: m.kind, atDate: m.atDate, sentences: (m.theme?.sentences ?? []).map((s) => s.text).sort() }))
      .sort((a, b) => a.kind.localeCompare(b.kind));
  }

  it("Cellstate's JSON export into a fresh account gives the same journal, settings and marks", async () => {
    const exported = await exportJournal(alice);
    expect(exported.entries).toHaveLength(month.length);
    expect(exported.marks.map((m) => m.kind).sort()).toEqual(["keep", "let-go"]);

    const bob = await createUser("bob-moves@example.com");
    const parsed = ok(parseImportText(JSON.stringify(exported), LATEST));
    const result = await importAll(bob, parsed);
    expect(result).toMatchObject({ imported: month.length, settingsApplied: true, marks: 2 });
    await readLikeTheWorker(bob);

    const again = await exportJournal(bob, new Date(exported.exportedAt));
    expect(again).toEqual(exported);
    // The marks are on the same themes: the same sentences, regrouped in Bob's account.
    const [theirs, ours] = [await markedThemes(bob), await markedThemes(alice)];
    expect(theirs).toEqual(ours);
    expect(ours[0]!.sentences.length).toBeGreaterThan(1);

    // A second import adds nothing: no entry, no mark, and the settings are not touched again.
    const second = await importAll(bob, parsed);
    expect(second).toMatchObject({ imported: 0, unchanged: month.length, settingsApplied: false, marks: 0 });
    expect(await db.memoryMark.count({ where: { userId: bob } })).toBe(2);
  }, 120_000);

  it("an account that already has a journal keeps its own settings", async () => {
    const carol = await createUser("carol-moves@example.com");
    await saveEntry(carol, "2020-01-01", { body: "Mine." });
    const parsed = ok(parseImportText(JSON.stringify(await exportJournal(alice)), LATEST));
    expect(await importAll(carol, parsed)).toMatchObject({ settingsApplied: false });
    expect(await db.user.findUnique({ where: { id: carol }, select: { timeZone: true } })).toEqual({ timeZone: "UTC" });
  });

  it("the Markdown zip reads back to the same entries", async () => {
    const zip = await new Response(markdownZip(await exportEntries(alice), "cellstate-2026-12-01")).arrayBuffer();
    const parsed = await fromZip(new Uint8Array(zip));
    expect(parsed.format).toBe("markdown");
    expect(parsed.records).toEqual(await exportEntries(alice));
  });
});
