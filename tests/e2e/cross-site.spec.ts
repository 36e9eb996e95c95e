// Writes from another site are refused and change nothing. Measured before the fix: a POST /api/import with
// Content-Type text/plain and Origin http://evil.example:8080 imported its entry (200), since a text/plain POST
// needs no CORS preflight and the route checked neither.
import { expect, test } from "@playwright/test";
import { addDays, signUp, uniqueEmail } from "./helpers";

test("a cross-site import gets 403, a text/plain one 415, and neither imports anything", async ({ page }) => {
  const today = await signUp(page, uniqueEmail("csrf"));
  const file = Buffer.from(JSON.stringify([{ date: addDays(today, -3), body: "Written by another site." }]));
  const exported = async () =>
    ((await (await page.request.get("/api/export")).json()) as { entries: unknown[] }).entries;

  const crossSite = await page.request.post("/api/import", {
    headers: { "content-type": "text/plain", origin: "http://evil.example:8080" },
    data: file,
  });
  expect(crossSite.status()).toBe(403);
  const crossSiteJson = await page.request.post("/api/import", {
    headers: { "content-type": "application/json", origin: "http://evil.example:8080" },
    data: file,
  });
  expect(crossSiteJson.status()).toBe(403);
  const fetchMetadata = await page.request.post("/api/import", {
    headers: { "content-type": "application/json", "sec-fetch-site": "cross-site" },
    data: file,
  });
  expect(fetchMetadata.status()).toBe(403);
  const plain = await page.request.post("/api/import", { headers: { "content-type": "text/plain" }, data: file });
  expect(plain.status()).toBe(415);
  const form = await page.request.put(`/api/journal/${today}`, {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: Buffer.from("body=hello"),
  });
  expect(form.status()).toBe(415);
  expect(await exported()).toEqual([]);

  // The same file from this site, as JSON, is imported.
  const own = await page.request.post("/api/import", {
    headers: { "content-type": "application/json", origin: new URL(page.url()).origin },
    data: file,
  });
  expect(own.status()).toBe(200);
  expect(await exported()).toHaveLength(1);
});
