// What a save costs the server: a long entry is left to the memory worker, and the full reading (sentences,
// cues, embedding, grouping into themes, on a real SQLite file) grows linearly with hostile text.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { analyzeEntry, staleAnalyses } from "@/lib/journal/analysis";
import { saveEntry } from "@/lib/journal/entries";
import { afterEntrySaved, INLINE_ANALYSIS_MAX_BYTES } from "@/lib/journal/memory-hooks";
import { ADVERSARIAL_SHAPES } from "../fixtures/adversarial-text";
import { LARGE_BYTES, measureGrowth, SMALL_BYTES } from "../setup/growth";

let users = 0;
// A user row without a password hash worth checking: these tests never sign in, and argon2 would dominate.
async function freshUser(): Promise<string> {
  const user = await db.user.create({ data: { email: `reader${users++}@example.com`, passwordHash: "-" } });
  return user.id;
}

async function readOnce(body: string): Promise<void> {
  const userId = await freshUser();
  const entry = await db.entry.create({ data: { userId, date: "2026-02-01", body } });
  await analyzeEntry(userId, entry);
}

describe("reading an entry", () => {
  it("writes nothing for an entry that is not the user's, and the analysis of one that is", async () => {
    const owner = await freshUser();
    const other = await freshUser();
    const entry = await db.entry.create({ data: { userId: owner, date: "2026-02-04", body: "I learned to rest." } });
    await analyzeEntry(other, entry);
    expect(await db.entryAnalysis.count({ where: { entryId: entry.id } })).toBe(0);
    expect(await db.themeSentence.count({ where: { entryId: entry.id } })).toBe(0);
    await analyzeEntry(owner, entry);
    expect(await db.entryAnalysis.findUnique({ where: { entryId: entry.id }, select: { userId: true } })).toEqual({
      userId: owner,
    });
  });
});

describe("saving an entry", () => {
  it("reads a short entry at once and leaves a long one, stored, to the worker", async () => {
    const userId = await freshUser();
    const short = await saveEntry(userId, "2026-02-02", { body: "I learned to ask for help early." });
    await afterEntrySaved(userId, short);
    const long = await saveEntry(userId, "2026-02-03", { body: "I kept thinking about it. ".repeat(200) });
    expect(Buffer.byteLength(long.body)).toBeGreaterThan(INLINE_ANALYSIS_MAX_BYTES);
    await afterEntrySaved(userId, long);

    const analysed = await db.entryAnalysis.findMany({ where: { userId }, select: { entryId: true } });
    expect(analysed.map((a) => a.entryId)).toEqual([short.id]);
    expect((await staleAnalyses(userId)).map((e) => e.id)).toEqual([long.id]);
    expect(await db.trainingJob.findUnique({ where: { userId }, select: { status: true } })).toEqual({
      status: "queued",
    });
  });
});

describe("the full reading of an entry grows linearly", () => {
  const shapes = ["English prose", '"*a " repeated', "nested list", "Chinese without punctuation", "a line of |"];
  for (const shape of ADVERSARIAL_SHAPES.filter((s) => shapes.includes(s.name))) {
    it(
      shape.name,
      async () => {
        await readOnce("Warm up: I should have asked for help.");
        const small = shape.make(SMALL_BYTES);
        const large = shape.make(LARGE_BYTES);
        const measured = await measureGrowth(
          () => readOnce(small),
          () => readOnce(large),
          { smallRuns: 2, largeRuns: 2 },
        );
        expect(measured.largeMs, JSON.stringify(measured)).toBeLessThan(measured.allowedMs);
      },
      90_000,
    );
  }
});
