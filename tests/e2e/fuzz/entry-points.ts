// Every way into the server, found from the tree rather than listed by hand, so the fuzz test sees a route or
// action added later: the HTTP methods each app/**/route.ts exports, and each app/**/actions.ts export with the id
// the build gave it (the same id the browser sends in its Next-Action header).
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const ROOT = path.resolve(__dirname, "../../..");
const APP = path.join(ROOT, "app");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

export type RouteEntry = { key: string; method: string; pattern: string };
export type ActionEntry = { key: string; id: string; page: string };

function appFiles(name: string): string[] {
  return (fs.readdirSync(APP, { recursive: true }) as string[])
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => file === name || file.endsWith(`/${name}`))
    .sort();
}

// `export const GET = …`, `export async function GET`, `export const { GET, POST } = …`, `export { GET }`.
export function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function\s*\*?|const|let|var)\s+([A-Za-z_$][\w$]*)/g))
    names.add(m[1]!);
  for (const m of source.matchAll(/export\s+(?:const|let|var)\s*\{([^}]*)\}/g))
    for (const n of list(m[1]!)) names.add(n);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) for (const n of list(m[1]!)) names.add(n);
  return [...names];
}

// Names bound by a destructuring or export list: `a`, `b: c` (binds c), `d as e` (exports e).
function list(inner: string): string[] {
  return inner
    .split(",")
    .map((part) =>
      part
        .trim()
        .split(/\s+as\s+|:/)
        .pop()!
        .trim(),
    )
    .filter(Boolean);
}

// "api/journal/[date]/route.ts" → "/api/journal/[date]"; route groups "(app)" are not part of the URL.
function urlPattern(file: string): string {
  const segments = path.posix.dirname(file).split("/");
  return "/" + segments.filter((s) => s !== "." && !/^\(.*\)$/.test(s)).join("/");
}

export function routeEntries(): RouteEntry[] {
  return appFiles("route.ts").flatMap((file) => {
    const pattern = urlPattern(file);
    return exportedNames(fs.readFileSync(path.join(APP, file), "utf8"))
      .filter((name) => HTTP_METHODS.includes(name))
      .map((method) => ({ key: `${method} ${pattern}`, method, pattern }));
  });
}

const manifestSchema = z.object({
  node: z.record(
    z.string(),
    z.object({ filename: z.string(), exportedName: z.string(), workers: z.record(z.string(), z.unknown()) }),
  ),
});

// The export names of every actions.ts, with the id and a page of the build that serves it. An action in the tree
// but missing from the build's manifest (a stale build) has no id and fails the completeness test.
export function actionEntries(): { found: string[]; entries: ActionEntry[] } {
  const found = appFiles("actions.ts").flatMap((file) =>
    exportedNames(fs.readFileSync(path.join(APP, file), "utf8")).map((name) => `app/${file}#${name}`),
  );
  const manifestFile = path.join(ROOT, ".next", "server", "server-reference-manifest.json");
  const manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(manifestFile, "utf8")));
  const entries = Object.entries(manifest.node).map(([id, action]) => ({
    key: `${action.filename}#${action.exportedName}`,
    id,
    page: pagePath(Object.keys(action.workers).find((w) => w.endsWith("/page")) ?? ""),
  }));
  return { found, entries };
}

// "app/(app)/journal/[date]/page" → "/journal/2026-01-05": any page bundling the action may receive it.
function pagePath(worker: string): string {
  const pattern = urlPattern(worker.replace(/^app\//, "") + ".ts");
  return pattern.replace(/\[date\]/, "2026-01-05").replace(/\[[^\]]+\]/g, "x");
}
