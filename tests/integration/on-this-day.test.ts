// On This Day and Similar entries on a real database, with the memory's real reading (analysis, themes, the panel).
import { describe, expect, it } from "vitest";
import { saveEntry } from "@/lib/journal/entries";
import { afterEntrySaved } from "@/lib/journal/memory-hooks";
import { readMemoryPanel } from "@/lib/journal/memory-panel";
import { onThisDay } from "@/lib/journal/on-this-day";
import { similarEntries } from "@/lib/journal/similar-entries";
import { createUser } from "../setup/users";

let accounts = 0;
const freshUser = (name: string) => createUser(`${name}-${++accounts}@past.example.com`);

async function write(userId: string, date: string, body: string) {
  const entry = await saveEntry(userId, date, { body });
  await afterEntrySaved(userId, entry);
  return entry;
}

const WORRY = "I keep replaying the failed presentation and I can't stop thinking about how I messed it up.";

describe("on this day", () => {
  it("lists the same date in earlier years and the same day in the eleven months before, newest first", async () => {
    const alice = await freshUser("alice");
    for (const date of ["2024-03-14", "2025-03-14", "2025-04-14", "2026-02-14", "2026-03-13", "2025-02-14"])
      await write(alice, date, `A walk on ${date}.`);
    await write(alice, "2026-03-14", "Today.");
    const found = await onThisDay(alice, "2026-03-14", await readMemoryPanel(alice, "2026-03-14"));
    expect(found.map((e) => [e.date, e.years, e.months])).toEqual([
      ["2026-02-14", 0, 1],
      ["2025-04-14", 0, 11],
      ["2025-03-14", 1, 0],
      ["2024-03-14", 2, 0],
    ]);
    // Another user's entries on the same dates are not theirs to see.
    const bob = await freshUser("bob");
    expect(await onThisDay(bob, "2026-03-14", await readMemoryPanel(bob, "2026-03-14"))).toEqual([]);
  });

  it("skips days a month does not have, and says what became of each entry's theme", async () => {
    const alice = await freshUser("alice");
    await write(alice, "2025-03-31", WORRY);
    await write(
      alice,
      "2025-06-02",
      "Again I keep replaying the failed presentation, can't stop thinking how I messed it up.",
    );
    await write(alice, "2025-07-31", "A quiet day in the garden with the tomatoes.");
    const day = "2025-08-31";
    const memory = await readMemoryPanel(alice, day);
    const found = await onThisDay(alice, day, memory);
    // No 31 June, April, February…: only March and July hold a 31st before August.
    expect(found.map((e) => e.date)).toEqual(["2025-07-31", "2025-03-31"]);
    const march = found.find((e) => e.date === "2025-03-31")!;
    expect(march.fate).not.toBeNull();
    const listed = memory.state === "ready" ? [...memory.letGo, ...memory.alreadyLetGo, ...memory.keep] : [];
    // The worry came back on 2 June: whichever list the memory puts it in, that is the last time it was written.
    if (march.fate!.kind === "returns" || march.fate!.kind === "faded") {
      expect(listed.length).toBeGreaterThan(0);
      expect(march.fate!.lastDate).toBe("2025-06-02");
    } else expect(march.fate).toMatchObject({ kind: "again", lastDate: "2025-06-02", days: 1 });
    const july = found.find((e) => e.date === "2025-07-31")!;
    expect(july.fate === null || july.fate.kind === "not-since").toBe(true);
  });
});

describe("similar entries", () => {
  it("puts the entry that shares a theme first, marks where the theme began, and never another user's", async () => {
    const [alice, bob] = await Promise.all([freshUser("alice"), freshUser("bob")]);
    const first = await write(alice, "2026-01-05", WORRY);
    await write(alice, "2026-01-06", "We cooked soup and watched the rain over the hills.");
    await write(alice, "2026-01-07", "Bought new shoes, then a long walk by the river with my sister.");
    const latest = await write(
      alice,
      "2026-01-09",
      "I keep replaying the failed presentation; can't stop thinking I messed it up.",
    );
    await write(bob, "2026-01-08", WORRY);
    const similar = await similarEntries(alice, latest.id, 5);
    expect(similar[0]).toMatchObject({ id: first.id, themeStart: true });
    // The rest of the journal is only there when it is near enough in meaning to say so.
    for (const s of similar.slice(1)) expect(s.similarity).toBeGreaterThanOrEqual(0.2);
    expect(similar.map((s) => s.id)).not.toContain(latest.id);
    expect(similar[0]!.sharedQuote).toContain("replaying");
    expect(await similarEntries(bob, latest.id, 5)).toEqual([]);
  });
});
