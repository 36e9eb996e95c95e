// Shared steps for the browser tests. Every test signs up its own user (unique email), so tests never depend
// on each other's data; only the admin account, made once by global.setup.ts, is shared.
import path from "node:path";
import { type APIResponse, expect, type Locator, type Page } from "@playwright/test";

export const PASSWORD = "a quiet walk by the river";

export const ADMIN_EMAIL = "admin@cellstate.test";

// Written by global.setup.ts, inside the run's fresh data folder (see playwright.config.ts).
export function adminStatePath(): string {
  const dir = process.env.CELLSTATE_E2E_DATA_DIR;
  if (!dir) throw new Error("CELLSTATE_E2E_DATA_DIR is not set: run the tests through playwright.config.ts");
  return path.join(dir, "admin-storage-state.json");
}

let counter = 0;
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${process.pid}-${counter}@cellstate.test`;
}

const DAY_URL = /\/journal\/(\d{4}-\d{2}-\d{2})$/;

// The writer's "today" is the server's idea of it (the user's time zone), read from where it sends us.
export function dayFromUrl(page: Page): string {
  const match = DAY_URL.exec(new URL(page.url()).pathname);
  if (!match?.[1]) throw new Error(`Not on a journal day page: ${page.url()}`);
  return match[1];
}

export async function signUp(page: Page, email: string, password = PASSWORD): Promise<string> {
  await page.goto("/sign-up");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(DAY_URL, { timeout: 20_000 });
  return dayFromUrl(page);
}

export async function signIn(page: Page, email: string, password = PASSWORD): Promise<string> {
  await page.goto("/sign-in");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(DAY_URL, { timeout: 20_000 });
  return dayFromUrl(page);
}

export function editor(page: Page): Locator {
  return page.locator("#entry-body");
}

export function saveStatus(page: Page): Locator {
  return page.getByTestId("save-status");
}

export async function expectSaved(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveAttribute("data-state", "saved", { timeout: 15_000 });
}

// Types into the day's editor and waits until the server has confirmed the save.
export async function writeEntry(page: Page, text: string): Promise<void> {
  await editor(page).fill(text);
  await expectSaved(page);
}

// Same calendar arithmetic as lib/dates.ts: through UTC midnight, so no zone or DST shifts a day.
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

type ApiEntry = { id: string; date: string; body: string; mood: number | null; tags: string[] };

// The server's copy of a day's entry as seen by the page's signed-in user, or null on 404.
export async function serverEntry(page: Page, date: string): Promise<ApiEntry | null> {
  const response = await page.request.get(`/api/journal/${date}`);
  if (response.status() === 404) return null;
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { entry: ApiEntry }).entry;
}

// An import as the settings page sends it: the file's own text, as application/json (a Buffer, so Playwright does
// not encode it a second time).
export function postImport(page: Page, records: unknown): Promise<APIResponse> {
  return page.request.post("/api/import", {
    headers: { "content-type": "application/json" },
    data: Buffer.from(JSON.stringify(records)),
  });
}
