import { describe, expect, it } from "vitest";
import { quantile, sortedQuantile } from "@/lib/memory/quantile";

describe("quantile (nearest rank)", () => {
  const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];

  it("gives observed values: the median, the 95th percentile, the extremes", () => {
    expect(quantile(values, 0.5)).toBe(5);
    expect(quantile(values, 0.95)).toBe(10);
    expect(quantile(values, 0.05)).toBe(1);
    expect(quantile(values, 0)).toBe(1);
    expect(quantile(values, 1)).toBe(10);
    expect(sortedQuantile([1, 2, 3, 4], 0.75)).toBe(3);
  });

  it("refuses a percentage where a fraction is meant, and no values", () => {
    // The diary bench once asked for the "0.95th percentile" on a 0..100 scale and reported minima as p95.
    expect(() => quantile(values, 95)).toThrow(RangeError);
    expect(() => quantile([], 0.5)).toThrow(RangeError);
  });
});
