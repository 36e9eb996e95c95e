// Changing the password ends every session of the account (lib/auth/sessions.ts); this browser is signed in
// again with the new password, so it stays signed in while every copy of an older cookie stops working.
import { expect, test } from "@playwright/test";
import { PASSWORD, signIn, signUp, uniqueEmail } from "./helpers";

const NEW_PASSWORD = "a different walk by the sea";

test("a password change signs out the other sessions and every older cookie, not this browser", async ({ browser }) => {
  const email = uniqueEmail("password");
  const here = await browser.newPage();
  const elsewhere = await (await browser.newContext()).newPage();
  await signUp(here, email);
  await signIn(elsewhere, email);
  // This browser's own cookie from before the change, copied.
  const copy = await browser.newContext();
  await copy.addCookies(await here.context().cookies());

  await here.goto("/settings");
  await here.getByLabel("Current password").fill(PASSWORD);
  await here.getByLabel("New password").fill(NEW_PASSWORD);
  await here.getByRole("button", { name: "Change password" }).click();
  await expect(here.getByTestId("form-message")).toContainText("You stay signed in here");

  await here.goto("/entries");
  await expect(here).toHaveURL(/\/entries$/);
  await elsewhere.goto("/entries");
  await expect(elsewhere).toHaveURL(/\/sign-in/);
  expect((await elsewhere.request.get("/api/export")).status()).toBe(401);
  expect((await copy.request.get("/api/export")).status()).toBe(401);
  expect((await here.request.get("/api/export")).status()).toBe(200);
  await copy.close();

  await signIn(elsewhere, email, NEW_PASSWORD);
  await elsewhere.goto("/entries");
  await expect(elsewhere).toHaveURL(/\/entries$/);
  await elsewhere.context().close();
  await here.close();
});
