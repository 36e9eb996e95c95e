import { describe, expect, it } from "vitest";
import { SizedLru } from "@/lib/sized-lru";

describe("SizedLru", () => {
  it("drops the least recently used entries once over its budget", () => {
    const lru = new SizedLru<string, number[]>(10, (v) => v.length);
    lru.set("a", [1, 2, 3, 4]);
    lru.set("b", [1, 2, 3, 4]);
    expect(lru.get("a")).toHaveLength(4); // a is now the most recently used
    lru.set("c", [1, 2, 3]);
    expect(lru.get("b")).toBeUndefined();
    expect(lru.get("a")).toHaveLength(4);
    expect(lru.get("c")).toHaveLength(3);
    expect(lru.size).toBe(2);
  });

  it("counts a replaced entry once, and keeps the newest even when it alone is over budget", () => {
    const lru = new SizedLru<string, number[]>(10, (v) => v.length);
    lru.set("a", [1, 2, 3, 4, 5, 6]);
    lru.set("a", [1, 2, 3, 4, 5, 6]);
    lru.set("b", [1, 2, 3, 4]);
    expect(lru.size).toBe(2);
    lru.set("big", new Array<number>(50).fill(0));
    expect(lru.size).toBe(1);
    expect(lru.get("big")).toHaveLength(50);
    lru.delete("big");
    lru.set("c", [1]);
    expect(lru.size).toBe(1);
  });
});
