// Changing the password keeps this session and signs out every other one (JWT sessions carry a fingerprint
// of the password hash, checked on every request).
import { expect, test } from "@playwright/test";
import { PASSWORD, signIn, signUp, uniqueEmail } from "./helpers";

const NEW_PASSWORD = "a different walk by the sea";

test("a password change signs out the other sessions, not this one", async ({ browser }) => {
  const email = uniqueEmail("password");
  const here = await browser.newPage();
  const elsewhere = await (await browser.newContext()).newPage();
  await signUp(here, email);
  await signIn(elsewhere, email);

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

  await signIn(elsewhere, email, NEW_PASSWORD);
  await elsewhere.goto("/entries");
  await expect(elsewhere).toHaveURL(/\/entries$/);
  await elsewhere.context().close();
  await here.close();
});
