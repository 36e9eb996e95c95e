// The security headers on every page and API route, found from the app/ folder so a new route cannot be left
// out: a script nonce policy (lib/security/headers.ts), no caching, and the app still working in the browser
// under that policy with nothing refused. Entries' images from other sites are links and load nothing.
import fs from "node:fs";
import path from "node:path";
import { type APIResponse, expect, test } from "@playwright/test";
import { SHELL_PATH } from "../../lib/pwa/shell";
import { serverEntry, signUp, uniqueEmail, writeEntry } from "./helpers";

type Route = { file: string; path: string; methods: string[] };

// Every route file under app/, as a URL path with its [segments] still in it; route groups "(x)" are no segment.
function appRoutes(dir = path.resolve("app"), prefix = ""): Route[] {
  const routes: Route[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
      routes.push(...appRoutes(full, prefix + segment));
    } else if (entry.name === "page.tsx") {
      routes.push({ file: full, path: prefix || "/", methods: ["GET"] });
    } else if (entry.name === "route.ts") {
      const source = fs.readFileSync(full, "utf8");
      // `export async function GET`, or a wrapped handler: `export const GET = route(...)`.
      const methods = [...source.matchAll(/export (?:(?:async )?function|const) (GET|POST|PUT|PATCH|DELETE)\b/g)].map(
        (m) => m[1]!,
      );
      const reexported =
        /export const \{ ?([A-Z, ]+) ?\}/
          .exec(source)?.[1]
          ?.split(",")
          .map((m) => m.trim()) ?? [];
      routes.push({ file: full, path: prefix, methods: [...methods, ...reexported] });
    }
  }
  return routes;
}

function expectPolicy(response: APIResponse, what: string) {
  const headers = response.headers();
  const policy = headers["content-security-policy"] ?? "";
  for (const part of [
    "default-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "object-src 'none'",
  ]) {
    expect(policy, `${what}: ${part}`).toContain(part);
  }
  expect(policy, what).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'(;|$)/);
  // The offline shell holds no one's data and is the one page the service worker may keep (offline.spec.ts).
  const shell = new URL(response.url()).pathname === SHELL_PATH;
  expect(headers["cache-control"] ?? "", `${what}: cache-control`).toContain(shell ? "private, no-cache" : "no-store");
  // AUTH_URL is not https here: HSTS would lock a plain-http install out of its own server.
  expect(headers["strict-transport-security"], what).toBeUndefined();
  expect(headers["x-content-type-options"], what).toBe("nosniff");
}

test("every page and API route answers with the policy, no caching, and a fresh nonce on its scripts", async ({
  page,
}) => {
  const today = await signUp(page, uniqueEmail("headers"));
  await writeEntry(page, "An entry for the permalink.");
  const entry = (await serverEntry(page, today))!;
  // A value for each [segment]; a route with a segment missing here fails the test until one is added.
  const samples: Record<string, string> = {
    "[date]": today,
    "[id]": entry.id,
    "[week]": "2026-W01",
    "[themeId]": "no-such-theme",
    "[token]": "no-such-token",
    "[name]": "no-such-tag",
    "[...nextauth]": "session",
    "[path]": "sw.js",
  };
  const routes = appRoutes();
  expect(routes.length).toBeGreaterThan(15);
  for (const route of routes) {
    expect(route.methods.length, `the methods of ${route.file}`).toBeGreaterThan(0);
    const url = route.path.replace(/\[[^\]]+\]/g, (segment) => {
      expect(samples[segment], `a sample value for ${segment} (${route.file})`).toBeDefined();
      return samples[segment]!;
    });
    for (const method of route.methods) {
      // Writes go to an id that does not exist, or with a body that is refused: nothing changes.
      const target = method === "GET" ? url : url.replace(entry.id, "no-such-entry");
      const response = await page.request.fetch(target, {
        method,
        maxRedirects: 0,
        ...(method !== "GET" && { headers: { "content-type": "application/json" }, data: Buffer.from("{}") }),
      });
      const what = `${method} ${target} (${response.status()})`;
      expect(response.status(), what).toBeLessThan(500);
      expectPolicy(response, what);
      if (method === "GET" && (response.headers()["content-type"] ?? "").includes("text/html")) {
        const html = await response.text();
        const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"]!)![1]!;
        const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
        expect(scripts.length, what).toBeGreaterThan(0);
        for (const tag of scripts) expect(tag, what).toContain(`nonce="${nonce}"`);
      }
    }
  }
  const [first, second] = [await page.request.get("/entries"), await page.request.get("/entries")];
  expect(first.headers()["content-security-policy"]).not.toBe(second.headers()["content-security-policy"]);
});

test("the app runs under the policy with nothing refused, and shows other sites' images as links", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  const elsewhere: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith("http://127.0.0.1")) elsewhere.push(request.url());
  });
  const today = await signUp(page, uniqueEmail("csp"));
  await writeEntry(page, "A day at the lake.\n\n![the pier](https://pixel.example/track.png)\n\nThen home, calm.");
  const entry = (await serverEntry(page, today))!;
  await page.goto(`/entries/${entry.id}`, { waitUntil: "networkidle" });
  await page.getByRole("button", { name: "Preview" }).click();
  const link = page.getByTestId("external-image");
  await expect(link).toHaveAttribute("href", "https://pixel.example/track.png");
  await expect(link).toContainText("the pier");
  await expect(page.locator('img[src*="pixel.example"]')).toHaveCount(0);
  for (const path of ["/entries", "/settings", "/summaries", "/sign-up"]) {
    await page.goto(path, { waitUntil: "networkidle" });
  }
  expect(refused).toEqual([]);
  expect(elsewhere).toEqual([]);
});
