// What the fuzzer sends to each route handler, by "METHOD /pattern" as entry-points.ts names them. Dynamic segments
// get the user's own ids, another user's, and hostile text; bodies are the route's shape with hostile values.
// Valid writes only ever name today: a past day would make the worker build a weekly summary in the background
// while a later case compares the database.
import fc from "fast-check";
import { type Body, jsonBody } from "./bodies";
import { hostileDays, hostileJson, hostileSegment, hostileStrings, mostly } from "./hostile-values";

export type Known = {
  today: string;
  tomorrow: string;
  ownEntryId: string;
  foreignEntryId: string;
  ownThemeId: string;
  foreignThemeId: string;
};

export type FuzzRequest = { method: string; path: string } & Body;

const noBody: fc.Arbitrary<Body> = fc.constant({ headers: {} });

function request(method: string, path: fc.Arbitrary<string>, body: fc.Arbitrary<Body> = noBody) {
  return fc.tuple(path, body).map(([path, body]): FuzzRequest => ({ method, path, ...body }));
}

const query = (name: string, value: fc.Arbitrary<string>) =>
  fc.option(
    value.map((v) => `?${name}=${encodeURIComponent(v.replace(/[\ud800-\udfff]/g, "\ufffd"))}`),
    {
      nil: "",
    },
  );

const day = (k: Known) => hostileSegment(fc.constantFrom(k.today, k.tomorrow, "2026-02-30", "2020-01-01"));
const writableDay = (k: Known) => hostileSegment(fc.constantFrom(k.today, k.tomorrow, "2026-02-30"));
const entryId = (k: Known) => hostileSegment(fc.constantFrom(k.ownEntryId, k.foreignEntryId, "c0000000000000000"));
const themeId = (k: Known) => hostileSegment(fc.constantFrom(k.ownThemeId, k.foreignThemeId));
const week = hostileSegment(fc.constantFrom("2026-W49", "2026-W53", "2026-W00", "9999-W99", "2026-w1", "2020-W53"));
const authAction = hostileSegment(
  fc.constantFrom("session", "csrf", "providers", "signin", "signout", "callback/credentials", "error", "nope"),
).map((s) => s.replace(/%2F/g, "/"));

const entryShape = fc.record(
  {
    body: mostly(fc.string({ minLength: 1, maxLength: 200 })),
    mood: mostly(fc.option(fc.integer({ min: 1, max: 5 }))),
    tags: mostly(fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 })),
  },
  { requiredKeys: [] },
);

const importShape = (k: Known) =>
  mostly(
    fc.array(
      fc.record(
        {
          date: mostly(fc.constantFrom(k.today, k.tomorrow)),
          body: mostly(fc.string({ minLength: 1, maxLength: 200 })),
          mood: mostly(fc.integer({ min: 1, max: 5 })),
          tags: mostly(fc.array(hostileStrings, { maxLength: 3 })),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 4 },
    ),
  );

// Auth.js's forms post urlencoded fields; none of these carries a valid CSRF token, so none signs anyone in.
const authForm = fc
  .record(
    {
      csrfToken: hostileStrings,
      email: hostileStrings,
      password: hostileStrings,
      callbackUrl: fc.oneof(hostileStrings, fc.constantFrom("//evil.example", "javascript:alert(1)", "/journal")),
    },
    { requiredKeys: [] },
  )
  .map((fields): Body => ({
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: Buffer.from(new URLSearchParams(fields).toString()),
  }));

// A subscription as a browser sends it, with its parts hostile or missing now and then.
const pushEndpoint = fc.oneof(
  hostileStrings,
  fc.constantFrom("https://push.example/abc", "http://push.example/abc", "javascript:alert(1)", "https://"),
);
const pushSubscription = fc.record(
  {
    endpoint: mostly(pushEndpoint),
    keys: mostly(
      fc.record({
        p256dh: mostly(fc.constantFrom("B".repeat(87), "short")),
        auth: mostly(fc.constant("A".repeat(22))),
      }),
    ),
  },
  { requiredKeys: [] },
);

export function routeCases(k: Known): Record<string, fc.Arbitrary<FuzzRequest>> {
  return {
    "GET /api/health": request(
      "GET",
      query("x", hostileStrings).map((q) => `/api/health${q}`),
    ),
    "GET /api/export": request(
      "GET",
      query("format", hostileStrings).map((q) => `/api/export${q}`),
    ),
    "GET /api/export/markdown": request(
      "GET",
      query("x", hostileStrings).map((q) => `/api/export/markdown${q}`),
    ),
    "GET /api/auth/[...nextauth]": request(
      "GET",
      fc.tuple(authAction, query("callbackUrl", hostileStrings)).map(([a, q]) => `/api/auth/${a}${q}`),
    ),
    "POST /api/auth/[...nextauth]": request(
      "POST",
      authAction.map((a) => `/api/auth/${a}`),
      fc.oneof(authForm, jsonBody(hostileJson)),
    ),
    "GET /api/entries/[id]": request(
      "GET",
      entryId(k).map((id) => `/api/entries/${id}`),
    ),
    "DELETE /api/entries/[id]": request(
      "DELETE",
      entryId(k).map((id) => `/api/entries/${id}`),
      fc.oneof({ weight: 3, arbitrary: noBody }, { weight: 1, arbitrary: jsonBody(hostileJson) }),
    ),
    "GET /api/journal/[date]": request(
      "GET",
      day(k).map((d) => `/api/journal/${d}`),
    ),
    "PUT /api/journal/[date]": request(
      "PUT",
      writableDay(k).map((d) => `/api/journal/${d}`),
      jsonBody(entryShape),
    ),
    "POST /api/import": request(
      "POST",
      fc.oneof(
        fc.constant("/api/import"),
        query("format", hostileStrings).map((q) => `/api/import${q}`),
      ),
      jsonBody(importShape(k)),
    ),
    "GET /api/memory/retention/[themeId]": request(
      "GET",
      fc.tuple(themeId(k), query("until", hostileDays)).map(([t, q]) => `/api/memory/retention/${t}${q}`),
    ),
    "POST /api/push/subscription": request("POST", fc.constant("/api/push/subscription"), jsonBody(pushSubscription)),
    "DELETE /api/push/subscription": request(
      "DELETE",
      fc.constant("/api/push/subscription"),
      jsonBody(fc.record({ endpoint: mostly(pushEndpoint) }, { requiredKeys: [] })),
    ),
    "GET /serwist/[path]": request(
      "GET",
      hostileSegment(fc.constantFrom("sw.js", "sw.js.map", "nope.js")).map((p) => `/serwist/${p}`),
    ),
    "GET /api/summaries/[week]/markdown": request(
      "GET",
      week.map((w) => `/api/summaries/${w}/markdown`),
    ),
  };
}
