// Tags on a real database: counts, rename (to a name already taken: refused), merge (every entry keeps its other
// tags and gets the merged-into one once), delete (the entries stay), and another user's tags out of reach.
import { describe, expect, it } from "vitest";
import { getEntryByDate, listEntries, saveEntry } from "@/lib/journal/entries";
import { createTag, deleteTag, getTagByName, listTags, mergeTags, renameTag } from "@/lib/journal/tags";
import { createUser } from "../setup/users";

let accounts = 0;
const freshUser = (name: string) => createUser(`${name}-${++accounts}@tags.example.com`);
const idOf = async (userId: string, name: string) => (await getTagByName(userId, name))!.id;

describe("tags", () => {
  it("are listed with how many entries each has, and filter the entry list", async () => {
    const alice = await freshUser("alice");
    await saveEntry(alice, "2026-03-01", { body: "One", tags: ["work", "sleep"] });
    await saveEntry(alice, "2026-03-02", { body: "Two", tags: ["work"] });
    expect(await createTag(alice, "later")).toBe("created");
    expect(await createTag(alice, "later")).toBe("exists");
    expect((await listTags(alice)).map((t) => [t.name, t.count])).toEqual([
      ["later", 0],
      ["sleep", 1],
      ["work", 2],
    ]);
    const work = await listEntries(alice, { page: 1, pageSize: 10, tag: "work" });
    expect(work.entries.map((e) => e.date)).toEqual(["2026-03-02", "2026-03-01"]);
    expect((await listEntries(alice, { page: 1, pageSize: 10, tag: "sleep" })).total).toBe(1);
  });

  it("rename, and a rename to a name already taken is refused and changes nothing", async () => {
    const alice = await freshUser("alice");
    await saveEntry(alice, "2026-03-01", { body: "One", tags: ["wrk", "home"] });
    expect(await renameTag(alice, await idOf(alice, "wrk"), "work")).toBe("renamed");
    expect((await getEntryByDate(alice, "2026-03-01"))!.tags).toEqual(["home", "work"]);
    expect(await renameTag(alice, await idOf(alice, "work"), "home")).toBe("exists");
    expect((await getEntryByDate(alice, "2026-03-01"))!.tags).toEqual(["home", "work"]);
  });

  it("merge: every entry keeps its other tags and has the merged-into tag once", async () => {
    const alice = await freshUser("alice");
    await saveEntry(alice, "2026-03-01", { body: "Only old", tags: ["jog", "health"] });
    await saveEntry(alice, "2026-03-02", { body: "Both", tags: ["jog", "running"] });
    await saveEntry(alice, "2026-03-03", { body: "Only new", tags: ["running", "park"] });
    await saveEntry(alice, "2026-03-04", { body: "Neither", tags: ["rest"] });
    const jog = await idOf(alice, "jog");
    const running = await idOf(alice, "running");
    expect(await mergeTags(alice, jog, jog)).toEqual({ result: "same" });
    expect(await mergeTags(alice, jog, running)).toEqual({ result: "merged", into: "running" });
    const tagsOn = async (date: string) => (await getEntryByDate(alice, date))!.tags;
    expect(await tagsOn("2026-03-01")).toEqual(["health", "running"]);
    expect(await tagsOn("2026-03-02")).toEqual(["running"]);
    expect(await tagsOn("2026-03-03")).toEqual(["park", "running"]);
    expect(await tagsOn("2026-03-04")).toEqual(["rest"]);
    expect(await getTagByName(alice, "jog")).toBeNull();
    expect((await getTagByName(alice, "running"))!.count).toBe(3);
  });

  it("delete takes the tag off its entries and leaves them", async () => {
    const alice = await freshUser("alice");
    await saveEntry(alice, "2026-03-01", { body: "Kept", tags: ["gone", "stays"] });
    expect(await deleteTag(alice, await idOf(alice, "gone"))).toBe(true);
    expect(await getEntryByDate(alice, "2026-03-01")).toMatchObject({ body: "Kept", tags: ["stays"] });
  });

  it("another user's tag cannot be renamed, merged, merged into or deleted", async () => {
    const [alice, bob] = await Promise.all([freshUser("alice"), freshUser("bob")]);
    await saveEntry(alice, "2026-03-01", { body: "Alice", tags: ["private"] });
    await saveEntry(bob, "2026-03-01", { body: "Bob", tags: ["mine"] });
    const hers = await idOf(alice, "private");
    const his = await idOf(bob, "mine");
    expect(await renameTag(bob, hers, "taken")).toBe("not-found");
    expect(await mergeTags(bob, hers, his)).toEqual({ result: "not-found" });
    expect(await mergeTags(bob, his, hers)).toEqual({ result: "not-found" });
    expect(await deleteTag(bob, hers)).toBe(false);
    expect(await listTags(alice)).toEqual([{ id: hers, name: "private", count: 1 }]);
    expect((await getEntryByDate(bob, "2026-03-01"))!.tags).toEqual(["mine"]);
    expect((await listEntries(bob, { page: 1, pageSize: 10, tag: "private" })).total).toBe(0);
  });
});
