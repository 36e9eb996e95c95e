// The first account on the fresh server: it becomes the admin, and only with the one-time setup link `npm start`
// printed (its code is also kept in the data folder, where this reads it). The other tests sign up ordinary users
// after it; the screenshot test uses this account for the admin page.
import fs from "node:fs";
import path from "node:path";
import { expect, test as setup } from "@playwright/test";
import { ADMIN_EMAIL, adminStatePath, PASSWORD } from "./helpers";

function setupCode(): string {
  return fs.readFileSync(path.join(process.env.CELLSTATE_E2E_DATA_DIR!, "setup-code"), "utf8").trim();
}

setup("the first account needs the setup link, sets up the journal and is the admin", async ({ page }) => {
  // With no accounts yet, the front door and sign-up lead to the setup page, which without the code has no form.
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByTestId("setup-needs-code")).toBeVisible();
  await expect(page.getByRole("button", { name: "Create account" })).toHaveCount(0);
  await page.goto("/sign-up");
  await expect(page).toHaveURL(/\/setup$/);
  await page.goto("/setup?code=guessed-wrong-0123456789");
  await expect(page.getByText("That setup link is not right")).toBeVisible();
  await expect(page.getByRole("button", { name: "Create account" })).toHaveCount(0);

  // The form's code is checked again on the server: one changed in the page is refused.
  await page.goto(`/setup?code=${setupCode()}`);
  await expect(page.getByRole("heading", { name: "Set up your journal" })).toBeVisible();
  await page.getByLabel("Email", { exact: true }).fill("intruder@cellstate.test");
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.locator('input[name="setupCode"]').evaluate((input: HTMLInputElement) => (input.value = "forged"));
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("form-message")).toContainText("needs the setup link");
  // What was typed is still there.
  await expect(page.getByLabel("Email", { exact: true })).toHaveValue("intruder@cellstate.test");

  await page.goto(`/setup?code=${setupCode()}`);
  await page.getByLabel("Email", { exact: true }).fill(ADMIN_EMAIL);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/journal\/\d{4}-\d{2}-\d{2}$/, { timeout: 20_000 });
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toBeVisible();
  // Used once: the code is gone and the setup page now leads to sign-in.
  expect(fs.existsSync(path.join(process.env.CELLSTATE_E2E_DATA_DIR!, "setup-code"))).toBe(false);

  await page.context().storageState({ path: adminStatePath() });
});
