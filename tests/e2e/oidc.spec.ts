// Single sign-on through a real OpenID Connect provider (tests/e2e/oidc/provider.ts, the oidc-provider package)
// started here, on the port the test server's OIDC_ISSUER names (playwright.config.ts): its own login and consent
// pages, Auth.js's code flow with PKCE, back to the journal. Accounts are linked by verified e-mail only, a disabled
// account is refused, and a new verified address signs up (SIGNUP=open here; closed sign-up refusing an unknown
// address is tests/integration/signup-closed.test.ts).
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { adminStatePath, signUp, uniqueEmail } from "./helpers";
import { OIDC_TEST_NAME, oidcTestPort } from "./oidc/client";

const APP_PORT = Number(process.env.E2E_PORT || 3100);
let provider: ChildProcess;

test.beforeAll(async () => {
  const redirect = `http://127.0.0.1:${APP_PORT}/api/auth/callback/oidc`;
  provider = spawn(
    process.execPath,
    ["--import", "tsx", path.join(__dirname, "oidc", "provider.ts"), String(oidcTestPort(APP_PORT)), redirect],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  await new Promise<void>((resolve, reject) => {
    provider.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
    provider.once("exit", (code) => reject(new Error(`the OpenID provider exited with ${code}`)));
  });
});

test.afterAll(() => {
  provider?.kill();
});

// Through the provider's own pages: its login form (any password), then its consent page.
async function signInThroughProvider(page: Page, login: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: `Continue with ${OIDC_TEST_NAME}` }).click();
  await expect(page).toHaveURL(new RegExp(`^http://127\\.0\\.0\\.1:${oidcTestPort(APP_PORT)}/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password the test provider takes");
  await page.locator('button[type="submit"]').click();
  await page.getByRole("button", { name: "Continue" }).click();
}

const DAY_URL = /\/journal\/\d{4}-\d{2}-\d{2}$/;

test("a new, verified e-mail signs up through the provider and lands on the journal", async ({ page }) => {
  const email = uniqueEmail("sso-new");
  await signInThroughProvider(page, email);
  await expect(page).toHaveURL(DAY_URL, { timeout: 20_000 });
  await page.goto("/settings");
  await expect(page.getByText(`Signed in as ${email}.`)).toBeVisible();
});

test("an existing password account is linked by its verified e-mail", async ({ browser, page }) => {
  const email = uniqueEmail("sso-linked");
  await signUp(page, email);
  await page.goto("/settings");
  await page.getByLabel("Name").fill("Linked by e-mail");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByTestId("form-message")).toContainText("Profile saved");

  const other = await browser.newContext();
  const sso = await other.newPage();
  await signInThroughProvider(sso, email);
  await expect(sso).toHaveURL(DAY_URL, { timeout: 20_000 });
  await sso.goto("/settings");
  // The same account, not a new one of the same address.
  await expect(sso.getByLabel("Name")).toHaveValue("Linked by e-mail");
  await other.close();
});

test("an e-mail the provider has not verified is refused", async ({ page }) => {
  const email = uniqueEmail("sso-unverified");
  await signUp(page, email);
  await page.context().clearCookies();
  await signInThroughProvider(page, `unverified:${email}`);
  await expect(page).toHaveURL(/\/sign-in\?error=oidc-unverified/, { timeout: 20_000 });
  await expect(page.getByTestId("form-message")).toContainText("has not verified this e-mail address");
  await page.goto("/journal");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a disabled account cannot sign in through the provider", async ({ browser, page }) => {
  const email = uniqueEmail("sso-disabled");
  await signUp(page, email);
  const admin = await browser.newContext({ storageState: adminStatePath() });
  const adminPage = await admin.newPage();
  await adminPage.goto("/admin");
  const row = adminPage.getByRole("rowgroup").filter({ hasText: email });
  await row.getByRole("button", { name: "Disable" }).click();
  await expect(row.getByText("disabled", { exact: true })).toBeVisible();
  await admin.close();

  // Its session ended at once.
  await page.reload();
  await expect(page).toHaveURL(/\/sign-in/);
  await signInThroughProvider(page, email);
  await expect(page).toHaveURL(/\/sign-in\?error=oidc-disabled/, { timeout: 20_000 });
  await expect(page.getByTestId("form-message")).toContainText("This account is disabled");
});
