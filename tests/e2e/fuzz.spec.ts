// No input gets a 500 (issue 10, item 2). fast-check sends random and hostile requests to every route handler and
// every server action, found from the tree (fuzz/entry-points.ts), signed in and signed out, over HTTP as the
// browser and scripts do. Each answer is a 2xx or a 4xx with a clear message, never a 500 or a stack trace; a
// refusal leaves the user's rows as they were; the server still answers /api/health. Seeds are fixed, so a
// failure replays; FUZZ_SEED=<n> picks another run and FUZZ_RUNS=<n> more or fewer cases per entry point.
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { type ActionCase, actionCases, type Who } from "./fuzz/action-cases";
import { expectClearRefusal, expectNoServerError, isActionErrorResult } from "./fuzz/answers";
import type { Body } from "./fuzz/bodies";
import { type ActionEntry, actionKeys, builtActions, routeEntries } from "./fuzz/entry-points";
import { type FuzzRequest, routeCases } from "./fuzz/route-cases";
import { makeWorld, type World } from "./fuzz/world";

const RUNS = Number(process.env.FUZZ_RUNS || 40);
const SEED = Number(process.env.FUZZ_SEED || 20261202);
const TEN_MB = 10 * 1024 * 1024;

const routes = routeEntries();
const actionsInTree = actionKeys();

// One world for the file: the entry points run one after another against the same users (a failure starts a new
// worker, and with it a new world).
test.describe.configure({ timeout: 120_000 });

let world: World;
let built: Map<string, ActionEntry>;
test.beforeAll(async ({ browser, playwright, baseURL }) => {
  built = builtActions();
  world = await makeWorld(browser, await playwright.request.newContext({ baseURL }));
});

function builtAction(key: string): ActionEntry {
  const action = built.get(key);
  if (!action) throw new Error(`${key} is not in the build's server-reference-manifest.json`);
  return action;
}
test.afterAll(async () => {
  await world.close();
  await world.clients.anonymous.dispose();
});

// Each entry point its own seed, so adding one does not change the cases of the others.
function seedOf(key: string): number {
  let hash = SEED;
  for (const c of key) hash = (Math.imul(hash, 31) + c.charCodeAt(0)) | 0;
  return hash;
}

function describe(who: Who, request: FuzzRequest): string {
  const body = request.body?.toString("utf8");
  const shown = body && body.length > 300 ? `${body.slice(0, 300)}… (${body.length} characters)` : body;
  return `as ${who}: ${request.method} ${request.path.slice(0, 300)} ${JSON.stringify(request.headers)} ${shown ?? ""}`;
}

// Sends one request as `who` and checks the answer, the database and the server's health.
async function check(who: Who, request: FuzzRequest, kind: "route" | "action"): Promise<number> {
  if (who === "user") await world.ensureSignedIn();
  const owner = world.owners[who];
  await world.digester.settle(owner);
  const before = world.digester.digest(owner);
  const what = describe(who, request);
  const response = await world.clients[who].fetch(request.path, {
    method: request.method,
    headers: request.headers,
    ...(request.body && { data: request.body }),
    maxRedirects: 0,
    timeout: 30_000,
  });
  const answer = {
    status: response.status(),
    text: await response.text(),
    contentType: response.headers()["content-type"] ?? "",
  };
  expectNoServerError(answer, what);
  // An id the server does not know would pass every check below without reaching the action.
  if (kind === "action") expect(response.headers()["x-nextjs-action-not-found"], what).toBeUndefined();
  const refused = answer.status >= 400 || (kind === "action" && isActionErrorResult(answer.text));
  if (refused) expect(world.digester.digest(owner), `refused, yet the database changed: ${what}`).toBe(before);
  if (kind === "route" && answer.status >= 400) expectClearRefusal(answer, what);
  expect((await world.clients.anonymous.get("/api/health")).status(), `health after ${what}`).toBe(200);
  return answer.status;
}

async function fuzz<T>(key: string, cases: fc.Arbitrary<T>, run: (c: T) => Promise<unknown>) {
  // Stop at the first failure: shrinking would replay hundreds of requests, and the case is printed as it was.
  await fc.assert(
    fc.asyncProperty(cases, async (c) => void (await run(c))),
    { numRuns: RUNS, seed: seedOf(key), endOnFailure: true },
  );
}

function actionRequest(action: ActionEntry, body: Body): FuzzRequest {
  return {
    method: "POST",
    path: action.page,
    headers: { ...body.headers, accept: "text/x-component", "next-action": action.id },
    ...(body.body && { body: body.body }),
  };
}

test("every route and action in the tree has cases, and the build knows every action", () => {
  const routeKeys = Object.keys(routeCases(world.known));
  const actionCaseKeys = Object.keys(actionCases(world.known.ownThemeId));
  expect(routes.length).toBeGreaterThanOrEqual(11);
  expect(actionsInTree.length).toBeGreaterThanOrEqual(9);
  expect({
    routesWithoutCases: routes.map((r) => r.key).filter((k) => !routeKeys.includes(k)),
    casesWithoutRoute: routeKeys.filter((k) => !routes.some((r) => r.key === k)),
    actionsWithoutCases: actionsInTree.filter((k) => !actionCaseKeys.includes(k)),
    casesWithoutAction: actionCaseKeys.filter((k) => !actionsInTree.includes(k)),
    actionsNotInTheBuild: actionsInTree.filter((k) => !built.has(k)),
  }).toEqual({
    routesWithoutCases: [],
    casesWithoutRoute: [],
    actionsWithoutCases: [],
    casesWithoutAction: [],
    actionsNotInTheBuild: [],
  });
});

for (const route of routes) {
  test(`route ${route.key}`, async () => {
    const cases = routeCases(world.known)[route.key];
    test.skip(!cases, "no cases: the completeness test above fails");
    await fuzz(route.key, fc.tuple(fc.constantFrom<Who>("user", "anonymous"), cases!), ([who, request]) =>
      check(who, request, "route"),
    );
  });
}

for (const key of actionsInTree) {
  test(`action ${key}`, async () => {
    const spec: ActionCase | undefined = actionCases(world.known.ownThemeId)[key];
    test.skip(!spec, "no cases: the completeness test above fails");
    const action = builtAction(key);
    await fuzz(key, fc.tuple(fc.constantFrom(...spec!.as), spec!.body), ([who, body]) =>
      check(who, actionRequest(action, body), "action"),
    );
  });
}

const plain = (text: string): Body => ({
  headers: { "content-type": "text/plain;charset=UTF-8" },
  body: Buffer.from(text),
});

const json = (value: unknown): Body => ({
  headers: { "content-type": "application/json" },
  body: Buffer.from(JSON.stringify(value)),
});

// 10 MB bodies, once per entry point that reads one: refused for their size, and the server goes on.
test("10 MB bodies are refused everywhere", async () => {
  const big = "x".repeat(TEN_MB);
  const { today } = world.known;
  const requests: FuzzRequest[] = [
    { method: "PUT", path: `/api/journal/${today}`, ...json({ body: big }) },
    { method: "POST", path: "/api/import", ...json([{ date: today, body: big }]) },
    { method: "POST", path: "/api/auth/callback/credentials", ...json({ email: big }) },
    { method: "DELETE", path: `/api/entries/${world.known.ownEntryId}`, ...json({ big }) },
    ...actionsInTree.map((key) => actionRequest(builtAction(key), plain(JSON.stringify([big])))),
  ];
  for (const request of requests)
    for (const who of ["user", "anonymous"] as const)
      await check(who, request, request.headers["next-action"] ? "action" : "route");
});

// Failing cases found by the fuzzer, kept as fixed examples: each was a 500 (or a refusal without { error }) before
// its fix, most from Next, React or Auth.js before our wrapper ran.
test("regressions found by the fuzzer", async () => {
  const signOut = builtAction("app/(auth)/actions.ts#signOutAction");
  const profile = builtAction("app/(app)/settings/actions.ts#updateProfileAction");
  const form = Buffer.from(
    '--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n[{},"$K1"]\r\n' +
      '--b\r\nContent-Disposition: form-data; name="_1_a\u0001"\r\n\r\nv\r\n--b--\r\n',
  );
  const cases: [Who, FuzzRequest, number][] = [
    // React's decoder of action arguments: stack overflow, not a list, no JSON, a reference to a missing part.
    ["anonymous", actionRequest(signOut, plain("[".repeat(10_000) + "]".repeat(10_000))), 400],
    ["anonymous", actionRequest(signOut, plain("{}")), 400],
    ["anonymous", actionRequest(signOut, plain("")), 400],
    ["anonymous", actionRequest(signOut, plain('["$1"]')), 400],
    // Next's multipart parser: "Malformed part header" (a control character in a field's name).
    [
      "user",
      actionRequest(profile, { headers: { "content-type": "multipart/form-data; boundary=b" }, body: form }),
      400,
    ],
    // Next's decodeURIComponent of a route parameter: URIError.
    ["user", { method: "GET", path: "/api/journal/%ED%A0%80", headers: {} }, 400],
    ["user", { method: "DELETE", path: "/api/entries/%ZZ", headers: {} }, 400],
    // Auth.js: an unusable callbackUrl rendered its "server configuration" page with a 500.
    ["anonymous", { method: "GET", path: "/api/auth/error?callbackUrl=x", headers: {} }, 400],
    // Auth.js: 400 with the bare body "Bad request." or null.
    ["anonymous", { method: "POST", path: "/api/auth/nope", ...json({}) }, 400],
    ["user", { method: "POST", path: "/api/auth/session", ...json({}) }, 400],
  ];
  for (const [who, request, status] of cases) {
    expect(await check(who, request, request.headers["next-action"] ? "action" : "route"), describe(who, request)).toBe(
      status,
    );
  }
});
