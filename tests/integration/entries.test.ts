import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../setup/users";
import { deleteEntry, getEntryByDate, getEntryById, listEntries, saveEntry } from "@/lib/journal/entries";

let alice: string;
let bob: string;

beforeAll(async () => {
  alice = await createUser("alice@example.com");
  bob = await createUser("bob@example.com");
});

describe("entries data layer", () => {
  it("saves one entry per day and replaces its text, mood and tags", async () => {
    await saveEntry(alice, "2026-03-01", { body: "First draft", mood: 2, tags: ["work", "sleep"] });
    const saved = await saveEntry(alice, "2026-03-01", { body: "Second draft", mood: 4, tags: ["family"] });
    expect(saved).toMatchObject({ date: "2026-03-01", body: "Second draft", mood: 4, tags: ["family"] });
    const { total } = await listEntries(alice, { page: 1, pageSize: 10 });
    expect(total).toBe(1);
  });

  it("never shows, changes or deletes another user's entry", async () => {
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
    const entry = await saveEntry(alice, "2026-03-03", { body: "To be removed" });
    expect(await deleteEntry(alice, entry.id)).toBe(true);
    expect(await getEntryByDate(alice, "2026-03-03")).toBeNull();
  });

  it("lists newest first with excerpts free of Markdown marks but not of punctuation", async () => {
    await saveEntry(alice, "2026-03-05", {
      body: "# Heading\n\n**bold** words, a [link](https://x.org) and a well-known (quiet) _walk_!\n\n- one\n- two",
    });
    const { entries } = await listEntries(alice, { page: 1, pageSize: 2 });
    expect(entries.map((e) => e.date)).toEqual(["2026-03-05", "2026-03-02"]);
    expect(entries[0]?.excerpt).toBe("Heading · bold words, a link and a well-known (quiet) walk! · one · two");
  });
});
