// The server keeps a user's themes decoded between saves (lib/journal/themes-cache.ts). The database stays the
// truth: a theme another process wrote since (the memory worker, another server on PostgreSQL) is read again.
import { describe, expect, it } from "vitest";
import { createUser } from "../setup/users";
import { db } from "@/lib/db";
import { saveEntry } from "@/lib/journal/entries";
import { analyzeEntry } from "@/lib/journal/analysis";

const worry = "I keep replaying the argument with Marek about the rota, and my stomach turns every time.";

async function saveAndRead(userId: string, date: string, body: string) {
  const entry = await saveEntry(userId, date, { body, mood: null });
  await analyzeEntry(userId, entry);
  return db.themeSentence.findMany({ where: { userId, entryId: entry.id }, select: { themeId: true } });
}

describe("themes kept between saves", () => {
  it("joins a theme as stored, and sees another process's change to it", async () => {
    const userId = await createUser("cache@example.com");
    const [first] = await saveAndRead(userId, "2026-10-01", worry);
    // Read once more through the kept copy: the same words join the same theme.
    const [second] = await saveAndRead(userId, "2026-10-02", worry);
    expect(second!.themeId).toBe(first!.themeId);
    const stored = await db.theme.findUniqueOrThrow({ where: { id: first!.themeId } });
    expect(stored.revision).toBeGreaterThan(0);

    // Another process empties the theme's words and sums (as a regrouping elsewhere would), bumping its revision.
    await db.theme.update({
      where: { id: first!.themeId },
      data: { tokens: "{}", sum: new Uint8Array(stored.sum.length), revision: { increment: 1 } },
    });
    const [third] = await saveAndRead(userId, "2026-10-03", worry);
    // Nothing of it is left to join: the sentence founds a theme of its own instead of joining the kept copy.
    expect(third!.themeId).not.toBe(first!.themeId);
  });
});
