// The app's entry point: prior vs trained, reading the memory, letting go, one-step updates, storage.
import { beforeAll, describe, expect, it } from "vitest";
import { phraseContext, sayPhrases } from "@/i18n/phrases";
import type { Phrase } from "@/lib/memory/phrase";
import { truncateRun, type SequenceRun } from "../../../lib/memory/cell";
import {
  extendMemoryRun,
  MEMORY_FORMAT_VERSION,
  parseStoredModel,
  runMemory,
  fitMemory,
  memoryStatus,
  readMemory,
  serializeModel,
  type MemoryModel,
} from "../../../lib/memory/model";
import { PRIOR_ALPHA } from "../../../lib/memory/prior";
import { MIN_ENTRIES_TO_TRAIN } from "../../../lib/memory/split";
import { syntheticJournal } from "./fixtures";

const journal = syntheticJournal(70, "weekly", 11);
let trained: MemoryModel;

beforeAll(async () => {
  trained = await fitMemory(journal);
});

// The status in English words, as the panel says it.
const said = (status: { phrases: Phrase[] }) => sayPhrases(status.phrases, phraseContext("en", "2026-01-01"));

describe("prior below the minimum", () => {
  it("uses the documented prior below MIN_ENTRIES_TO_TRAIN entries and says how many are needed", async () => {
    expect(MIN_ENTRIES_TO_TRAIN).toBe(28);
    const model = await fitMemory(journal.slice(0, 27));
    expect(model.kind).toBe("prior");
    expect(model.metrics).toBeNull();
    expect(said(memoryStatus(model))).toMatch(
      /^Needs 1 more entry to learn from; until then your memory fades by 10% per entry, so "held" means "recent"/,
    );
    expect(memoryStatus(model).retentionMeaning).toBe("recency");
    expect(said(memoryStatus(await fitMemory(journal.slice(0, 3))))).toMatch(/^Needs 25 more entries/);
    expect(said(memoryStatus(model, 30))).toMatch(/^Enough entries to learn from/);
    expect((await fitMemory(journal.slice(0, 28))).kind).toBe("trained");
  });

  it("is defined and honest for zero, one and a few entries: retention fades by α per later entry", async () => {
    const empty = await fitMemory([]);
    const nothing = readMemory(empty, []);
    expect(nothing.perEntry).toEqual([]);
    expect(nothing.at).toBe(-1);
    expect(readMemory(empty, journal.slice(0, 1)).perEntry[0]!.retention).toBeCloseTo(1, 12);

    const few = journal.slice(0, 10);
    const reading = readMemory(await fitMemory(few), few);
    reading.perEntry.forEach((e, j) => {
      expect(e.retention).toBeCloseTo((1 - PRIOR_ALPHA) ** (9 - j), 6);
      expect(e.i).toBeCloseTo(PRIOR_ALPHA, 6);
      expect(e.f).toBeCloseTo(1 - PRIOR_ALPHA, 6);
      expect(e.o).toBeCloseTo(0.5, 6);
      expect(e.moodContribution).toBeNull();
    });
    expect(reading.predictedMood).toBeNull();
  });
});

describe("reading a trained memory", () => {
  it("trains at the minimum and reports its test-part metrics and honest status", () => {
    expect(trained.kind).toBe("trained");
    const m = trained.metrics!;
    expect(m.split).toEqual({ train: 48, validation: 11, test: 11 }); // round(0.15 · 70) = 11
    expect(m.prediction.repeatLast).toBeGreaterThan(0);
    const status = memoryStatus(trained);
    if (status.kind !== "trained") throw new Error("expected a trained status");
    expect(status.verdict).toBe(m.prediction.vsEma.verdict);
    if (status.verdict === "better") {
      expect(said(status)).toContain(`${Math.round(m.prediction.improvementOverEma * 100)}% better than an average`);
    } else {
      expect(said(status)).toContain("no better than an average");
    }
    const meaning = m.retention.modelAboveChance.verdict === "better" ? "returns" : "recency";
    expect(status.retentionMeaning).toBe(meaning);
    if (meaning === "recency") expect(said(status)).toContain(`"held" here means "recent"`);
  });

  it("says when prediction is no better than an average and retention means recency", () => {
    const m = trained.metrics!;
    const tie = { estimate: 0, lower: -0.01, upper: 0.01, verdict: "tie" as const };
    const plain: MemoryModel = {
      ...trained,
      metrics: {
        ...m,
        prediction: { ...m.prediction, vsEma: tie },
        retention: { ...m.retention, modelAboveChance: tie },
      },
    };
    const status = memoryStatus(plain);
    expect(status.retentionMeaning).toBe("recency");
    expect(said(status)).toBe(
      'Predicts your next entry no better than an average of your past entries. Its retention tells what comes back no better than constant gates would, so "held" here means "recent".',
    );
    const good: MemoryModel = {
      ...trained,
      metrics: {
        ...m,
        retention: {
          ...m.retention,
          auc: { ...m.retention.auc, model: 0.71, similarity: 0.82 },
          modelAboveChance: { ...tie, verdict: "better" },
        },
      },
    };
    expect(memoryStatus(good).retentionMeaning).toBe("returns");
    expect(said(memoryStatus(good))).toContain("71% of the time (similarity to the last two weeks alone: 82%)");
  });

  it("gives every entry written strength, retention in [0, 1] and gates; drivers split what is surfaced", () => {
    const r = readMemory(trained, journal);
    expect(r.perEntry).toHaveLength(70);
    expect(r.at).toBe(69);
    for (const e of r.perEntry) {
      expect(e.retention).toBeGreaterThanOrEqual(0);
      expect(e.retention).toBeLessThanOrEqual(1);
      expect(e.kappaNorm).toBeCloseTo(e.written * e.retention, 12);
      for (const g of [e.i, e.f, e.o]) expect(g > 0 && g < 1).toBe(true);
    }
    expect(r.perEntry[69]!.retention).toBeCloseTo(1, 12);
    expect(r.dailyGates).toHaveLength(70);
    // c_0 = 0, so the entries' shares of ‖h_T‖ sum to exactly 1.
    expect(r.surfacedDrivers.reduce((s, d) => s + d.share, 0)).toBeCloseTo(1, 9);
    expect(r.surfacedDrivers[0]!.score).toBeGreaterThanOrEqual(r.surfacedDrivers[1]!.score);
    // The mood head reads h_T: the entries' contributions add up to the prediction minus the head's bias.
    expect(r.predictedMood).not.toBeNull();
    const sum = r.perEntry.reduce((s, e) => s + e.moodContribution!, 0);
    expect(r.predictedMood!).toBeCloseTo(3 + 2 * trained.head.moodBias + sum, 6);
  });
});

describe("let go", () => {
  it("removes the entry's surviving contribution now, keeps it gone as entries are added, survives retraining and storage, and undoes", async () => {
    const today = 59;
    const past = journal.slice(0, today + 1);
    const j = 55;
    const kept = readMemory(trained, past);
    const release = [{ atStep: today, parts: [{ index: j, share: 1 }] }];
    const let_go = readMemory(trained, past, release);
    expect(kept.perEntry[j]!.retention).toBeGreaterThan(0.01);
    expect(let_go.perEntry[j]!.retention).toBe(0);
    expect(let_go.perEntry[j]!.released).toBe(true);
    expect(let_go.perEntry[j]!.written).toBe(kept.perEntry[j]!.written); // it was written; it is not deleted
    // c_T ← c_T − κ_{j,T}: today's state lost exactly that entry's part.
    const diff = Math.hypot(...kept.cT.map((c, u) => c - let_go.cT[u]!));
    expect(diff).toBeCloseTo(kept.perEntry[j]!.kappaNorm, 12);
    // Later entries do not bring it back.
    expect(readMemory(trained, journal, release).perEntry[j]!.retention).toBe(0);
    // After retraining (other weights) it is re-applied at the same point; after storage, the same numbers.
    const retrained = await fitMemory(journal, { seed: 2 });
    expect(readMemory(retrained, journal, release).perEntry[j]!.retention).toBe(0);
    const stored = parseStoredModel(JSON.parse(JSON.stringify(serializeModel(retrained))))!;
    expect(readMemory(stored, journal, release)).toEqual(readMemory(retrained, journal, release));
    // Undo: run without it.
    expect(readMemory(trained, past, []).perEntry[j]!.retention).toBe(kept.perEntry[j]!.retention);
  });
});

describe("storage", () => {
  it("round-trips through JSON exactly, metrics included", () => {
    const json = JSON.parse(JSON.stringify(serializeModel(trained)));
    const back = parseStoredModel(json)!;
    expect(back).not.toBeNull();
    expect(back).toEqual(trained);
    expect(serializeModel(back)).toEqual(json);
    expect(json.formatVersion).toBe(2);
    expect(MEMORY_FORMAT_VERSION).toBe(2);
  });

  it("gives null (never throws) for an older or unknown format version and for anything malformed", () => {
    const json = JSON.parse(JSON.stringify(serializeModel(trained)));
    expect(parseStoredModel({ ...json, formatVersion: 1 })).toBeNull();
    expect(parseStoredModel({ ...json, formatVersion: 99 })).toBeNull();
    expect(parseStoredModel({ ...json, weights: { ...json.weights, bias: [1, 2] } })).toBeNull();
    expect(parseStoredModel({ ...json, weights: { ...json.weights, inputDim: json.weights.inputDim - 2 } })).toBeNull();
    expect(parseStoredModel({ ...json, metrics: { ...json.metrics, prediction: null } })).toBeNull();
    expect(parseStoredModel({ ...json, kind: "prior" })).toBeNull(); // a prior has no metrics
    expect(parseStoredModel(null)).toBeNull();
    expect(parseStoredModel("{}")).toBeNull();
    // A version-1 model as the app stored it: 6 extra features, the old metrics.
    const v1 = { ...json, formatVersion: 1, metrics: { heldOutLoss: 0.2, baselines: {} } };
    expect(parseStoredModel(v1)).toBeNull();
  });

  it("refuses entries whose embedding size differs from the model's", () => {
    const other = journal.slice(0, 3).map((e) => ({ ...e, embedding: e.embedding.slice(0, 50) }));
    expect(() => readMemory(trained, other)).toThrow(/refit/);
  });
});

describe("extending a run by the newest entry", () => {
  const arrays = ["i", "f", "g", "o", "c", "h"] as const;
  function expectSameRun(a: SequenceRun, b: SequenceRun) {
    expect(a.steps).toBe(b.steps);
    for (const k of arrays) {
      let worst = 0;
      for (let n = 0; n < a[k].length; n++) worst = Math.max(worst, Math.abs(a[k][n]! - b[k][n]!));
      expect(worst, k).toBeLessThan(1e-12);
    }
    expect(a.released).toEqual(b.released);
  }

  it("equals a new pass over all entries, with earlier releases and one at the new step", () => {
    const releases = [
      { atStep: 40, parts: [{ index: 10, share: 1 }] },
      { atStep: 69, parts: [{ index: 60, share: 0.5 }] },
    ];
    const full = runMemory(trained, journal, releases);
    const before = runMemory(
      trained,
      journal.slice(0, 69),
      releases.filter((r) => r.atStep < 69),
    );
    expectSameRun(extendMemoryRun(trained, before, journal[69]!, journal.slice(0, 69), [releases[1]!]), full);
    // Replacing the newest entry (an edit of today's entry): drop its step, then extend.
    expectSameRun(
      extendMemoryRun(trained, truncateRun(full, 69), journal[69]!, journal.slice(0, 69), [releases[1]!]),
      full,
    );
  });
});
