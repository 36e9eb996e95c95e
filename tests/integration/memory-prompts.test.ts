// Prompts drawn from the memory, on real parts (a real SQLite file, the offline word vectors, the stored themes and
// marks): a worry let go of is asked about once it has settled, with whether it came back; a lesson the panel keeps
// is asked about once it is weeks old; another user's memory gives nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../setup/users";
import { busDriverMonth } from "./small-journals";
import { db } from "@/lib/db";
import { addDays } from "@/lib/dates";
import { saveEntry } from "@/lib/journal/entries";
import { importEntries } from "@/lib/journal/import";
import { afterEntrySaved } from "@/lib/journal/memory-hooks";
import { setThemeMark } from "@/lib/journal/memory-marks";
import { readMemoryPanel } from "@/lib/journal/memory-panel";
import { LESSON_AGE_DAYS, memoryPrompts } from "@/lib/journal/memory-prompts";
import { retrainMemory } from "@/lib/journal/memory-training";

const month = busDriverMonth("2026-10-01", 26);
const last = month.at(-1)!.date;
let userId: string;

beforeAll(async () => {
  userId = await createUser("driver@example.com");
  await importEntries(
    userId,
    month.map((d) => ({ ...d, tags: [] })),
  );
  await retrainMemory(userId);
}, 120_000);

async function ready(day: string) {
  const panel = await readMemoryPanel(userId, day);
  if (panel.state !== "ready") throw new Error("panel not ready");
  return panel;
}

describe("memory prompts", () => {
  it("asks whether a lesson the panel keeps held, once it was written weeks ago", async () => {
    // Four days after the last entry, the first lesson (6 October) is three weeks old.
    const day = addDays(last, 4);
    const panel = await ready(day);
    const prompts = (await memoryPrompts(userId, day, panel)).filter((p) => p.kind === "lesson");
    const oldKept = panel.keep.filter((k) => k.quotes[0]!.date <= addDays(day, -LESSON_AGE_DAYS));
    expect(oldKept.length, JSON.stringify(panel.keep)).toBeGreaterThan(0);
    expect(prompts.map((p) => p.themeId)).toEqual(oldKept.slice(0, 3).map((k) => k.themeId));
    expect(prompts[0]).toMatchObject({ writtenOn: "2026-10-06", quote: expect.stringMatching(/temper/) });
    // On the day of the lesson itself, it is too new to ask about.
    const early = await ready(addDays("2026-10-01", 6));
    expect((await memoryPrompts(userId, early.day.date, early)).filter((p) => p.kind === "lesson")).toEqual([]);
  });

  it("asks about a worry let go of once it has settled, and says whether it came back since", async () => {
    const panel = await ready(last);
    const worry = panel.letGo.find((i) => i.quotes.some((q) => q.text.includes("Marek")));
    expect(worry, JSON.stringify(panel.letGo)).toBeDefined();
    expect(await setThemeMark(userId, worry!.themeId, "let-go", true)).toBe(true);
    const letGoOf = async (now: Date) =>
      (await memoryPrompts(userId, last, await ready(last), now)).filter((p) => p.kind === "let-go");

    // Just let go: not asked yet. Two weeks on: asked, and it has not come back.
    expect(await letGoOf(new Date())).toEqual([]);
    const later = new Date(Date.now() + 14 * 86_400_000);
    const [asked] = await letGoOf(later);
    expect(asked).toMatchObject({ kind: "let-go", themeId: worry!.themeId, returnedOn: 0 });
    expect(asked?.kind === "let-go" && asked.quote).toMatch(/Marek/);

    // It comes back on two days (in the theme's own words, so grouping is not what is tested here).
    const own = worry!.quotes[0]!.text;
    for (const k of [1, 2]) {
      const entry = await saveEntry(userId, addDays(last, k), { body: `Long shift. ${own}`, mood: 2 });
      await afterEntrySaved(userId, entry);
    }
    const [back] = await letGoOf(later);
    expect(back).toMatchObject({ themeId: worry!.themeId, returnedOn: 2 });
  }, 60_000);

  it("reads nothing of another user's memory", async () => {
    const other = await createUser("other@example.com");
    const later = new Date(Date.now() + 30 * 86_400_000);
    expect(await memoryPrompts(other, last, await readMemoryPanel(other, last), later)).toEqual([]);
    expect(await db.memoryMark.count({ where: { userId: other } })).toBe(0);
  });
});
