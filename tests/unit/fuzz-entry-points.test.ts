// The fuzz test (tests/e2e/fuzz.spec.ts) finds what to fuzz by reading the source of app/**/route.ts and actions.ts;
// a way of exporting a handler that it did not recognise would leave that handler unfuzzed without failing.
import { describe, expect, it } from "vitest";
import { exportedNames, routeEntries } from "../e2e/fuzz/entry-points";

describe("fuzz entry points", () => {
  it("reads every way a module exports a handler", () => {
    const source = `
      export const GET = route({}, handler);
      export async function PUT(request) {}
      export function DELETE() {}
      export const { POST, PATCH: renamed } = handlers;
      export { HEAD, local as OPTIONS };
      export const dynamic = "force-dynamic";
      export type Line = { a: 1 };
      const NOT_EXPORTED = 1;
    `;
    expect(exportedNames(source).sort()).toEqual(
      ["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT", "dynamic", "renamed"].sort(),
    );
  });

  it("finds every route file's methods, with the URL pattern the fuzzer fills in", () => {
    const keys = routeEntries().map((r) => r.key);
    expect(keys).toContain("PUT /api/journal/[date]");
    expect(keys).toContain("GET /api/auth/[...nextauth]");
    expect(keys).toContain("POST /api/auth/[...nextauth]");
  });
});
