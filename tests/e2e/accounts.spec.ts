// Accounts in the browser: deleting one's own account from Settings (password, then the dialog), the admin's
// one-time password link used by the account's owner, and a disabled account refused at the password sign-in.
import { expect, test } from "@playwright/test";
import { adminStatePath, PASSWORD, serverEntry, signIn, signUp, uniqueEmail, writeEntry } from "./helpers";

test("a user deletes their own account, after the password and the dialog, and it is gone", async ({ page }) => {
  const email = uniqueEmail("leaving");
  const today = await signUp(page, email);
  await writeEntry(page, "Something only this account wrote.");
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Delete account" });

  await section.getByLabel("Your password").fill("not my password at all");
  await section.getByRole("button", { name: "Delete my account…" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("1 entry");
  // Cancelling keeps everything.
  await dialog.getByRole("button", { name: "Keep my account" }).click();
  await expect(dialog).toBeHidden();
  await section.getByRole("button", { name: "Delete my account…" }).click();
  await dialog.getByRole("button", { name: "Delete everything" }).click();
  await expect(section.getByTestId("form-message")).toContainText("That is not your password");
  expect(await serverEntry(page, today)).not.toBeNull();

  await section.getByLabel("Your password").fill(PASSWORD);
  await section.getByRole("button", { name: "Delete my account…" }).click();
  await dialog.getByRole("button", { name: "Delete everything" }).click();
  await expect(page).toHaveURL(/\/sign-in\?deleted=1$/);
  await expect(page.getByTestId("form-message")).toContainText("were deleted");

  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "do not match an account" })).toBeVisible();
});

test("the admin's password link lets the owner choose a new password, once", async ({ browser, page }) => {
  const email = uniqueEmail("forgot");
  await signUp(page, email);
  const admin = await browser.newContext({ storageState: adminStatePath() });
  const adminPage = await admin.newPage();
  await adminPage.goto("/admin");
  const row = adminPage.getByRole("rowgroup").filter({ hasText: email });
  await row.getByRole("button", { name: "Password link" }).click();
  const link = await row.getByTestId("reset-link").getByRole("textbox").inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/reset-password\/[\w-]{40,}$/);
  await admin.close();

  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  await ownerPage.goto(link);
  await expect(ownerPage.getByText(`For ${email}.`)).toBeVisible();
  await ownerPage.getByLabel("New password").fill("short");
  await ownerPage.getByRole("button", { name: "Set password" }).click();
  await expect(ownerPage.getByText("Use at least 10 characters")).toBeVisible();
  await ownerPage.getByLabel("New password").fill("a fresh start by the sea");
  await ownerPage.getByRole("button", { name: "Set password" }).click();
  await expect(ownerPage).toHaveURL(/\/sign-in\?reset=done$/);
  await signIn(ownerPage, email, "a fresh start by the sea");
  // The session that was open when the password was reset has ended.
  await page.reload();
  await expect(page).toHaveURL(/\/sign-in/);
  // Used up.
  await ownerPage.goto(link);
  await expect(ownerPage.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  await owner.close();
});

test("a disabled account is told so at sign-in, and can sign in again once enabled", async ({ browser, page }) => {
  const email = uniqueEmail("paused");
  await signUp(page, email);
  await page.context().clearCookies();
  const admin = await browser.newContext({ storageState: adminStatePath() });
  const adminPage = await admin.newPage();
  await adminPage.goto("/admin");
  const row = adminPage.getByRole("rowgroup").filter({ hasText: email });
  await row.getByRole("button", { name: "Disable" }).click();
  await expect(row.getByRole("button", { name: "Enable" })).toBeVisible();

  await page.goto("/sign-in");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-message")).toContainText("This account is disabled");

  await row.getByRole("button", { name: "Enable" }).click();
  await expect(row.getByRole("button", { name: "Disable" })).toBeVisible();
  await admin.close();
  await signIn(page, email);
});

test("the admin cannot take away the server's last admin, nor act on their own account", async ({ browser }) => {
  const admin = await browser.newContext({ storageState: adminStatePath() });
  const page = await admin.newPage();
  await page.goto("/admin");
  const own = page.getByRole("rowgroup").filter({ hasText: "(you)" });
  await expect(own.getByText("Your own account: change it in Settings.")).toBeVisible();
  await expect(own.getByRole("button")).toHaveCount(0);
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Delete account" });
  await section.getByLabel("Your password").fill(PASSWORD);
  await section.getByRole("button", { name: "Delete my account…" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete everything" }).click();
  await expect(section.getByTestId("form-message")).toContainText("only admin");
  await admin.close();
});
