import { describe, expect, it } from "vitest";
import { withServerHeap as withHeap } from "@/scripts/lib/server-heap";

type Env = Record<string, string | undefined>;
const withServerHeap = (env: Env) => withHeap<Env>(env);

describe("the server's heap limits", () => {
  it("adds the default limits to whatever NODE_OPTIONS holds", () => {
    expect(withServerHeap({}).NODE_OPTIONS).toBe("--max-old-space-size=256 --max-semi-space-size=8");
    expect(withServerHeap({ NODE_OPTIONS: "--enable-source-maps" }).NODE_OPTIONS).toBe(
      "--enable-source-maps --max-old-space-size=256 --max-semi-space-size=8",
    );
  });

  it("takes SERVER_HEAP_MB, lets 0 mean no limit, and leaves an explicit limit alone", () => {
    expect(withServerHeap({ SERVER_HEAP_MB: "512" }).NODE_OPTIONS).toBe(
      "--max-old-space-size=512 --max-semi-space-size=8",
    );
    expect(withServerHeap({ SERVER_HEAP_MB: "0" }).NODE_OPTIONS).toBeUndefined();
    expect(withServerHeap({ NODE_OPTIONS: "--max-old-space-size=1024" }).NODE_OPTIONS).toBe(
      "--max-old-space-size=1024",
    );
    expect(() => withServerHeap({ SERVER_HEAP_MB: "lots" })).toThrow(/SERVER_HEAP_MB must be/);
  });
});
