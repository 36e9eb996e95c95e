// Search on a real database file (and, in the PostgreSQL pass, on PostgreSQL's full-text index): words found by
// their stems, Chinese words of one and two characters, filters, paging, another user's entries never found, and
// hostile queries answered with results, not errors.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteEntry, saveEntry } from "@/lib/journal/entries";
import { searchEntries, type SearchFilters } from "@/lib/journal/search";
import { indexAllUnsearchedEntries, unsearchedCount } from "@/lib/journal/search-index";
import { createUser } from "../setup/users";

let accounts = 0;
const freshUser = (name: string) => createUser(`${name}-${++accounts}@search.example.com`);

async function datesFound(userId: string, query: string, filters: SearchFilters = {}) {
  const { hits } = await searchEntries(userId, query, filters, { page: 1, pageSize: 50 });
  return hits.map((h) => h.date).sort();
}

const marked = (parts: { text: string; hit: boolean }[]) => parts.filter((p) => p.hit).map((p) => p.text);

describe("search", () => {
  it("finds English words by their stem, every word of the query, and marks them in the snippet", async () => {
    const alice = await freshUser("alice");
    await saveEntry(alice, "2026-03-01", { body: "I walked along the river and kept **walking** until dark." });
    await saveEntry(alice, "2026-03-02", { body: "A walk to the shop. The river was high." });
    await saveEntry(alice, "2026-03-03", { body: "Stayed in and read all day." });
    expect(await datesFound(alice, "walks")).toEqual(["2026-03-01", "2026-03-02"]);
    expect(await datesFound(alice, "Walking RIVER")).toEqual(["2026-03-01", "2026-03-02"]);
    expect(await datesFound(alice, "walking dark")).toEqual(["2026-03-01"]);
    expect(await datesFound(alice, "swimming")).toEqual([]);
    const { hits } = await searchEntries(alice, "walk", {}, { page: 1, pageSize: 10 });
    const first = hits.find((h) => h.date === "2026-03-01")!;
    expect(marked(first.snippet)).toEqual(["walked", "walking"]);
    expect(first.snippet.map((p) => p.text).join("")).not.toContain("**");
  });

  it("finds Chinese words of one and two characters, and words the segmenter cut another way", async () => {
    const alice = await freshUser("alice");
    await saveEntry(alice, "2026-04-01", { body: "我总是忍不住回想那次演示失败。" });
    await saveEntry(alice, "2026-04-02", { body: "今天和妈妈散步，心里很安静。" });
    await saveEntry(alice, "2026-04-03", { body: "The demo failed again. 失败也没关系。" });
    expect(await datesFound(alice, "失败")).toEqual(["2026-04-01", "2026-04-03"]);
    expect(await datesFound(alice, "回想")).toEqual(["2026-04-01"]);
    expect(await datesFound(alice, "妈")).toEqual(["2026-04-02"]);
    expect(await datesFound(alice, "心")).toEqual(["2026-04-02"]);
    // 不住 is inside the segmenter's 忍不住: found by its characters in a row, not by a word the index lacks.
    expect(await datesFound(alice, "不住")).toEqual(["2026-04-01"]);
    expect(await datesFound(alice, "演示 失败")).toEqual(["2026-04-01"]);
    expect(await datesFound(alice, "失败 demo")).toEqual(["2026-04-03"]);
    // A word that shares a character with one that is there (失望, 失败) is another word.
    expect(await datesFound(alice, "失望")).toEqual([]);
    const { hits } = await searchEntries(alice, "不住", {}, { page: 1, pageSize: 10 });
    expect(marked(hits[0]!.snippet)).toEqual(["不住"]);
  });

  it("filters by tag, mood and dates, with or without words", async () => {
    const alice = await freshUser("alice");
    await saveEntry(alice, "2026-05-01", { body: "Work was long.", mood: 2, tags: ["work"] });
    await saveEntry(alice, "2026-05-02", { body: "Work went well.", mood: 4, tags: ["work", "team"] });
    await saveEntry(alice, "2026-05-03", { body: "A quiet day of work at home.", mood: 4 });
    await saveEntry(alice, "2026-05-04", { body: "Nothing about the office.", mood: 4, tags: ["team"] });
    expect(await datesFound(alice, "work", { tag: "work" })).toEqual(["2026-05-01", "2026-05-02"]);
    expect(await datesFound(alice, "work", { mood: 4 })).toEqual(["2026-05-02", "2026-05-03"]);
    expect(await datesFound(alice, "work", { from: "2026-05-02", to: "2026-05-03" })).toEqual([
      "2026-05-02",
      "2026-05-03",
    ]);
    expect(await datesFound(alice, "", { tag: "team" })).toEqual(["2026-05-02", "2026-05-04"]);
    expect(await datesFound(alice, "", { mood: 4, to: "2026-05-03" })).toEqual(["2026-05-02", "2026-05-03"]);
    expect(await datesFound(alice, "work", { tag: "no-such-tag" })).toEqual([]);
  });

  it("never finds another user's entries, with words or with filters", async () => {
    const [alice, bob] = await Promise.all([freshUser("alice"), freshUser("bob")]);
    await saveEntry(alice, "2026-06-01", { body: "Alice's secret garden", tags: ["garden"], mood: 3 });
    await saveEntry(bob, "2026-06-02", { body: "Bob has no garden", tags: ["garden"], mood: 3 });
    expect(await datesFound(bob, "secret")).toEqual([]);
    expect(await datesFound(bob, "garden")).toEqual(["2026-06-02"]);
    expect(await datesFound(bob, "", { tag: "garden" })).toEqual(["2026-06-02"]);
    expect(await datesFound(bob, "garden", { tag: "garden", mood: 3 })).toEqual(["2026-06-02"]);
  });

  it("finds an entry by its new words after an edit, and no longer after a delete", async () => {
    const alice = await freshUser("alice");
    const first = await saveEntry(alice, "2026-07-01", { body: "Thinking about the harbour." });
    await saveEntry(alice, "2026-07-01", { body: "Thinking about the mountains." });
    expect(await datesFound(alice, "harbour")).toEqual([]);
    expect(await datesFound(alice, "mountain")).toEqual(["2026-07-01"]);
    await deleteEntry(alice, first.id);
    expect(await datesFound(alice, "mountain")).toEqual([]);
  });

  it("answers hostile queries with results, never an error", async () => {
    const alice = await freshUser("alice");
    await saveEntry(alice, "2026-08-01", { body: 'She said "near" and then NEAR the end: a*b OR c; drop table.' });
    const hostile = [
      '"',
      '""',
      "'",
      "NEAR(a b)",
      "near",
      "a*",
      "*",
      "OR",
      "AND NOT",
      "-x",
      "col:near",
      "^near",
      "(((",
      '\')); DROP TABLE "Entry"; --',
      "\\",
      "& | ! <->",
      ":*",
      "🙂",
      "\u0000",
      "x".repeat(200),
      "词".repeat(200),
      "a ".repeat(100),
    ];
    for (const query of hostile) {
      const result = await searchEntries(alice, query, {}, { page: 1, pageSize: 10 });
      expect(result.total, query).toBeGreaterThanOrEqual(0);
    }
    expect(await datesFound(alice, 'NEAR("near" *)')).toEqual(["2026-08-01"]);
    expect(await datesFound(alice, "drop table")).toEqual(["2026-08-01"]);
    expect(await db.entry.count({ where: { userId: alice } })).toBe(1);
  });

  it("pages results best first and clamps a page that does not exist", async () => {
    const alice = await freshUser("alice");
    for (let d = 1; d <= 25; d++)
      await saveEntry(alice, `2026-09-${String(d).padStart(2, "0")}`, { body: `Day ${d}: a lantern.` });
    await saveEntry(alice, "2026-09-26", { body: "Lantern, lantern, lantern: nothing but the lantern." });
    const one = await searchEntries(alice, "lantern", {}, { page: 1, pageSize: 10 });
    expect(one).toMatchObject({ total: 26, page: 1, pages: 3 });
    expect(one.hits[0]!.date).toBe("2026-09-26");
    const last = await searchEntries(alice, "lantern", {}, { page: 1e20, pageSize: 10 });
    expect(last).toMatchObject({ page: 3 });
    expect(last.hits).toHaveLength(6);
    const none = await searchEntries(alice, "lantern", {}, { page: Number.NaN, pageSize: 10 });
    expect(none.page).toBe(1);
    const all = new Set(
      [...one.hits, ...(await searchEntries(alice, "lantern", {}, { page: 2, pageSize: 10 })).hits, ...last.hits].map(
        (h) => h.date,
      ),
    );
    expect(all.size).toBe(26);
  });

  it("indexes entries stored without their terms (an import, or an upgrade) when the worker catches up", async () => {
    const alice = await freshUser("alice");
    await db.entry.create({ data: { userId: alice, date: "2026-10-01", body: "Imported: the old lighthouse." } });
    expect(await unsearchedCount(alice)).toBe(1);
    expect(await datesFound(alice, "lighthouse")).toEqual([]);
    expect(await indexAllUnsearchedEntries()).toBeGreaterThanOrEqual(1);
    expect(await unsearchedCount(alice)).toBe(0);
    expect(await datesFound(alice, "lighthouses")).toEqual(["2026-10-01"]);
    // Terms cut by an older rule are cut again.
    await db.entrySearch.updateMany({ where: { userId: alice }, data: { version: 0, terms: "" } });
    expect(await datesFound(alice, "lighthouse")).toEqual([]);
    await indexAllUnsearchedEntries();
    expect(await datesFound(alice, "lighthouse")).toEqual(["2026-10-01"]);
  });
});
