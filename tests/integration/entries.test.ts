// Each test makes its own accounts and days, so none depends on what another left behind or on the order they run.
import { describe, expect, it } from "vitest";
import { createUser } from "../setup/users";
import { deleteEntry, getEntryByDate, getEntryById, listEntries, saveEntry } from "@/lib/journal/entries";

let accounts = 0;
const freshUser = (name: string) => createUser(`${name}-${++accounts}@example.com`);

describe("entries data layer", () => {
  it("saves one entry per day and replaces its text, mood and tags", async () => {
    const alice = await freshUser("alice");
    await saveEntry(alice, "2026-03-01", { body: "First draft", mood: 2, tags: ["work", "sleep"] });
    const saved = await saveEntry(alice, "2026-03-01", { body: "Second draft", mood: 4, tags: ["family"] });
    expect(saved).toMatchObject({ date: "2026-03-01", body: "Second draft", mood: 4, tags: ["family"] });
    const { total } = await listEntries(alice, { page: 1, pageSize: 10 });
    expect(total).toBe(1);
  });

  it("never shows, changes or deletes another user's entry", async () => {
    const [alice, bob] = await Promise.all([freshUser("alice"), freshUser("bob")]);
    const entry = await saveEntry(alice, "2026-03-02", { body: "Alice's private thought" });
    expect(await getEntryById(bob, entry.id)).toBeNull();
    expect(await getEntryByDate(bob, "2026-03-02")).toBeNull();
    expect(await deleteEntry(bob, entry.id)).toBe(false);
    expect((await listEntries(bob, { page: 1, pageSize: 10 })).total).toBe(0);
    // Bob writing on the same day creates his own entry and leaves Alice's untouched.
    await saveEntry(bob, "2026-03-02", { body: "Bob's day" });
    expect((await getEntryById(alice, entry.id))?.body).toBe("Alice's private thought");
  });

  it("deletes the owner's entry", async () => {
    const alice = await freshUser("alice");
    const entry = await saveEntry(alice, "2026-03-03", { body: "To be removed" });
    expect(await deleteEntry(alice, entry.id)).toBe(true);
    expect(await getEntryByDate(alice, "2026-03-03")).toBeNull();
  });

  it("lists newest first with excerpts free of Markdown marks but not of punctuation", async () => {
    const alice = await freshUser("alice");
    await saveEntry(alice, "2026-03-01", { body: "The oldest" });
    await saveEntry(alice, "2026-03-05", {
      body: "# Heading\n\n**bold** words, a [link](https://x.org) and a well-known (quiet) _walk_!\n\n- one\n- two",
    });
    await saveEntry(alice, "2026-03-02", { body: "Written last, for an earlier day" });
    const { entries } = await listEntries(alice, { page: 1, pageSize: 2 });
    expect(entries.map((e) => e.date)).toEqual(["2026-03-05", "2026-03-02"]);
    expect(entries[0]?.excerpt).toBe("Heading · bold words, a link and a well-known (quiet) walk! · one · two");
  });

  it("clamps a page past the last, or not a whole number, to a real page", async () => {
    const carol = await freshUser("carol");
    for (const day of ["2026-04-01", "2026-04-02", "2026-04-03"]) await saveEntry(carol, day, { body: `On ${day}` });
    // 1e20 once reached Prisma as an offset it could not fit: a 500 on /entries?page=1e20.
    for (const page of [1e20, 3, Infinity]) {
      expect(await listEntries(carol, { page, pageSize: 2 })).toMatchObject({ page: 2, pages: 2, total: 3 });
    }
    for (const page of [0, -5, NaN]) expect((await listEntries(carol, { page, pageSize: 2 })).page).toBe(1);
    expect((await listEntries(carol, { page: 1.7, pageSize: 2 })).entries.map((e) => e.date)).toEqual([
      "2026-04-03",
      "2026-04-02",
    ]);
  });
});
