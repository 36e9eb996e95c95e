// Settings → Daily reminder in the browser: off by default, a time and e-mail saved and shown again, notifications on
// this device explained (where the push goes) and offered, in English and Chinese, with no serious accessibility
// problem. Sending is tested against real receivers in tests/integration/reminders.test.ts.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { signIn, signUp, uniqueEmail } from "./helpers";

// The reminder card only: the rest of Settings belongs to other features' checks.
async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .include('section[aria-labelledby="reminders-heading"]')
    .analyze();
  expect(
    violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}: ${n.failureSummary ?? ""}`)),
  ).toEqual([]);
}

const card = (page: Page) => page.getByRole("region", { name: /Daily reminder|每日提醒/ });

test("the daily reminder is off until set, keeps its time and e-mail choice, and says where a push goes", async ({
  page,
  context,
}) => {
  const email = uniqueEmail("remind");
  await signUp(page, email);
  await page.goto("/settings");
  const reminder = card(page);
  await expect(reminder.getByLabel("Remind me every day")).not.toBeChecked();
  await expect(reminder).toContainText("browser maker's push service");
  await expect(reminder).toContainText("never anything from your journal");
  await expect(reminder.getByTestId("push-devices")).toHaveText("No device gets notifications yet.");
  await expectAccessible(page);

  await reminder.getByLabel("Remind me every day").check();
  await reminder.getByLabel("Time").fill("07:45");
  await reminder.getByLabel(`By e-mail to ${email}`).check();
  await reminder.getByRole("button", { name: "Save reminder" }).click();
  await expect(reminder.getByTestId("form-message")).toHaveText("Reminder set for 07:45 every day.");
  await page.reload();
  await expect(card(page).getByLabel("Remind me every day")).toBeChecked();
  await expect(card(page).getByLabel("Time")).toHaveValue("07:45");
  await expect(card(page).getByLabel(`By e-mail to ${email}`)).toBeChecked();

  await card(page).getByLabel("Time").fill("");
  await card(page).getByRole("button", { name: "Save reminder" }).click();
  await expect(card(page)).toContainText("Choose a time of day");

  // This browser can be asked; here its push service is out of reach, which the card says plainly.
  await context.grantPermissions(["notifications"]);
  const toggle = card(page).getByTestId("push-toggle");
  await expect(toggle).toHaveAttribute("data-state", /^(on|off)$/, { timeout: 20_000 });
  await card(page).getByRole("button", { name: "Turn on notifications here" }).click();
  await expect(toggle).toHaveAttribute("data-state", /^(on|failed)$/, { timeout: 20_000 });

  await card(page).getByLabel("Remind me every day").uncheck();
  await card(page).getByLabel("Time").fill("07:45");
  await card(page).getByRole("button", { name: "Save reminder" }).click();
  await expect(card(page).getByTestId("form-message")).toHaveText("Reminders are off.");
});

test("the reminder card reads in Chinese", async ({ page, context }) => {
  await signUp(page, uniqueEmail("remind-zh"));
  await context.addCookies([{ name: "cellstate-locale", value: "zh", url: new URL(page.url()).origin }]);
  await page.goto("/settings");
  const reminder = card(page);
  await expect(reminder.getByRole("heading", { name: "每日提醒" })).toBeVisible();
  await expect(reminder).toContainText("浏览器厂商的推送服务");
  await reminder.getByLabel("每天提醒我").check();
  await reminder.getByLabel("时间").fill("21:30");
  await reminder.getByRole("button", { name: "保存提醒" }).click();
  await expect(reminder.getByTestId("form-message")).toHaveText("已设置每天 21:30 提醒。");
  await expectAccessible(page);
});

test("a device's subscription is kept and forgotten through the API, and 'sign out of all devices' ends every one", async ({
  page,
}) => {
  const email = uniqueEmail("remind-devices");
  await signUp(page, email);
  const subscription = (name: string) => ({
    endpoint: `https://push.example/${name}`,
    keys: { p256dh: "B".repeat(87), auth: "A".repeat(22) },
  });
  const devices = async () => {
    await page.goto("/settings");
    return card(page).getByTestId("push-devices");
  };
  for (const name of ["phone", "laptop"]) {
    const response = await page.request.post("/api/push/subscription", { data: subscription(name) });
    expect(response.status(), await response.text()).toBe(200);
  }
  await expect(await devices()).toHaveText("2 devices get notifications.");
  const refused = await page.request.post("/api/push/subscription", {
    data: { ...subscription("x"), endpoint: "http://push.example/x" },
  });
  expect(refused.status()).toBe(400);
  expect(((await refused.json()) as { error: string }).error).toContain("https://");

  const removed = await page.request.delete("/api/push/subscription", {
    data: { endpoint: "https://push.example/phone" },
  });
  expect(await removed.json()).toEqual({ removed: 1, devices: 1 });
  await expect(await devices()).toHaveText("1 device gets notifications.");

  await page.getByRole("button", { name: "Sign out of all devices" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await signIn(page, email);
  await expect(await devices()).toHaveText("No device gets notifications yet.");
});
