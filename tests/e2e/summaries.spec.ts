// Weekly summaries against the real server and worker: a month of entries ending last Sunday is imported and,
// without anything else being done, every week of it has a summary; a week's page shows it, exports it as
// Markdown and prints without the app around it. Screenshots of both pages in every size and scheme.
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { monthWithRecurringWorry } from "../fixtures/synthetic-journal/journal";
import { isoWeekOf, lastCompletedWeek, weekRange } from "../../lib/summaries/iso-week";
import { postImport, signUp, uniqueEmail } from "./helpers";

const OUT = path.join(__dirname, "screenshots");
// Sign-up takes the browser's time zone (playwright.config.ts); weeks end at midnight there.
const lastWeek = lastCompletedWeek("Pacific/Auckland");
const journal = monthWithRecurringWorry({ end: weekRange(lastWeek)!.end });
const weeks = [...new Set(journal.records.map((r) => isoWeekOf(r.date)))];

async function waitForSummaries(page: Page) {
  await expect(async () => {
    await page.goto("/summaries");
    await expect(page.getByTestId("summary-list").getByRole("link")).toHaveCount(weeks.length, { timeout: 1_000 });
  }).toPass({ timeout: 90_000 });
}

test("every week of an imported month gets a summary, with no further step", async ({ page }) => {
  test.setTimeout(150_000);
  await signUp(page, uniqueEmail("summaries"));
  await page.goto("/summaries");
  await expect(page.getByText("No summaries yet")).toBeVisible();

  const response = await postImport(page, journal.records);
  expect(response.status(), await response.text()).toBe(200);
  await waitForSummaries(page);

  const list = page.getByTestId("summary-list");
  await expect(list.getByRole("link").first()).toContainText(lastWeek);
  await list.getByRole("link").first().click();
  await expect(page).toHaveURL(`/summaries/${lastWeek}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lessons kept");
  for (const heading of ["Lessons kept", "Let go this week", "New lessons", "Still on your mind", "Mood"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByRole("img", { name: /Mean forget, input and output gate/ })).toBeVisible();
  await expect(page.getByText(/entries read up to Sunday/)).toBeVisible();

  const markdown = await page.request.get(`/api/summaries/${lastWeek}/markdown`);
  expect(markdown.status()).toBe(200);
  expect(markdown.headers()["content-type"]).toContain("text/markdown");
  expect(markdown.headers()["content-disposition"]).toContain(`cellstate-${lastWeek}.md`);
  expect(await markdown.text()).toMatch(/^# Lessons kept, week of /);

  // The oldest week of the month: the earlier-week link walks back to it.
  await page.goto(`/summaries/${weeks[0]}`);
  await expect(page.getByRole("link", { name: "Later week →" })).toBeVisible();
  await expect(page.getByRole("link", { name: "← Earlier week" })).toHaveCount(0);

  for (const [size, viewport] of [
    ["wide", { width: 1280, height: 800 }],
    ["phone", { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(viewport);
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme, media: "screen" });
      await page.goto("/summaries");
      await page.screenshot({ path: path.join(OUT, `summaries-${size}-${scheme}.png`), fullPage: true });
      await page.goto(`/summaries/${lastWeek}`);
      await page.screenshot({ path: path.join(OUT, `summary-week-${size}-${scheme}.png`), fullPage: true });
    }
  }
  // Printed, even from dark mode: no header, no buttons, black on white.
  await page.setViewportSize({ width: 800, height: 1100 });
  await page.emulateMedia({ colorScheme: "dark", media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
    "rgb(255, 255, 255)",
  );
  await page.screenshot({ path: path.join(OUT, "summary-week-print.png"), fullPage: true });
});

test("summaries answer bad and foreign weeks with 4xx", async ({ page, browser }) => {
  test.setTimeout(150_000);
  await signUp(page, uniqueEmail("summaries-owner"));
  await postImport(page, journal.records);
  await waitForSummaries(page);
  expect((await page.request.get("/api/summaries/2026-W99/markdown")).status()).toBe(400);
  expect((await page.request.get("/api/summaries/2019-W10/markdown")).status()).toBe(404);
  expect((await page.goto("/summaries/not-a-week"))!.status()).toBe(404);
  expect((await page.goto("/summaries/2019-W10"))!.status()).toBe(404);

  // Another user never sees this user's weeks, whatever they ask for.
  const other = await browser.newPage();
  await signUp(other, uniqueEmail("summaries-other"));
  expect((await other.request.get(`/api/summaries/${lastWeek}/markdown`)).status()).toBe(404);
  expect((await other.goto(`/summaries/${lastWeek}`))!.status()).toBe(404);
  await other.close();
  // Signed out: the API says 401, the page sends you to sign in.
  const anonymous = await browser.newPage();
  expect((await anonymous.request.get(`/api/summaries/${lastWeek}/markdown`)).status()).toBe(401);
  await anonymous.goto(`/summaries/${lastWeek}`);
  await expect(anonymous).toHaveURL(/\/sign-in/);
  await anonymous.close();
});

test("a user can ask for the weekly summary by e-mail, and change their mind", async ({ page }) => {
  await signUp(page, uniqueEmail("summaries-mail"));
  await page.goto("/settings");
  const box = page.getByLabel(/E-mail me each week's summary/);
  await expect(box).not.toBeChecked();
  await box.check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByTestId("form-message")).toContainText("Each week's summary will be sent to");
  await page.reload();
  await expect(page.getByLabel(/E-mail me each week's summary/)).toBeChecked();
  await page.getByLabel(/E-mail me each week's summary/).uncheck();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByTestId("form-message")).toContainText("Summaries will not be e-mailed.");
  await page.reload();
  await expect(page.getByLabel(/E-mail me each week's summary/)).not.toBeChecked();
});
