// Request ids (lib/server/request-id.ts) and the logger's use of them (lib/log.ts): a proxy's id is kept only when
// the proxy is trusted and the id is harmless, and every line logged inside withRequestId carries it.
import pino from "pino";
import { describe, expect, it } from "vitest";
import { requestFields, withRequestId } from "@/lib/log";
import { REQUEST_ID_HEADER, requestIdFor, requestIdOf } from "@/lib/server/request-id";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("request ids", () => {
  it("are new for each request unless a trusted proxy sent a well-formed one", () => {
    const sent = new Headers({ [REQUEST_ID_HEADER]: "edge-0123456789" });
    expect(requestIdFor(sent, true)).toBe("edge-0123456789");
    expect(requestIdFor(sent, false)).toMatch(UUID);
    const forged = new Headers({ [REQUEST_ID_HEADER]: 'x"} {"level":60,"msg":"forged' });
    expect(requestIdFor(forged, true)).toMatch(UUID);
    expect(requestIdFor(new Headers(), true)).not.toBe(requestIdFor(new Headers(), true));
    expect(requestIdOf(new Headers({ [REQUEST_ID_HEADER]: "edge-0123456789" }))).toBe("edge-0123456789");
  });

  it("are on every line logged while the request is handled, however deep", async () => {
    const lines: string[] = [];
    // The app's logger's own mixin, on a logger that writes to this array.
    const spy = pino({ mixin: requestFields }, { write: (line: string) => lines.push(line) });
    await withRequestId("req-0123456789", async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      spy.info("inside");
    });
    spy.info("outside");
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({ msg: "inside", reqId: "req-0123456789" }),
      expect.not.objectContaining({ reqId: expect.anything() }),
    ]);
  });
});
