// The route wrapper's refusals, on real Request objects: cross-site writes (403), bodies that are not JSON (415),
// bad and oversized bodies (400, 413), and errors thrown by a handler (a 4xx when known, else a 500 that names
// only a reference). The session check is covered by the browser tests against the running app.
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { logger } from "@/lib/log";
import { InputError, TooManyTries } from "@/lib/server/entry-point";
import { publicRoute } from "@/lib/server/route";

const HOST = "journal.home:3000";

function post(headers: Record<string, string>, body = "{}") {
  return new Request(`http://${HOST}/api/thing`, { method: "POST", headers: { host: HOST, ...headers }, body });
}

const JSON_TYPE = { "content-type": "application/json" };

let ran = 0;
const handler = publicRoute({ body: z.object({ name: z.string().min(1, "Name is missing") }) }, async ({ body }) => {
  ran += 1;
  return Response.json({ hello: body.name });
});

afterEach(() => {
  ran = 0;
  vi.restoreAllMocks();
});

describe("route wrapper: where a write comes from", () => {
  it("refuses a POST whose Origin is another site, before the handler runs", async () => {
    const response = await handler(post({ ...JSON_TYPE, origin: "http://evil.example:8080" }, '{"name":"x"}'));
    expect(response.status).toBe(403);
    expect(ran).toBe(0);
  });

  it("refuses what Sec-Fetch-Site calls cross-site or same-site, whatever Origin says", async () => {
    for (const site of ["cross-site", "same-site", "none"]) {
      const response = await handler(post({ ...JSON_TYPE, "sec-fetch-site": site, origin: `http://${HOST}` }));
      expect(response.status, site).toBe(403);
    }
    expect(ran).toBe(0);
  });

  it("accepts a same-origin POST, and one from a script that names no origin", async () => {
    const same = await handler(post({ ...JSON_TYPE, "sec-fetch-site": "same-origin" }, '{"name":"a"}'));
    const sameByOrigin = await handler(post({ ...JSON_TYPE, origin: `http://${HOST}` }, '{"name":"b"}'));
    const script = await handler(post(JSON_TYPE, '{"name":"c"}'));
    expect([same.status, sameByOrigin.status, script.status]).toEqual([200, 200, 200]);
    expect(ran).toBe(3);
  });

  it("lets reads through from anywhere: only writes are refused", async () => {
    const read = publicRoute({}, async () => new Response("ok"));
    const response = await read(new Request(`http://${HOST}/x`, { headers: { origin: "http://evil.example" } }));
    expect(response.status).toBe(200);
  });
});

describe("route wrapper: the body", () => {
  it("answers 415 to a write that is not application/json (a form or a no-preflight text/plain fetch)", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const response = await handler(post({ "content-type": type }, '{"name":"x"}'));
      expect(response.status, type).toBe(415);
    }
    expect((await handler(post({}, '{"name":"x"}'))).status).toBe(415);
    expect((await handler(post({ "content-type": "application/json; charset=utf-8" }, '{"name":"x"}'))).status).toBe(
      200,
    );
    expect(ran).toBe(1);
  });

  it("lets a DELETE without a body through, but not one with a body that is not JSON", async () => {
    const remove = publicRoute({}, async () => new Response(null, { status: 204 }));
    const url = `http://${HOST}/api/thing/1`;
    expect((await remove(new Request(url, { method: "DELETE", headers: { host: HOST } }))).status).toBe(204);
    const withText = new Request(url, {
      method: "DELETE",
      headers: { host: HOST, "content-type": "text/plain" },
      body: "x",
    });
    expect((await remove(withText)).status).toBe(415);
  });

  it("answers 400 with the field's message for a body that fails its schema, and for JSON that is not JSON", async () => {
    const invalid = await handler(post(JSON_TYPE, '{"name":""}'));
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toEqual({ error: "Name is missing", fieldErrors: { name: ["Name is missing"] } });
    const garbage = await handler(post(JSON_TYPE, "{name:"));
    expect(garbage.status).toBe(400);
    expect(ran).toBe(0);
  });

  it("answers 413 to a body over the limit without reading past it", async () => {
    const small = publicRoute({ body: "text", maxBytes: 10 }, async ({ body }) => new Response(body));
    expect((await small(post(JSON_TYPE, '"0123456789abcdef"'))).status).toBe(413);
    expect((await small(post(JSON_TYPE, '"short"'))).status).toBe(200);
  });
});

describe("route wrapper: errors", () => {
  it("turns a known input error into its 4xx, and a limit into 429 with Retry-After", async () => {
    const missing = publicRoute({}, async () => {
      throw new InputError(404, "No such thing");
    });
    expect((await missing(new Request("http://h/x"))).status).toBe(404);
    const limited = publicRoute({}, async () => {
      throw new TooManyTries(600);
    });
    const response = await limited(new Request("http://h/x"));
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("600");
    expect((await response.json()).error).toBe("Too many tries. Try again in 10 minutes.");
  });

  it("logs anything else in full and answers a 500 that shows no stack trace or message", async () => {
    const log = vi.spyOn(logger, "error").mockImplementation(() => {});
    const broken = publicRoute({}, async () => {
      throw new Error("SQLITE_CORRUPT at /srv/secret/path.db");
    });
    const response = await broken(new Request("http://h/x"));
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toMatch(/SQLITE|secret|at .*\.ts/);
    const reference = /Reference (\w+)/.exec(text)?.[1];
    expect(reference).toBeTruthy();
    expect(log.mock.calls[0]?.[0]).toMatchObject({ reference, err: expect.any(Error) });
  });
});
