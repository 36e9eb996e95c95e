// The first account on the fresh server: it becomes the admin. The other tests sign up ordinary users after it;
// the screenshot test uses this account for the admin page.
import { expect, test as setup } from "@playwright/test";
import { ADMIN_EMAIL, adminStatePath, PASSWORD } from "./helpers";

setup("the first account on a fresh server sets up the journal and is the admin", async ({ page }) => {
  // With no accounts yet, the front door leads to sign-up, not sign-in.
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-up$/);
  await expect(page.getByRole("heading", { name: "Set up your journal" })).toBeVisible();

  await page.getByLabel("Email", { exact: true }).fill(ADMIN_EMAIL);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/journal\/\d{4}-\d{2}-\d{2}$/, { timeout: 20_000 });
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toBeVisible();

  await page.context().storageState({ path: adminStatePath() });
});
