// The interface's language: a visitor's browser language before sign-in, the sign-in page's switch, and the
// account's own choice in Settings, which the sign-in page keeps after a sign-out.
import { expect, test } from "@playwright/test";
import { PASSWORD, uniqueEmail } from "./helpers";

test("a Chinese browser signs up in Chinese, switches to English in Settings and signs out in English", async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto("/sign-up");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.getByRole("heading", { name: "创建你的账号" })).toBeVisible();
  await page.getByLabel("邮箱", { exact: true }).fill(uniqueEmail("zh"));
  await page.getByLabel("密码", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "创建账号" }).click();
  await expect(page).toHaveURL(/\/journal\/\d{4}-\d{2}-\d{2}$/, { timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^今天/);
  await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "设置" })).toBeVisible();
  await expect(page.getByTestId("memory-panel")).toContainText("记忆里还什么都没有");
  // A refusal from the API is said in Chinese too.
  const refused = await page.request.put("/api/journal/2999-01-01", { data: { body: "x" } });
  expect((await refused.json()) as unknown).toEqual({ error: "这一天还没到：只能写今天或更早的日记" });

  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "设置", level: 1 })).toBeVisible();
  await expect(page.getByLabel("语言")).toHaveValue("zh");
  await page.getByLabel("语言").selectOption("en");
  await page.getByRole("button", { name: "保存资料" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Profile saved.");
  await page.reload();
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  await expect(page.getByLabel("Language")).toHaveValue("en");

  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Welcome back" })).toBeVisible();
  await context.close();
});

test("the sign-in page's switch changes the language and keeps it", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Welcome back" })).toBeVisible();
  const languages = page.getByRole("group", { name: "Language" });
  await languages.getByRole("button", { name: "中文" }).click();
  await expect(page.getByRole("heading", { name: "欢迎回来" })).toBeVisible();
  await expect(page.getByRole("group", { name: "语言" }).getByRole("button", { name: "中文" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  // A wrong password is refused in the language chosen.
  await page.getByLabel("邮箱", { exact: true }).fill(uniqueEmail("nobody"));
  await page.getByLabel("密码", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("邮箱和密码不匹配任何账号。");
  await page.goto("/sign-up");
  await expect(page.getByRole("heading", { name: "创建你的账号" })).toBeVisible();
  await context.close();
});
