import { describe, expect, it } from "vitest";
import { formatShortDay } from "@/lib/memory/explain";
import {
  percentiles,
  quantile,
  RECURRENCE_THRESHOLD,
  recurrenceOf,
  recurrenceThreshold,
  recurrenceWithDates,
  surfaceMemory,
  toneOf,
  type EntrySignals,
  type Surface,
} from "@/lib/memory/surface";

// Twelve entries, 1–12 March 2026. By default each wrote strength 1, and older entries are held less
// (retention 0.12 for the first up to 0.98 for the newest), as forget gates make them.
function journal(overrides: Record<number, Partial<EntrySignals>> = {}, count = 12): EntrySignals[] {
  return Array.from({ length: count }, (_, index) => ({
    index,
    entryId: `e${index}`,
    date: `2026-03-${String(index + 1).padStart(2, "0")}`,
    quote: `Quote of entry ${index}.`,
    written: 1,
    retention: Math.round((0.12 + (0.86 * index) / Math.max(1, count - 1)) * 100) / 100,
    valence: 0,
    mood: null,
    lessonScore: 0,
    ruminationScore: 0,
    cues: [],
    recurrence: { count: 0, dates: [] },
    moodContribution: null,
    pinned: false,
    released: false,
    ...overrides[index],
  }));
}

const ids = (items: { entry: EntrySignals }[]) => items.map((item) => item.entry.entryId);

function allIds(surface: Surface): string[] {
  return [...ids(surface.keep), ...ids(surface.letGo), ...ids(surface.alreadyLetGo)];
}

const LESSON: Partial<EntrySignals> = { lessonScore: 1, valence: 0.3, mood: 4, cues: ["learned"] };
const RUMINATION: Partial<EntrySignals> = {
  ruminationScore: 1,
  valence: -0.5,
  mood: 2,
  cues: ["can't stop thinking", "should have"],
  recurrence: { count: 3, dates: ["2026-03-10", "2026-03-11", "2026-03-12"] },
};

describe("surfaceMemory", () => {
  it("sorts entries into Keep, Let go and Already let go by the contract's rules", () => {
    const entries = journal({
      9: LESSON, // well retained lesson
      8: RUMINATION, // well retained, negative, recurring, ruminative
      7: { ...RUMINATION, recurrence: { count: 1, dates: ["2026-03-12"] } }, // comes back only once
      1: { written: 3, valence: -0.4, ruminationScore: 1 }, // written strongly, now faded
      0: { written: 0.5 }, // faded, but never written strongly
      11: { valence: 0.6, mood: 5 }, // newest, pleasant
    });
    const surface = surfaceMemory(entries);
    expect(ids(surface.keep)).toEqual(["e9", "e11"]);
    expect(ids(surface.letGo)).toEqual(["e8"]);
    expect(ids(surface.alreadyLetGo)).toEqual(["e1"]);
    expect(surface.keep.every((item) => item.list === "keep" && item.reason === "signals")).toBe(true);
    expect(surface.letGo[0]!.numbers).toMatchObject({ returns: 3, ruminationScore: 1, retention: 0.75 });
    expect(surface.thresholds).toMatchObject({ entries: 12, meanMood: (4 + 2 + 2 + 5) / 4 });
  });

  it("explains each item with the numbers it was chosen by", () => {
    const entries = journal({
      9: LESSON,
      8: RUMINATION,
      2: { written: 3 },
      6: { written: 2, pinned: true, lessonScore: 1, cues: ["next time"] },
      10: { released: true },
    });
    const surface = surfaceMemory(entries);
    expect(surface.letGo[0]!.explanation).toBe(
      "Written on 9 March, 75% still held, came back in 3 entries since (last on 12 March). " +
        "Ruminative language: \u201ccan't stop thinking\u201d, \u201cshould have\u201d. Negative in tone (mood 2/5).",
    );
    const pinned = surface.keep.find((item) => item.reason === "pinned")!;
    expect(pinned.explanation).toMatch(/^You chose to keep this\. Written strongly on 7 March, 59% still held\./);
    expect(surface.keep.find((i) => i.entry.entryId === "e9")!.explanation).toContain(
      "Lesson language: \u201clearned\u201d",
    );
    const faded = surface.alreadyLetGo.find((item) => item.entry.entryId === "e2")!;
    expect(faded.explanation).toMatch(/^Written strongly on 3 March, now 28% held: your memory has let it go\./);
    const released = surface.alreadyLetGo.find((item) => item.reason === "released")!;
    expect(released.explanation).toMatch(/^You let this go/);
  });

  it("puts pinned lessons first in Keep and released entries first in Already let go", () => {
    const entries = journal({
      11: LESSON,
      10: LESSON,
      2: { pinned: true, lessonScore: 1 }, // faded, but the user keeps it
      1: { written: 4 }, // strongest and faded
      9: { released: true }, // well retained, but the user let it go
      8: { ...RUMINATION, released: true },
    });
    const surface = surfaceMemory(entries);
    expect(ids(surface.keep)).toEqual(["e2", "e11", "e10"]);
    expect(surface.keep[0]!.reason).toBe("pinned");
    expect(ids(surface.alreadyLetGo).slice(0, 2).sort()).toEqual(["e8", "e9"]);
    expect(surface.alreadyLetGo.slice(0, 2).every((i) => i.reason === "released")).toBe(true);
    expect(ids(surface.alreadyLetGo)).toContain("e1");
    expect(ids(surface.letGo)).toEqual([]); // e8 was released: never in two lists
  });

  it("never lists an entry twice, whatever its signals", () => {
    // Every entry is a pinned, released, ruminative lesson that recurs: the user's release wins.
    const everything: Partial<EntrySignals> = { ...RUMINATION, ...LESSON, pinned: true, released: true };
    const all = journal(Object.fromEntries(Array.from({ length: 12 }, (_, k) => [k, everything])));
    const surface = surfaceMemory(all);
    expect(surface.keep).toEqual([]);
    expect(ids(surface.alreadyLetGo)).toHaveLength(12);

    // Mixed signals across a longer journal.
    const mixed = journal(
      Object.fromEntries(
        Array.from({ length: 40 }, (_, k) => [
          k,
          {
            written: 1 + ((k * 7) % 5),
            lessonScore: k % 3 === 0 ? 1 : 0,
            ruminationScore: k % 4 === 0 ? 1 : 0,
            valence: k % 2 === 0 ? -0.5 : 0.5,
            recurrence: { count: k % 5, dates: [] },
            pinned: k % 11 === 0,
            released: k % 13 === 0,
          },
        ]),
      ),
      40,
    );
    const listed = allIds(surfaceMemory(mixed));
    expect(new Set(listed).size).toBe(listed.length);
  });

  it("caps each list, keeping the highest scores, but always shows every pin", () => {
    const lessons = journal(Object.fromEntries(Array.from({ length: 12 }, (_, k) => [k, LESSON])));
    const surface = surfaceMemory(lessons);
    expect(surface.keep).toHaveLength(5);
    const scores = surface.keep.map((item) => item.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(ids(surface.keep)[0]).toBe("e11"); // the best held lesson

    const pins = journal(Object.fromEntries(Array.from({ length: 7 }, (_, k) => [k, { pinned: true }])));
    expect(ids(surfaceMemory(pins).keep)).toHaveLength(7);
    expect(surfaceMemory(lessons, { cap: 2 }).keep).toHaveLength(2);
  });

  it("needs a negative tone, two returns and ruminative language for Let go", () => {
    const happy = surfaceMemory(journal({ 8: { ...RUMINATION, valence: 0.6, mood: 5 } }));
    expect(ids(happy.letGo)).toEqual([]);
    const once = surfaceMemory(journal({ 8: { ...RUMINATION, recurrence: { count: 1, dates: [] } } }));
    expect(ids(once.letGo)).toEqual([]);
    const plain = surfaceMemory(journal({ 8: { ...RUMINATION, ruminationScore: 0.3 } }));
    expect(ids(plain.letGo)).toEqual([]);
    const lessonMostly = surfaceMemory(journal({ 8: { ...RUMINATION, lessonScore: 1 } }));
    expect(ids(lessonMostly.letGo)).toEqual([]);
    expect(ids(lessonMostly.keep)).toEqual(["e8"]);
    const old = surfaceMemory(journal({ 2: RUMINATION }));
    expect(ids(old.letGo)).toEqual([]); // faded rumination is not something to let go of any more
  });

  it("shows each theme once, by its best entry, and not as faded while it is still held", () => {
    const theme = (dates: string[]) => ({ ...RUMINATION, recurrence: { count: dates.length, dates } });
    const entries = journal({
      1: { ...theme(["2026-03-09", "2026-03-11", "2026-03-12"]), written: 3 }, // faded start of the worry
      8: theme(["2026-03-11", "2026-03-12"]),
      10: theme(["2026-03-12", "2026-03-13", "2026-03-14"]), // the same worry again, newer and better held
      9: theme(["2026-03-13", "2026-03-14"]), // another worry: nothing links it to the others
    });
    const surface = surfaceMemory(entries);
    expect(ids(surface.letGo)).toEqual(["e10", "e9"]);
    expect(ids(surface.alreadyLetGo)).toEqual([]);
    const every = surfaceMemory(entries, { onePerTheme: false });
    expect(ids(every.letGo)).toEqual(["e10", "e9", "e8"]);
    expect(ids(every.alreadyLetGo)).toEqual(["e1"]);
  });

  it("uses thresholds relative to the user's own entries", () => {
    const entries = journal({ 9: LESSON, 8: RUMINATION, 1: { written: 3 } });
    const scaled = entries.map((e) => ({ ...e, written: e.written * 1000 }));
    const a = surfaceMemory(entries);
    const b = surfaceMemory(scaled);
    expect(allIds(b)).toEqual(allIds(a));
    expect(b.thresholds!.strongWritten).toBeCloseTo(a.thresholds!.strongWritten * 1000, 6);
  });

  it("calls nothing faded when the model still holds most of everything", () => {
    const holding = journal({ 1: { written: 3 } }).map((e) => ({ ...e, retention: 0.9 + e.index / 200 }));
    expect(surfaceMemory(holding).alreadyLetGo).toEqual([]);
  });

  it("gives empty lists, not errors, for empty and tiny journals", () => {
    const empty = { keep: [], letGo: [], alreadyLetGo: [], thresholds: null };
    expect(surfaceMemory([])).toEqual(empty);
    expect(surfaceMemory(journal({ 0: { ...LESSON, pinned: true } }, 1))).toEqual(empty);
    expect(surfaceMemory(journal({ 0: RUMINATION, 1: LESSON, 2: { released: true } }, 6))).toEqual(empty);
    expect(surfaceMemory(journal({}, 1), { minEntries: 1 }).keep).toEqual([]);
  });

  it("survives missing or broken numbers", () => {
    const broken = journal({
      3: { written: Number.NaN, retention: Number.POSITIVE_INFINITY, valence: Number.NaN },
      4: { retention: -1, lessonScore: 5, moodContribution: Number.NaN },
      5: { recurrence: { count: Number.NaN, dates: [] } },
    });
    const surface = surfaceMemory(broken);
    for (const item of [...surface.keep, ...surface.letGo, ...surface.alreadyLetGo]) {
      expect(Number.isFinite(item.score)).toBe(true);
      expect(item.explanation).not.toMatch(/NaN|undefined|Infinity/);
    }
  });
});

describe("tone", () => {
  it("weighs valence, mood (absolute and relative to the user's mean) and the mood contribution", () => {
    expect(toneOf(0.4, null, null, null, null)).toBeCloseTo(0.4, 10);
    expect(toneOf(0, 1, null, 3, null)).toBeCloseTo((0 + (-2 + -2) / 4) / 2, 10);
    expect(toneOf(0, 3, null, 2, null)).toBeGreaterThan(0); // a 3 is a good day for someone who averages 2
    expect(toneOf(0, null, -2, null, 2)).toBeCloseTo((0.5 * Math.tanh(-1)) / 1.5, 10);
  });
});

describe("recurrenceOf", () => {
  const vectors = [
    [1, 0, 0],
    [0.9, 0.1, 0],
    [0, 1, 0],
    [1, 0.05, 0],
    [0, 0, 0],
    [2, 0, 0],
  ];

  it("counts later entries with cosine at or above the threshold", () => {
    const recurrence = recurrenceOf(vectors, 0.9);
    expect(recurrence.map((r) => r.indices)).toEqual([[1, 3, 5], [3, 5], [], [5], [], []]);
    expect(recurrence.map((r) => r.count)).toEqual([3, 2, 0, 1, 0, 0]);
  });

  it("takes Float32Arrays and a looser threshold, and the default is documented", () => {
    const loose = recurrenceOf(
      vectors.map((v) => Float32Array.from(v)),
      -1,
    );
    expect(loose[0]!.count).toBe(4); // everything later except the zero vector
    expect(recurrenceOf(vectors)[0]!.count).toBe(3);
    expect(recurrenceOf([])).toEqual([]);
  });

  it("can cut at a percentile of the user's own pairwise cosines instead", () => {
    expect(RECURRENCE_THRESHOLD).toBe(0.45);
    expect(recurrenceThreshold(vectors, 0.3)).toBe(0.3);
    // The ten cosines between the non-zero vectors; their median is 0.9939 (to the histogram's 0.0005).
    const median = recurrenceThreshold(vectors, { quantile: 0.5, floor: -1 });
    expect(median).toBeCloseTo(0.994, 3);
    expect(recurrenceThreshold(vectors, { quantile: 0.5, floor: 0.999 })).toBe(0.999);
    const relative = recurrenceOf(vectors, { quantile: 0.5, floor: -1 });
    expect(relative.map((r) => r.indices)).toEqual([[3, 5], [3], [], [5], [], []]);
  });

  it("gives the same answer with kept and with recomputed cosines (journals over 4,000 entries)", () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5;
    for (const n of [300, 4100]) {
      const embeddings = Array.from({ length: n }, () => Float32Array.from({ length: 3 }, random));
      const spec = { quantile: 0.999, floor: 0 };
      const cut = recurrenceThreshold(embeddings, spec);
      const relative = recurrenceOf(embeddings, spec);
      const fixed = recurrenceOf(embeddings, cut);
      expect(relative.map((r) => r.count)).toEqual(fixed.map((r) => r.count));
      const pairs = relative.reduce((sum, r) => sum + r.count, 0);
      expect(pairs / ((n * (n - 1)) / 2)).toBeCloseTo(0.001, 3);
    }
  });

  it("gives dates in the shape EntrySignals wants", () => {
    const dates = ["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"];
    expect(recurrenceWithDates(vectors, dates, 0.9)[1]).toEqual({ count: 2, dates: ["2026-03-04", "2026-03-06"] });
  });
});

describe("helpers", () => {
  it("quantile interpolates and percentiles rank within the user's entries", () => {
    expect(quantile([3, 1, 2], 0.5)).toBe(2);
    expect(quantile([0, 10], 1 / 3)).toBeCloseTo(10 / 3, 10);
    expect(percentiles([5, 1, 3])).toEqual([1, 0, 0.5]);
    expect(percentiles([2, 2])).toEqual([0.5, 0.5]);
  });

  it("formats days without the year inside the reference year", () => {
    expect(formatShortDay("2026-03-03", "2026")).toBe("3 March");
    expect(formatShortDay("2025-12-31", "2026")).toBe("31 December 2025");
  });
});
