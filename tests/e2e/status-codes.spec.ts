// HTTP status codes of pages, for clients that read them (link checkers, monitoring, `curl`, search engines).
import { expect, test } from "@playwright/test";
import { addDays, serverEntry, signUp, uniqueEmail, writeEntry } from "./helpers";

test("unknown addresses and signed-out pages answer with real status codes", async ({ page, request }) => {
  expect((await page.goto("/no-such-page"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Nothing here" })).toBeVisible();
  // Signed out, the journal redirects to sign-in with a real redirect (the app layout checks the session).
  const journal = await request.get("/entries", { maxRedirects: 0 });
  expect(journal.status()).toBe(307);
  expect(journal.headers()["location"]).toMatch(/\/sign-in$/);
});

// No loading.tsx wraps the signed-in pages: a Suspense boundary there would start streaming a 200 before the
// page runs, and notFound()/redirect() could no longer set the status.
test("pages of the signed-in app answer 404 for what does not exist and 307 for redirects", async ({ page }) => {
  const today = await signUp(page, uniqueEmail("status"));
  await writeEntry(page, "An entry with a permalink.");
  const id = (await serverEntry(page, today))!.id;

  const statuses = {
    unknownEntry: (await page.request.get("/entries/no-such-entry", { maxRedirects: 0 })).status(),
    futureDay: (await page.request.get(`/journal/${addDays(today, 1)}`, { maxRedirects: 0 })).status(),
    impossibleDay: (await page.request.get("/journal/2025-02-30", { maxRedirects: 0 })).status(),
    journalToday: (await page.request.get("/journal", { maxRedirects: 0 })).status(),
    ownPermalink: (await page.request.get(`/entries/${id}`, { maxRedirects: 0 })).status(),
  };
  expect(statuses).toEqual({
    unknownEntry: 404,
    futureDay: 404,
    impossibleDay: 404,
    journalToday: 307,
    ownPermalink: 307,
  });
});
