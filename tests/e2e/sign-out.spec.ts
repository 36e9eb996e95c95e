// Signing out at a shared computer: what was typed is saved first (or, when it cannot be, the user chooses), and
// afterwards nothing of the user is left in the browser for the next person.
import { expect, type Page, test } from "@playwright/test";
import { editor, serverEntry, signIn, signUp, uniqueEmail } from "./helpers";

const storedDrafts = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("cellstate:draft:")));

test("signing out saves the draft being typed, then leaves no draft or page of the user behind", async ({ page }) => {
  const email = uniqueEmail("shared");
  const today = await signUp(page, email);
  const text = "A note about the appointment that nobody else at this computer should read.";
  // Signed out straight after typing, before the autosave's pause has passed.
  await editor(page).fill(text);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  expect(await storedDrafts(page)).toEqual([]);
  await expect(page.getByText("appointment")).toHaveCount(0);
  // Going back does not show the journal page again.
  await page.goBack();
  await expect(page.getByText("appointment")).toHaveCount(0);

  await signIn(page, email);
  expect((await serverEntry(page, today))?.body).toBe(text);
});

test("when a draft cannot be saved, signing out asks: stay keeps it, discard removes it", async ({ page }) => {
  await signUp(page, uniqueEmail("offline-signout"));
  await page.route("**/api/journal/**", (route) => route.abort("internetdisconnected"));
  const text = "Written on the train with no signal.";
  await editor(page).fill(text);

  await page.getByRole("button", { name: "Sign out" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Unsaved writing" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Stay signed in" }).click();
  await expect(page).toHaveURL(/\/journal\//);
  await expect(editor(page)).toHaveValue(text);
  expect(await storedDrafts(page)).toHaveLength(1);

  await page.getByRole("button", { name: "Sign out" }).click();
  await dialog.getByRole("button", { name: "Discard and sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  expect(await storedDrafts(page)).toEqual([]);
});
