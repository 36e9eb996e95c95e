// axe-core on every page, signed out and signed in, light and dark, in English and in Chinese: a serious or
// critical violation (a control without a name, text below the contrast ratio, a broken ARIA role…) fails.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { LOCALES } from "../../i18n/locales";
import { addDays, adminStatePath, dayFromUrl } from "./helpers";
import { contextIn } from "./locale-context";

const SCHEMES = ["light", "dark"] as const;

async function violations(page: Page, name: string): Promise<string[]> {
  // The charts draw after hydration and the panel's data may still be arriving: read the page as it settles.
  await page.waitForLoadState("networkidle").catch(() => undefined);
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${name}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

let today = "";
const PAST = -12;

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({ storageState: adminStatePath() });
  const page = await context.newPage();
  await page.goto("/journal");
  today = dayFromUrl(page);
  // Something to read on a past day (one the screenshot test leaves alone), so the memory panel, the list and the
  // calendar have content.
  const response = await context.request.put(`/api/journal/${addDays(today, PAST)}`, {
    data: { body: "I learned that a walk at lunch helps more than coffee.\n\nStill worried about Thursday.", mood: 3 },
  });
  expect(response.status(), await response.text()).toBe(200);
  await context.close();
});

for (const locale of LOCALES) {
  for (const scheme of SCHEMES) {
    test(`no serious or critical axe violations on any page, ${locale}, ${scheme}`, async ({ browser, baseURL }) => {
      test.setTimeout(180_000);
      const found: string[] = [];
      const anonymous = await contextIn(browser, locale, baseURL!, { colorScheme: scheme });
      const admin = await contextIn(browser, locale, baseURL!, { colorScheme: scheme, storageState: adminStatePath() });
      try {
        const out = await anonymous.newPage();
        // The theme follows the emulated system setting: check it took effect.
        await out.goto("/sign-in");
        if (scheme === "dark") await expect(out.locator("html")).toHaveClass(/\bdark\b/);
        for (const path of [
          "/sign-in",
          "/sign-up",
          "/sign-in?error=oidc-unverified",
          "/reset-password/no-such-token",
        ]) {
          await out.goto(path);
          await expect(out.locator("html")).toHaveAttribute("lang", locale === "zh" ? "zh-Hans" : "en");
          found.push(...(await violations(out, `${path} (signed out)`)));
        }
        const page = await admin.newPage();
        const pages = [
          `/journal/${today}`,
          `/journal/${addDays(today, PAST)}`,
          "/entries",
          "/summaries",
          "/settings",
          `/print?from=${addDays(today, -7)}&to=${today}`,
          "/admin",
          "/entries/no-such-entry",
        ];
        for (const path of pages) {
          await page.goto(path);
          found.push(...(await violations(page, path)));
        }
        // A memory item's chart, opened.
        await page.goto(`/journal/${addDays(today, PAST)}`);
        const held = page.locator("details summary").filter({ hasText: locale === "zh" ? "随时间" : "Held over time" });
        if ((await held.count()) > 0) {
          await held.first().click();
          found.push(...(await violations(page, "memory item chart")));
        }
      } finally {
        await anonymous.close();
        await admin.close();
      }
      expect(found).toEqual([]);
    });
  }
}
