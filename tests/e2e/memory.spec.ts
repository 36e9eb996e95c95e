// The memory panel against the real server, worker and model: a month with a recurring worry and two lessons
// (written by hand: tests/integration/small-journals.ts) is imported; the lessons appear under Keep, the worry
// under Let go as a theme; letting go of it moves it and undo brings it back.
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { busDriverMonth, nurseWeeks, type Day } from "../integration/small-journals";
import { postImport, signUp, uniqueEmail } from "./helpers";

const month = busDriverMonth();
const lastDay = month.at(-1)!.date;
const OUT = path.join(__dirname, "screenshots");

async function importDays(page: Page, days: Day[] = month) {
  const response = await postImport(page, days);
  expect(response.status(), await response.text()).toBe(200);
  expect(await response.text()).toContain(`"imported":${days.length}`);
}

// The worker reads the imported entries in the background, one by one, then stores the model; the panel says
// so while it happens ("still being read", "retraining now"). Wait until it has finished.
async function openWhenRead(page: Page, day = lastDay) {
  await expect(async () => {
    await page.goto(`/journal/${day}`);
    const status = page.getByTestId("memory-status");
    await expect(status).toContainText("entries in memory", { timeout: 1_000 });
    await expect(status).not.toContainText(/still being read|retraining now|will retrain/, { timeout: 1_000 });
    await expect(page.getByTestId("memory-item-let-go").first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
}

// The page as it is now, wide and on a phone, light and dark.
async function screenshots(page: Page, name: string) {
  for (const [size, viewport] of [
    ["wide", { width: 1280, height: 800 }],
    ["phone", { width: 390, height: 844 }],
  ] as const) {
    for (const scheme of ["light", "dark"] as const) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme });
      await page.reload();
      await expect(page.getByTestId("memory-panel")).toBeVisible();
      await page.screenshot({ path: path.join(OUT, `${name}-${size}-${scheme}.png`), fullPage: true });
    }
  }
}

test("the panel keeps the lessons, offers the worry to let go, and lets go with undo", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, uniqueEmail("memory"));
  await page.goto("/journal");
  await expect(page.getByTestId("memory-panel")).toContainText("Nothing in memory yet");
  await importDays(page);
  await openWhenRead(page);

  const panel = page.getByTestId("memory-panel");
  await expect(panel.getByTestId("memory-status")).toContainText("30 entries in memory");
  await expect(panel.getByTestId("day-gates")).toContainText("Taking in");
  await expect(panel.getByTestId("memory-item-keep").first()).toContainText(/learned|lesson/i);
  const worry = panel.getByTestId("memory-item-let-go").filter({ hasText: "Marek" }).first();
  await expect(worry).toContainText(/On \d+ days/);
  const quote = (await worry.locator("blockquote").first().textContent())!;

  await worry.locator("summary").click();
  await expect(worry.locator("figure svg").first()).toBeVisible();

  await worry.getByRole("button", { name: "Let go" }).click();
  const released = panel.getByTestId("memory-item-let-go-done").filter({ hasText: quote });
  await expect(released).toBeVisible();
  await expect(panel.getByTestId("memory-item-let-go").filter({ hasText: quote })).toHaveCount(0);

  await screenshots(page, "journal-memory");

  await released.getByRole("button", { name: "Undo let go" }).click();
  await expect(panel.getByTestId("memory-item-let-go").filter({ hasText: quote })).toBeVisible();
});

test("a journal in Chinese gets its themes, with their quotes, under Keep and Let go", async ({ page }) => {
  test.setTimeout(120_000);
  const weeks = nurseWeeks();
  await signUp(page, uniqueEmail("memory-zh"));
  await importDays(page, weeks);
  await openWhenRead(page, weeks.at(-1)!.date);
  const panel = page.getByTestId("memory-panel");
  await expect(panel.getByTestId("memory-item-let-go").filter({ hasText: "小刘" }).first()).toBeVisible();
  await expect(panel.getByTestId("memory-item-keep").first()).toContainText(/学到|意识到/);
  await screenshots(page, "journal-memory-zh");
});

test("another user's entry cannot be charted or marked", async ({ page }) => {
  await signUp(page, uniqueEmail("memory-other"));
  expect((await page.request.get("/api/memory/retention/no-such-entry")).status()).toBe(404);
  expect((await page.request.get("/api/memory/retention/x?until=2026-02-30")).status()).toBe(400);
});
