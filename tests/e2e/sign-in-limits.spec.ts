// Through the real sign-in form and Auth.js: after 10 wrong passwords the account waits, the right password too,
// and the form says for how long. (11 failures from this machine's address: far under the per-address limit of
// 50, so the other browser tests are not affected.)
import { expect, test } from "@playwright/test";
import { PASSWORD, signUp, uniqueEmail } from "./helpers";

test("the 11th sign-in after 10 wrong passwords is refused with when to try again, even with the right password", async ({
  page,
}) => {
  const email = uniqueEmail("guessed");
  await signUp(page, email);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  const signInWith = async (password: string) => {
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByLabel("Password", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    // React resets the form once the answer is shown: wait for it, so the next try is not typed into a form
    // about to be emptied.
    await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
  };
  for (let i = 0; i < 10; i++) {
    await signInWith(`wrong guess ${i}`);
    await expect(page.getByTestId("form-message")).toContainText("do not match");
  }
  await signInWith(PASSWORD);
  await expect(page.getByTestId("form-message")).toContainText("Too many tries. Try again in 15 minutes.");
  await expect(page).toHaveURL(/\/sign-in$/);
  // The address typed is still there.
  await expect(page.getByLabel("Email", { exact: true })).toHaveValue(email);
});
