// The panel's three lists from theme readings: which worries are listed as still running, and when the memory
// may say one faded.
import { describe, expect, it } from "vitest";
import { evidenceOf, surfaceThemes, SURFACE } from "@/lib/memory/surface";
import type { ThemeOccurrence, ThemeReading } from "@/lib/memory/theme-reading";

const TODAY = "2026-11-30";

function occurrence(date: string, rumination: number, valence: number): ThemeOccurrence {
  return {
    entryId: `e-${date}`,
    index: 0,
    date,
    position: 0,
    text: `a sentence of ${date}`,
    lang: "en",
    share: 1,
    valence,
    lesson: 0.02,
    rumination,
    distress: 0,
    selfFocus: true,
    cues: [],
  };
}

function worry(id: string, dates: string[], rumination: number, valence: number, logRetention = -0.1): ThemeReading {
  return {
    id,
    kind: "worry",
    occurrences: dates.map((d) => occurrence(d, rumination, valence)),
    days: dates,
    returns: dates.length - 1,
    lastDate: dates.at(-1)!,
    memoryShare: 0.1,
    logRetention,
    heldLikeAgeDays: null,
    pinned: false,
    letGo: null,
  };
}

const evidence = (t: ThemeReading) => evidenceOf(t, () => null, null);

describe("surfaceThemes", () => {
  it("lists a plain worry that keeps coming back even when the valence lexicon reads it as neutral", () => {
    const days = ["2026-11-10", "2026-11-17", "2026-11-26"];
    const plain = worry("plain", days, SURFACE.plainWorry + 0.05, 0.2);
    const mild = worry("mild", days, SURFACE.plainWorry - 0.2, 0.2);
    const negative = worry("negative", days, SURFACE.plainWorry - 0.2, -0.4);
    const { letGo } = surfaceThemes([plain, mild, negative], TODAY, 30, evidence);
    expect(letGo.map((i) => i.theme.id).sort()).toEqual(["negative", "plain"]);
  });

  it("says a worry faded only when the memory can tell (a trained model), never one seen lately", () => {
    const old = worry("old", ["2026-09-01", "2026-09-08"], 0.8, -0.5, Math.log(0.2));
    const recent = worry("recent", ["2026-09-01", "2026-11-20"], 0.8, -0.5, Math.log(0.2));
    const yearsAgo = worry("years-ago", ["2023-03-01", "2023-03-08"], 0.9, -0.6, Math.log(0.01));
    const trained = surfaceThemes([old, recent, yearsAgo], TODAY, 40, evidence);
    // A worry that faded years ago is no news: only this year's fading is listed.
    expect(trained.alreadyLetGo.map((i) => i.theme.id)).toEqual(["old"]);
    expect(trained.letGo.map((i) => i.theme.id)).toEqual(["recent"]);
    const prior = surfaceThemes([old, recent], TODAY, 20, evidence, { fading: false });
    expect(prior.alreadyLetGo).toEqual([]);
    expect(prior.letGo.map((i) => i.theme.id)).toEqual(["recent"]);
  });

  it("still lists what the user let go of when the memory cannot tell what faded", () => {
    const released = {
      ...worry("released", ["2026-09-01", "2026-09-08"], 0.8, -0.5),
      letGo: { date: "2026-09-09", returnsSince: 0 },
    };
    const { alreadyLetGo } = surfaceThemes([released], TODAY, 20, evidence, { fading: false });
    expect(alreadyLetGo.map((i) => [i.theme.id, i.reason])).toEqual([["released", "released"]]);
  });
});
