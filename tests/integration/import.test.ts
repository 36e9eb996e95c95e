import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../setup/users";
import { db } from "@/lib/db";
import { addDays } from "@/lib/dates";
import { countEntries, getEntryByDate, saveEntry } from "@/lib/journal/entries";
import { importEntries, type ImportProgress } from "@/lib/journal/import";
import { parseImportData, parseImportText, type JournalRecord } from "@/lib/validations/import";

// Far enough ahead that no test record counts as a future day.
const LATEST = { latestDay: "2099-12-31" };
const parseText = (text: string) => parseImportText(text, LATEST);
const parseData = (data: unknown) => parseImportData(data, LATEST);

let alice: string;
let bob: string;

beforeAll(async () => {
  alice = await createUser("alice@example.com");
  bob = await createUser("bob@example.com");
});

// Records as the route and the CLI get them: through the validation, which normalises tags.
function valid(data: unknown[]): JournalRecord[] {
  const parsed = parseData(data);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.records;
}

async function tagNames(userId: string): Promise<string[]> {
  return (await db.tag.findMany({ where: { userId }, orderBy: { name: "asc" }, select: { name: true } })).map(
    (t) => t.name,
  );
}

describe("whole-file validation", () => {
  it("reports every bad record by index and yields nothing to import", () => {
    const parsed = parseText(
      JSON.stringify([
        { date: "2025-01-01", body: "fine" },
        { date: "2025-02-30", body: "no such day" },
        { date: "2025-01-03", body: "fine too" },
        { date: "2025-01-04", body: "", mood: 9 },
      ]),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => [p.index, p.field])).toEqual([
      [1, "date"],
      [3, "body"],
      [3, "mood"],
    ]);
    expect(parsed).not.toHaveProperty("records");
  });

  it("reports a day that appears twice in the file", () => {
    const parsed = parseData([
      { date: "2025-01-01", body: "one" },
      { date: "2025-01-02", body: "two" },
      { date: "2025-01-01", body: "one again" },
    ]);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      { index: 2, field: "date", message: expect.stringContaining("2025-01-01 appears twice (also record 0)") },
    ]);
  });
});

describe("importEntries", () => {
  const file = valid([
    { date: "2025-05-01", body: "A walk by the river", mood: 4, tags: ["Outside", "walk"] },
    { date: "2025-05-02", body: "Long day at work", mood: 2, tags: ["work"] },
    { date: "2025-05-03", body: "Quiet Sunday" },
  ]);

  it("imports new days, and importing the same file again adds nothing", async () => {
    const first = await importEntries(alice, file);
    expect(first).toMatchObject({ imported: 3, unchanged: 0, conflicts: [] });
    const again = await importEntries(alice, file);
    expect(again).toMatchObject({ imported: 0, unchanged: 3, conflicts: [] });
    expect(await countEntries(alice)).toBe(3);
    expect(await getEntryByDate(alice, "2025-05-01")).toMatchObject({
      body: "A walk by the river",
      mood: 4,
      tags: ["outside", "walk"],
    });
    expect(await getEntryByDate(alice, "2025-05-03")).toMatchObject({ mood: null, tags: [] });
  });

  it("leaves a day that already has a different entry as it is and reports it", async () => {
    await saveEntry(alice, "2025-06-10", { body: "What I really wrote", mood: 5, tags: ["mine"] });
    const result = await importEntries(
      alice,
      valid([
        { date: "2025-06-09", body: "New day" },
        { date: "2025-06-10", body: "An older draft", mood: 1, tags: ["draft"] },
      ]),
    );
    expect(result).toMatchObject({ imported: 1, unchanged: 0, conflicts: ["2025-06-10"] });
    expect(await getEntryByDate(alice, "2025-06-10")).toMatchObject({
      body: "What I really wrote",
      mood: 5,
      tags: ["mine"],
    });
    // The conflicting record's tag was never needed, so it was not created.
    expect(await tagNames(alice)).not.toContain("draft");
  });

  it("creates each tag once, reuses existing ones and keeps them per user", async () => {
    await saveEntry(bob, "2025-07-01", { body: "Bob already has a work tag", tags: ["work"] });
    await importEntries(
      bob,
      valid([
        { date: "2025-07-02", body: "a", tags: ["Work", "family"] },
        { date: "2025-07-03", body: "b", tags: ["family", "work "] },
        { date: "2025-07-04", body: "c", tags: ["family"] },
      ]),
    );
    expect(await tagNames(bob)).toEqual(["family", "work"]);
    expect((await getEntryByDate(bob, "2025-07-03"))?.tags).toEqual(["family", "work"]);
    expect((await getEntryByDate(bob, "2025-07-04"))?.tags).toEqual(["family"]);
    const work = await db.tag.findUniqueOrThrow({
      where: { userId_name: { userId: bob, name: "work" } },
      select: { _count: { select: { entries: true } } },
    });
    expect(work._count.entries).toBe(3);
    // Alice's tags are her own: her "work" tag did not gain Bob's entries.
    const alicesWork = await db.tag.findUniqueOrThrow({
      where: { userId_name: { userId: alice, name: "work" } },
      select: { _count: { select: { entries: true } } },
    });
    expect(alicesWork._count.entries).toBe(1);
  });

  it("imports nothing at all when it fails part-way", async () => {
    const user = await createUser("carol@example.com");
    const records = valid(
      Array.from({ length: 1200 }, (_, i) => ({ date: addDays("2020-01-01", i), body: `Day ${i}`, tags: ["t"] })),
    );
    // A throwing progress callback stands in for any failure after the first chunk was written.
    const failing = (p: ImportProgress) => {
      if (p.done > 0 && p.done < p.total) throw new Error("disk full");
    };
    await expect(importEntries(user, records, failing)).rejects.toThrow("disk full");
    expect(await countEntries(user)).toBe(0);
    expect(await tagNames(user)).toEqual([]);
  });

  it("imports 3,000 entries", async () => {
    const user = await createUser("dave@example.com");
    const tags = ["work", "family", "sleep", "sport", "reading"];
    const records = valid(
      Array.from({ length: 3000 }, (_, i) => ({
        date: addDays("2015-01-01", i),
        body: `Entry ${i}. ${"Today I noticed something small and kept it. ".repeat(10)}`,
        mood: (i % 5) + 1,
        tags: i % 3 === 0 ? [] : [tags[i % 5]!, tags[(i + 1) % 5]!],
      })),
    );
    const progress: ImportProgress[] = [];
    const started = performance.now();
    const result = await importEntries(user, records, (p) => progress.push(p));
    console.log(`Imported 3,000 entries in ${Math.round(performance.now() - started)} ms`);

    expect(result).toMatchObject({ imported: 3000, unchanged: 0, conflicts: [] });
    expect(await countEntries(user)).toBe(3000);
    expect(progress.at(-1)).toEqual({ done: 3000, total: 3000 });
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
    expect(await getEntryByDate(user, addDays("2015-01-01", 2999))).toMatchObject({
      mood: 5,
      tags: ["reading", "work"],
    });
    const links = await db.tag.findMany({
      where: { userId: user },
      select: { _count: { select: { entries: true } } },
    });
    expect(links.reduce((sum, t) => sum + t._count.entries, 0)).toBe(2000 * 2);
  });
});
