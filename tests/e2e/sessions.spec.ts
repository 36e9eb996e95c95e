// Sessions end on the server: a copy of the cookie stops working once its session is signed out, and "Sign out of
// all devices" ends every one. The session JSON shows the browser only the user id and the expiry, and nothing the
// browser sends through Auth.js's session update changes the token.
import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import { signIn, signUp, uniqueEmail } from "./helpers";

// A second browser holding a copy of the page's cookies, as someone who copied them would.
async function copyOfCookies(browser: Browser, page: Page): Promise<BrowserContext> {
  const copy = await browser.newContext();
  await copy.addCookies(await page.context().cookies());
  return copy;
}

test("a cookie copied before signing out gets 401 afterwards", async ({ browser, page }) => {
  await signUp(page, uniqueEmail("signout"));
  const copy = await copyOfCookies(browser, page);
  expect((await copy.request.get("/api/export")).status()).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  expect((await copy.request.get("/api/export")).status()).toBe(401);
  expect(await (await copy.request.get("/api/auth/session")).json()).toBeNull();
  await copy.close();
});

test("Sign out of all devices ends every session of the account", async ({ browser, page }) => {
  const email = uniqueEmail("everywhere");
  await signUp(page, email);
  const laptop = await browser.newContext();
  const other = await laptop.newPage();
  await signIn(other, email);
  const copy = await copyOfCookies(browser, page);

  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out of all devices" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  expect((await other.request.get("/api/export")).status()).toBe(401);
  expect((await copy.request.get("/api/export")).status()).toBe(401);
  await other.goto("/entries");
  await expect(other).toHaveURL(/\/sign-in/);
  await laptop.close();
  await copy.close();
});

test("the session JSON holds only the user id and expiry, and the browser cannot rewrite its token", async ({
  page,
}) => {
  await signUp(page, uniqueEmail("token"));
  const session = (await (await page.request.get("/api/auth/session")).json()) as Record<string, unknown>;
  expect(Object.keys(session).sort()).toEqual(["expires", "user"]);
  expect(Object.keys(session.user as object)).toEqual(["id"]);

  // Auth.js's session update, sent as its own client would, with fields meant to take over the token.
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const update = await page.request.post("/api/auth/session", {
    data: { csrfToken, data: { sub: "someone-else", sid: "forged", passwordKey: "forged", user: { id: "x" } } },
  });
  expect(update.status()).toBe(200);
  expect(await (await page.request.get("/api/auth/session")).json()).toEqual({
    user: session.user,
    expires: expect.any(String),
  });
  expect((await page.request.get("/api/export")).status()).toBe(200);
});
