// Every way into the server, found from the tree rather than listed by hand, so the fuzz test sees a route or
// action added later: the HTTP methods each app/**/route.ts exports, and each app/**/actions.ts export, with the id
// the build gave it (the same id the browser sends in its Next-Action header).
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const ROOT = path.resolve(__dirname, "../../..");
const APP = path.join(ROOT, "app");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

type RouteEntry = { key: string; method: string; pattern: string };
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

// The exports of every actions.ts, as "app/<file>#<name>", the key the build's manifest gives them too.
export function actionKeys(): string[] {
  return appFiles("actions.ts").flatMap((file) =>
    exportedNames(fs.readFileSync(path.join(APP, file), "utf8")).map((name) => `app/${file}#${name}`),
  );
}

// The id and a page of each action in the build the server runs. Read only once the server is up: each build
// gives its actions new ids, and the test files are loaded before the web server (re)builds the app.
export function builtActions(): Map<string, ActionEntry> {
  const manifestFile = path.join(ROOT, ".next", "server", "server-reference-manifest.json");
  const manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(manifestFile, "utf8")));
  return new Map(
    Object.entries(manifest.node).map(([id, action]) => {
      const key = `${action.filename}#${action.exportedName}`;
      const page = pagePath(Object.keys(action.workers).find((w) => w.endsWith("/page")) ?? "");
      return [key, { key, id, page }];
    }),
  );
}

// "app/(app)/journal/[date]/page" → "/journal/2026-01-05": any page bundling the action may receive it.
function pagePath(worker: string): string {
  const pattern = urlPattern(worker.replace(/^app\//, "") + ".ts");
  return pattern.replace(/\[date\]/, "2026-01-05").replace(/\[[^\]]+\]/g, "x");
}
