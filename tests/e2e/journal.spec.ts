// Writing in the journal as a person would: sign up, write, reload, sign out and in, move between days,
// mood and tags, and deleting with a confirmation.
import { expect, test } from "@playwright/test";
import {
  addDays,
  editor,
  expectSaved,
  saveStatus,
  serverEntry,
  signIn,
  signUp,
  uniqueEmail,
  writeEntry,
} from "./helpers";

test("sign up, write today's entry, and find it again after a reload and after signing out and in", async ({
  page,
}) => {
  const email = uniqueEmail("writer");
  const today = await signUp(page, email);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Today");

  const text = `Walked to the river before work. The heron was back. (${email})`;
  await writeEntry(page, text);

  await page.reload();
  await expect(editor(page)).toHaveValue(text);
  await expect(page.getByTestId("draft-restored")).toHaveCount(0);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Entries" }).click();
  await expect(page).toHaveURL(/\/entries$/);
  const list = page.getByTestId("entry-list");
  await expect(list).toContainText("The heron was back");
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(page.getByText("1 entry, newest first")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("heading", { name: "Welcome back" })).toBeVisible();
  // Signed out means signed out: the journal sends us back to sign-in.
  await page.goto(`/journal/${today}`);
  await expect(page).toHaveURL(/\/sign-in$/);

  expect(await signIn(page, email)).toBe(today);
  await expect(editor(page)).toHaveValue(text);
});

test("a wrong password is refused with a message, not an error page", async ({ page }) => {
  const email = uniqueEmail("forgetful");
  await signUp(page, email);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill("not the right password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-message")).toContainText("do not match");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("write for a past day through 'Go to a day', move with previous/next day, and keep mood and tags", async ({
  page,
}) => {
  const today = await signUp(page, uniqueEmail("past"));
  const past = addDays(today, -10);

  await page.goto("/entries");
  await page.locator("#jump-date").fill(past);
  await page.getByRole("button", { name: "Go", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/journal/${past}$`));
  await expect(page.getByRole("heading", { level: 1 })).not.toContainText("Today");

  await editor(page).fill("A slow Sunday. I finally called my sister back.");
  await page
    .locator("label")
    .filter({ has: page.getByRole("radio", { name: "Good", exact: true }) })
    .click();
  await page.locator("#entry-tags").fill("Family,  calls, family");
  await expectSaved(page);
  await expect
    .poll(async () => serverEntry(page, past))
    .toMatchObject({
      date: past,
      body: "A slow Sunday. I finally called my sister back.",
      mood: 4,
      tags: ["calls", "family"],
    });

  // Back on a past day that has an entry, it opens for reading first.
  await page.reload();
  await expect(page.getByTestId("entry-preview")).toContainText("A slow Sunday. I finally called my sister back.");
  await page.getByRole("button", { name: "Write" }).click();
  await expect(editor(page)).toHaveValue("A slow Sunday. I finally called my sister back.");
  await expect(page.getByRole("radio", { name: "Good", exact: true })).toBeChecked();
  await expect(page.locator("#entry-tags")).toHaveValue("calls, family");

  // Day by day: back one, then forward again.
  await page.getByRole("link", { name: "Previous day" }).click();
  await expect(page).toHaveURL(new RegExp(`/journal/${addDays(past, -1)}$`));
  await expect(editor(page)).toHaveValue("");
  await page.getByRole("link", { name: "Next day" }).click();
  await expect(page).toHaveURL(new RegExp(`/journal/${past}$`));
  await expect(page.getByTestId("entry-preview")).toContainText("A slow Sunday. I finally called my sister back.");

  // A day typed straight into the address bar works too, and the "previous entry" link finds the past one.
  const other = addDays(today, -3);
  await page.goto(`/journal/${other}`);
  await writeEntry(page, "Rain all day. Read two chapters.");
  await expect(page.getByRole("link", { name: /Previous entry/ })).toBeVisible();
  await page.getByRole("link", { name: /Previous entry/ }).click();
  await expect(page).toHaveURL(new RegExp(`/journal/${past}$`));

  // Today is the latest day: no "next day" beyond it, and future or impossible days have no page.
  await page.goto(`/journal/${today}`);
  await expect(page.getByRole("button", { name: /Next day/ })).toBeDisabled();
  // (Their HTTP status is checked in status-codes.spec.ts.)
  await page.goto(`/journal/${addDays(today, 1)}`);
  await expect(page.getByRole("heading", { name: "Nothing here" })).toBeVisible();
  await expect(editor(page)).toHaveCount(0);
  await page.goto("/journal/2025-02-30");
  await expect(page.getByRole("heading", { name: "Nothing here" })).toBeVisible();

  // Clearing the mood is saved as "no mood".
  await page.goto(`/journal/${past}`);
  await page.getByRole("button", { name: "Clear mood" }).click();
  await expectSaved(page);
  await expect.poll(async () => (await serverEntry(page, past))?.mood).toBeNull();
});

test("deleting asks to confirm: 'Keep it' keeps the entry, 'Delete' removes it", async ({ page }) => {
  const today = await signUp(page, uniqueEmail("deleter"));
  await writeEntry(page, "Something I will think better of.");
  const saved = await serverEntry(page, today);
  expect(saved).not.toBeNull();

  await page.getByRole("button", { name: "Delete entry" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Delete this entry?");
  await dialog.getByRole("button", { name: "Keep it" }).click();
  await expect(dialog).toBeHidden();
  expect(await serverEntry(page, today)).toMatchObject({ id: saved?.id, body: "Something I will think better of." });
  await expect(editor(page)).toHaveValue("Something I will think better of.");

  // Escape is a way out too.
  await page.getByRole("button", { name: "Delete entry" }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  expect(await serverEntry(page, today)).not.toBeNull();

  await page.getByRole("button", { name: "Delete entry" }).click();
  await dialog.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(editor(page)).toHaveValue("");
  await expect(page.getByRole("button", { name: "Delete entry" })).toHaveCount(0);
  await expect.poll(async () => serverEntry(page, today)).toBeNull();

  await page.reload();
  await expect(editor(page)).toHaveValue("");
  await expect(page.getByTestId("draft-restored")).toHaveCount(0);
  await expect(saveStatus(page)).toHaveAttribute("data-state", "idle");
  await page.goto("/entries");
  await expect(page.getByText("No entries yet")).toBeVisible();
});

test("sign-up explains what is wrong with the input and keeps what was typed", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Email", { exact: true }).fill("not-an-email");
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters")).toBeVisible();
  await expect(page.getByLabel("Email", { exact: true })).toHaveValue("not-an-email");
  await expect(page.getByLabel("Email", { exact: true })).toHaveAttribute("aria-invalid", "true");

  // An email already in use is refused, pointing to sign-in.
  const email = uniqueEmail("twice");
  await signUp(page, email);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/sign-up");
  await page.getByLabel("Email", { exact: true }).fill(email.toUpperCase());
  await page.getByLabel("Password", { exact: true }).fill("another long password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("An account with this email already exists")).toBeVisible();
});

test("the theme follows the system until the person picks one, and the choice sticks", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  try {
    await signUp(page, uniqueEmail("theme"));
    const html = page.locator("html");
    await expect(html).toHaveClass(/\bdark\b/);
    await page.getByRole("button", { name: "Switch light or dark theme" }).click();
    await expect(html).not.toHaveClass(/\bdark\b/);
    await page.reload();
    await expect(html).not.toHaveClass(/\bdark\b/);
    await page.emulateMedia({ colorScheme: "light" });
    await page.getByRole("button", { name: "Switch light or dark theme" }).click();
    await page.reload();
    await expect(html).toHaveClass(/\bdark\b/);
  } finally {
    await context.close();
  }
});
