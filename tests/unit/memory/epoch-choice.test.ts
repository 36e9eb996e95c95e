// Which epoch the selection keeps. Found by tests/faults/worker-kill.test.ts: on 40 near-identical entries the
// lowest validation loss was -4e-16, no epoch was "within 1 % of" it, and retraining failed with
// "Cannot read properties of null (reading 'weights')".
import { describe, expect, it } from "vitest";
import { choose, type ValidationLosses } from "../../../lib/memory/epoch-choice";

const epoch = (n: number, next: number, auc: number | null) => ({
  epoch: n,
  losses: { next, mood: null, rank: null, auc } satisfies ValidationLosses,
});

describe("choose", () => {
  it("keeps an epoch when the lowest loss is zero or a rounding below it", () => {
    expect(choose([epoch(0, -4.07e-16, 0.5), epoch(1, 0.0017, 0.74)], true).epoch).toBe(0);
    expect(choose([epoch(0, 0, 0.5), epoch(1, 0, 0.6)], true).epoch).toBe(1);
  });

  it("prefers the better AUC among losses within the tolerance of the lowest", () => {
    expect(choose([epoch(0, 1, 0.5), epoch(1, 1.005, 0.7), epoch(2, 1.5, 0.9)], true).epoch).toBe(1);
  });
});
