// Every route handler and server action goes through the one wrapper (lib/server/route.ts, action.ts). The files
// are found from the tree, so a route or action added later is checked without anyone listing it here.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isEntryPoint } from "@/lib/server/entry-point";

const APP = path.resolve("app");
const files = (fs.readdirSync(APP, { recursive: true }) as string[])
  .map((file) => file.split(path.sep).join("/"))
  .filter((file) => /(^|\/)(route|actions)\.tsx?$/.test(file))
  .sort();

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

describe("entry points", () => {
  it("finds the route and action files", () => {
    expect(files).toContain("api/import/route.ts");
    expect(files).toContain("api/auth/[...nextauth]/route.ts");
    expect(files).toContain("(auth)/actions.ts");
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(files)("%s: every export that handles a request goes through the wrapper", async (file) => {
    const exported = (await import(path.join(APP, file))) as Record<string, unknown>;
    const handlers = Object.entries(exported).filter(([name, value]) =>
      file.endsWith("actions.ts") ? typeof value === "function" : HTTP_METHODS.includes(name),
    );
    expect(handlers.length).toBeGreaterThan(0);
    for (const [name, handler] of handlers)
      expect({ name, wrapped: isEntryPoint(handler) }).toEqual({ name, wrapped: true });
  });
});
