// The installable app writing offline, on the built app with the network switched off (context.setOffline, which
// the service worker's own requests obey too): today's page opens from the offline shell, the draft is kept across
// reloads, and once the connection is back the text is on the server, none of it lost. What the worker keeps is
// only the shell and the build's files, and sign-out deletes all of it with the drafts.
import AxeBuilder from "@axe-core/playwright";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { editor, expectSaved, saveStatus, serverEntry, signUp, uniqueEmail, writeEntry } from "./helpers";

const shellEditor = (page: Page) => page.locator("#offline-body");

// The editor asks before leaving with unsaved text (beforeunload); a person reloading on purpose says yes.
function acceptLeavingPrompts(page: Page) {
  page.on("dialog", (dialog) => void (dialog.type() === "beforeunload" ? dialog.accept() : dialog.dismiss()));
}

// Installed, in control of the page, and holding the shell: only then can the page come back offline.
async function waitForOfflineReady(page: Page) {
  await expect
    .poll(() => page.evaluate(async () => !!navigator.serviceWorker.controller && !!(await caches.match("/offline"))), {
      timeout: 20_000,
    })
    .toBe(true);
}

async function goOffline(context: BrowserContext) {
  await context.setOffline(true);
}

const cachedUrls = (page: Page) =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    return urls;
  });

test("text written offline survives a reload while offline and is saved once the connection returns", async ({
  page,
  context,
}) => {
  const today = await signUp(page, uniqueEmail("pwa-offline"));
  acceptLeavingPrompts(page);
  await waitForOfflineReady(page);
  await writeEntry(page, "Morning, saved while online.");

  await goOffline(context);
  const first = "Morning, saved while online.\n\nOn the train now, no signal; I kept writing about the long way home.";
  await editor(page).fill(first);
  await expect(saveStatus(page)).toHaveAttribute("data-state", "failed");

  // A reload offline: the page cannot be reached, so the worker opens the shell on the same day, with the draft.
  await page.reload();
  await expect(page).toHaveURL(new RegExp(`/offline#${today}$`));
  await expect(page.getByTestId("offline-notice")).toContainText("not reached the server yet");
  await expect(shellEditor(page)).toHaveValue(first);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  const full = `${first}\n\nStill offline, a last line from the shell.`;
  await shellEditor(page).fill(full);
  await page.reload();
  await expect(shellEditor(page)).toHaveValue(full);
  expect((await serverEntry(page, today).catch(() => null))?.body).not.toBe(full);

  await context.setOffline(false);
  await expect(page).toHaveURL(new RegExp(`/journal/${today}$`), { timeout: 20_000 });
  await expect(editor(page)).toHaveValue(full);
  await expectSaved(page);
  expect((await serverEntry(page, today))?.body).toBe(full);
});

test("today's page opened offline with no draft adds what is written to the saved entry, replacing nothing", async ({
  page,
  context,
}) => {
  const today = await signUp(page, uniqueEmail("pwa-fresh"));
  await waitForOfflineReady(page);
  await writeEntry(page, "Written at home before leaving.");

  await goOffline(context);
  await page.goto("/journal");
  await expect(page).toHaveURL(/\/offline$/);
  await expect(page.getByTestId("offline-notice")).toContainText("nothing you saved before is replaced");
  await expect(shellEditor(page)).toHaveValue("");
  await shellEditor(page).fill("Written in the park, offline.");
  await page.reload();
  await expect(shellEditor(page)).toHaveValue("Written in the park, offline.");

  await context.setOffline(false);
  await expect(page).toHaveURL(new RegExp(`/journal/${today}$`), { timeout: 20_000 });
  await expectSaved(page);
  expect((await serverEntry(page, today))?.body).toBe(
    "Written at home before leaving.\n\nWritten in the park, offline.",
  );
});

test("the worker keeps only the shell and the build's files, the shell holds no one's data, and sign-out clears it all", async ({
  page,
  context,
}) => {
  const email = uniqueEmail("pwa-clear");
  const today = await signUp(page, email);
  await waitForOfflineReady(page);
  await writeEntry(page, "A private line that no cache may keep.");
  await page.goto("/entries");
  await page.goto(`/journal/${today}`);

  const urls = await cachedUrls(page);
  expect(urls).toContain("/offline");
  for (const url of urls) expect(url, "cached").toMatch(/^\/(offline|_next\/static\/.+)$/);
  const shell = await page.request.get("/offline");
  expect(shell.headers()["cache-control"]).toBe("private, no-cache");
  const html = await shell.text();
  expect(html).not.toContain(email);
  expect(html).not.toContain("private line");

  // Offline text waiting to be placed, then sign-out once back online: it is saved, and nothing stays behind.
  await goOffline(context);
  await page.goto(`/journal/${today}`);
  await shellEditor(page).fill("One more thought from offline.");
  await context.setOffline(false);
  await expect(page).toHaveURL(new RegExp(`/journal/${today}$`), { timeout: 20_000 });
  await expectSaved(page);
  expect((await serverEntry(page, today))?.body).toBe(
    "A private line that no cache may keep.\n\nOne more thought from offline.",
  );
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  expect(await cachedUrls(page)).toEqual([]);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((key) => key !== "cellstate:theme"));
  expect(kept.filter((key) => key.startsWith("cellstate:"))).toEqual([]);
});
