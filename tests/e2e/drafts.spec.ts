// Nothing typed is lost: when saves cannot reach the server the text stays in this browser, comes back after a
// reload, and reaches the server once it can.
import { expect, type Page, test } from "@playwright/test";
import { editor, expectSaved, saveStatus, serverEntry, signIn, signUp, uniqueEmail, writeEntry } from "./helpers";

const SAVES = "**/api/journal/**";

// The editor asks before leaving with unsaved text (beforeunload); a person reloading on purpose says yes.
function acceptLeavingPrompts(page: Page) {
  page.on("dialog", (dialog) => void (dialog.type() === "beforeunload" ? dialog.accept() : dialog.dismiss()));
}

async function expectKeptLocally(page: Page) {
  await expect(saveStatus(page)).toHaveAttribute("data-state", "failed");
  await expect(saveStatus(page)).toContainText("kept in this browser");
}

test("a failed save keeps the text; after a reload while still offline it is restored, then saved once back online", async ({
  page,
}) => {
  const today = await signUp(page, uniqueEmail("offline"));
  acceptLeavingPrompts(page);
  await writeEntry(page, "First version, saved.");

  await page.route(SAVES, (route) => route.abort("internetdisconnected"));
  const text = "First version, saved.\n\nThen the wifi dropped, and I kept writing about the long train home.";
  await editor(page).fill(text);
  await expectKeptLocally(page);
  expect((await serverEntry(page, today))?.body).toBe("First version, saved.");

  await page.reload();
  await expect(page.getByTestId("draft-restored")).toBeVisible();
  await expect(editor(page)).toHaveValue(text);
  await expectKeptLocally(page);

  await page.unroute(SAVES);
  // The retry comes on its own (after a few seconds of backoff); no typing needed.
  await expectSaved(page);
  expect((await serverEntry(page, today))?.body).toBe(text);

  // Saved means the local copy is gone: a reload shows the server's text with no "restored" notice.
  await page.reload();
  await expect(editor(page)).toHaveValue(text);
  await expect(page.getByTestId("draft-restored")).toHaveCount(0);
});

test("text typed while saves fail is restored and saved straight away after a reload once back online", async ({
  page,
}) => {
  const today = await signUp(page, uniqueEmail("flaky"));
  acceptLeavingPrompts(page);

  await page.route(SAVES, (route) => route.abort("failed"));
  const text = "Nobody else knows about this yet.";
  await editor(page).fill(text);
  await page
    .locator("label")
    .filter({ has: page.getByRole("radio", { name: "Low", exact: true }) })
    .click();
  await page.locator("#entry-tags").fill("secrets");
  await expectKeptLocally(page);
  await page.unroute(SAVES);

  await page.reload();
  await expect(page.getByTestId("draft-restored")).toBeVisible();
  await expect(editor(page)).toHaveValue(text);
  await expect(page.locator("#entry-tags")).toHaveValue("secrets");
  await expect(page.getByRole("radio", { name: "Low", exact: true })).toBeChecked();
  await expectSaved(page);
  expect(await serverEntry(page, today)).toMatchObject({ body: text, mood: 2, tags: ["secrets"] });
});

test("a server error (500) is retried too, and the text is never dropped", async ({ page }) => {
  const today = await signUp(page, uniqueEmail("five-hundred"));
  let failures = 0;
  await page.route(SAVES, async (route) => {
    if (route.request().method() === "PUT" && failures < 1) {
      failures += 1;
      await route.fulfill({ status: 500, contentType: "application/json", body: '{"error":"boom"}' });
    } else {
      await route.fallback();
    }
  });
  await editor(page).fill("Written during a server hiccup.");
  await expectKeptLocally(page);
  await expectSaved(page);
  expect((await serverEntry(page, today))?.body).toBe("Written during a server hiccup.");
});

test("signed out while writing: the text is kept, and saved once signed in again in another tab", async ({ page }) => {
  const email = uniqueEmail("expired");
  const today = await signUp(page, email);
  acceptLeavingPrompts(page);

  await page.context().clearCookies();
  const text = "Written after my session ran out.";
  await editor(page).fill(text);
  await expect(saveStatus(page)).toHaveAttribute("data-state", "signed-out");
  await expect(saveStatus(page)).toContainText("kept in this browser");

  // As the message suggests: sign in again in another tab. That tab finds the kept text and saves it.
  const other = await page.context().newPage();
  await signIn(other, email);
  await expect(editor(other)).toHaveValue(text);
  await expectSaved(other);
  await other.close();
  expect((await serverEntry(page, today))?.body).toBe(text);

  await page.reload();
  await expect(editor(page)).toHaveValue(text);
});
