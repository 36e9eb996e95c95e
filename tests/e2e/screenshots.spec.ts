// Screenshots of every page at desktop and phone width, light and dark, in English and in Chinese, for people to
// look at (tests/e2e/screenshots/<page>[-zh]-<wide|phone>-<light|dark>.png, not committed). The look of pages is judged by
// people; what a machine can judge fails the test: a page that scrolls sideways, an uncaught error or an error in
// the console.
import fs from "node:fs";
import path from "node:path";
import { type BrowserContextOptions, expect, type Page, test } from "@playwright/test";
import { LOCALES, type Locale } from "../../i18n/locales";
import { addDays, adminStatePath, dayFromUrl } from "./helpers";
import { contextIn } from "./locale-context";

const OUT = path.join(__dirname, "screenshots");

const VIEWPORTS = {
  wide: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
} satisfies Record<string, BrowserContextOptions>;

const SCHEMES = ["light", "dark"] as const;

const RICH_ENTRY = `# A good, tiring day

Finished the **quarterly report** at last, and _nobody_ asked for changes.

## What I learned
- Start with the hardest section while the morning is quiet.
- Ask for help earlier: Sam knew the answer in two minutes.
- Walking at lunch helps more than another coffee.

> "You do not have to carry everything you pick up."

Still on my mind: \`the budget meeting\` on Thursday. Notes are at https://example.org/a/very/long/link/that/should/wrap/on/a/phone/screen/without/pushing/the/page/sideways.

| Sleep | Steps |
|------:|------:|
| 7 h   | 9,412 |
`;

const OTHER_ENTRIES = [
  { days: -2, body: "Quiet Sunday. Baked bread, read in the park.", mood: 5, tags: ["rest", "reading"] },
  {
    days: -5,
    body: "Argued with Alex about the holiday plans; I keep replaying it. Tomorrow I'll apologise.",
    mood: 2,
    tags: ["family"],
  },
  { days: -9, body: "First entry. Trying this journal for a month to see what sticks.", mood: 3, tags: [] },
  // Chinese text in the list, the print page and the memory, for the fonts and line breaks of both languages.
  {
    days: -3,
    body: "今天终于把季度报告交了，没人要求修改。我学到了：最难的部分要趁早上安静的时候先做。还是放不下周四的预算会。",
    mood: 4,
    tags: ["工作"],
  },
];

// What the test finds on each page, in each language.
const EN = {
  createAccount: "Create account",
  signIn: "Sign in",
  linkGone: "This link no longer works",
  write: "Write",
  settings: "Settings",
  deleteRegion: "Delete account",
  yourPassword: "Your password",
  deleteAccount: "Delete my account…",
  keepAccount: "Keep my account",
  print: "Print your journal",
  summaries: "Weekly summaries",
  accounts: "Accounts",
  notFound: "Nothing here",
};

const NAMES: Record<Locale, typeof EN> = {
  en: EN,
  zh: {
    createAccount: "创建账号",
    signIn: "登录",
    linkGone: "这个链接已失效",
    write: "写作",
    settings: "设置",
    deleteRegion: "删除账号",
    yourPassword: "你的密码",
    deleteAccount: "删除我的账号…",
    keepAccount: "保留我的账号",
    print: "打印你的日记",
    summaries: "每周总结",
    accounts: "账号",
    notFound: "这里什么都没有",
  },
};

let today = "";

test.beforeAll(async ({ browser }) => {
  fs.mkdirSync(OUT, { recursive: true });
  const context = await browser.newContext({ storageState: adminStatePath() });
  try {
    // The admin's "today" (in their time zone) is where /journal leads.
    const page = await context.newPage();
    await page.goto("/journal");
    await expect(page).toHaveURL(/\/journal\/\d{4}-\d{2}-\d{2}$/);
    today = dayFromUrl(page);
    const api = context.request;
    const entries = [{ days: -1, body: RICH_ENTRY, mood: 4, tags: ["work", "lessons"] }, ...OTHER_ENTRIES];
    for (const entry of entries) {
      const response = await api.put(`/api/journal/${addDays(today, entry.days)}`, {
        data: { body: entry.body, mood: entry.mood, tags: entry.tags },
      });
      expect(response.status(), await response.text()).toBe(200);
    }
  } finally {
    await context.close();
  }
});

type Problems = string[];

const NOT_FOUND = "/entries/no-such-entry";

function watch(page: Page, problems: Problems) {
  page.on("pageerror", (error) => problems.push(`${page.url()}: uncaught ${error.message}`));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    // The browser logs the 404 page's own status as an error: that answer is the one meant.
    if (page.url().endsWith(NOT_FOUND) && /status of 404/.test(message.text())) return;
    problems.push(`${page.url()}: console error: ${message.text().slice(0, 300)}`);
  });
}

async function shoot(page: Page, name: string, size: keyof typeof VIEWPORTS, scheme: string, problems: Problems) {
  await page.waitForLoadState("networkidle").catch(() => undefined);
  await page.evaluate(() => document.fonts.ready);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  if (overflow > 0) problems.push(`${name} (${size}, ${scheme}): the page scrolls sideways by ${overflow}px`);
  await page.screenshot({
    path: path.join(OUT, `${name}-${size}-${scheme}.png`),
    fullPage: true,
    animations: "disabled",
  });
}

for (const locale of LOCALES)
  for (const [size, options] of Object.entries(VIEWPORTS) as [keyof typeof VIEWPORTS, BrowserContextOptions][]) {
    for (const scheme of SCHEMES) {
      test(`screenshots of every page, ${locale}, ${size}, ${scheme}`, async ({ browser, baseURL }) => {
        test.setTimeout(120_000);
        // English shots keep their names; Chinese ones are named "-zh".
        const named = (name: string) => (locale === "en" ? name : `${name}-${locale}`);
        const n = NAMES[locale];
        const problems: Problems = [];
        const anonymous = await contextIn(browser, locale, baseURL!, { ...options, colorScheme: scheme });
        const admin = await contextIn(browser, locale, baseURL!, {
          ...options,
          colorScheme: scheme,
          storageState: adminStatePath(),
        });
        try {
          const out = await anonymous.newPage();
          watch(out, problems);
          await out.goto("/sign-up");
          await expect(out.getByRole("button", { name: n.createAccount })).toBeVisible();
          await shoot(out, named("sign-up"), size, scheme, problems);
          await out.goto("/sign-in");
          await expect(out.getByRole("button", { name: n.signIn, exact: true })).toBeVisible();
          await shoot(out, named("sign-in"), size, scheme, problems);
          await out.goto("/sign-in?error=oidc-unverified");
          await expect(out.getByTestId("form-message")).toBeVisible();
          await shoot(out, named("sign-in-refused"), size, scheme, problems);
          await out.goto("/reset-password/no-such-token");
          await expect(out.getByRole("heading", { name: n.linkGone })).toBeVisible();
          await shoot(out, named("reset-password-used"), size, scheme, problems);

          const page = await admin.newPage();
          watch(page, problems);
          // The theme follows the system setting unless toggled: check the emulated one took effect.
          await page.goto(`/journal/${today}`);
          if (scheme === "dark") await expect(page.locator("html")).toHaveClass(/\bdark\b/);
          else await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
          await expect(page.locator("#entry-body")).toHaveValue("");
          await shoot(page, named("journal-empty"), size, scheme, problems);

          // A past day with an entry opens rendered, for reading; "Write" turns to the editor.
          await page.goto(`/journal/${addDays(today, -1)}`);
          await expect(
            page.getByTestId("entry-preview").getByRole("heading", { name: "What I learned" }),
          ).toBeVisible();
          await shoot(page, named("journal-preview"), size, scheme, problems);
          await page.getByRole("button", { name: n.write }).click();
          await expect(page.locator("#entry-body")).toHaveValue(RICH_ENTRY);
          await shoot(page, named("journal-entry"), size, scheme, problems);

          await page.goto("/entries");
          await expect(page.getByTestId("entry-list")).toBeVisible();
          await shoot(page, named("entries"), size, scheme, problems);

          await page.goto("/summaries");
          await expect(page.getByRole("heading", { name: n.summaries, level: 1 })).toBeVisible();
          await shoot(page, named("summaries"), size, scheme, problems);
          const week = page.getByTestId("summary-list").getByRole("link");
          if ((await week.count()) > 0) {
            await week.first().click();
            await expect(page).toHaveURL(/\/summaries\/\d{4}-W\d{2}$/);
            await shoot(page, named("summary-week"), size, scheme, problems);
          }

          await page.goto("/settings");
          await expect(page.getByRole("heading", { name: n.settings, level: 1 })).toBeVisible();
          await shoot(page, named("settings"), size, scheme, problems);
          // The confirmation before an account is deleted (cancelled: this is the shared admin).
          const deletion = page.getByRole("region", { name: n.deleteRegion });
          await deletion.getByLabel(n.yourPassword).fill("not the password");
          await deletion.getByRole("button", { name: n.deleteAccount }).click();
          await expect(page.getByRole("alertdialog")).toBeVisible();
          await shoot(page, named("settings-delete-dialog"), size, scheme, problems);
          await page.getByRole("button", { name: n.keepAccount }).click();
          await page.goto(`/print?from=${addDays(today, -10)}&to=${today}`);
          await expect(page.getByRole("heading", { name: n.print })).toBeVisible();
          await shoot(page, named("print"), size, scheme, problems);
          // On paper the theme does not matter (globals.css prints black on white): one of each width.
          if (scheme === "dark") {
            await page.emulateMedia({ media: "print" });
            await shoot(page, named("print-paper"), size, "any", problems);
            await page.emulateMedia({ media: null });
          }
          await page.goto("/admin");
          await expect(page.getByRole("heading", { name: n.accounts, level: 1 })).toBeVisible();
          await shoot(page, named("admin"), size, scheme, problems);

          // The 404 page as a signed-in person meets it (an unknown entry; the status is checked in status-codes.spec.ts).
          await page.goto(NOT_FOUND);
          await expect(page.getByRole("heading", { name: n.notFound })).toBeVisible();
          await shoot(page, named("not-found"), size, scheme, problems);

          // Prompts, templates and the writing days.
          await page.goto("/prompts");
          await expect(page.getByRole("heading", { level: 1 })).toHaveText(
            locale === "en" ? "Prompts and templates" : "提示与模板",
          );
          await shoot(page, named("prompts"), size, scheme, problems);
          await page.goto("/writing");
          await expect(page.getByTestId("heat-map")).toBeVisible();
          await shoot(page, named("writing-days"), size, scheme, problems);
          await page.goto(`/journal/${today}`);
          await page.getByRole("button", { name: locale === "en" ? "Give me a prompt" : "给我一个提示" }).click();
          await expect(page.getByTestId("prompt-card")).toBeVisible();
          await page
            .locator("details", { has: page.locator("summary") })
            .first()
            .locator("summary")
            .click();
          await shoot(page, named("journal-prompt"), size, scheme, problems);
        } finally {
          await anonymous.close();
          await admin.close();
        }
        expect(problems, "pages that scroll sideways or report errors").toEqual([]);
      });
    }
  }

// Search, tags, similar entries and On this day, in both interface languages (the cookie a signed-in user's
// language setting writes). Their own entries: a worry from a year ago (On this day) that came back, and Chinese.
const LOCALE_SCREENS = ["en", "zh"] as const;

test.describe("search, tags, similar entries and On this day", () => {
  test.beforeAll(async ({ browser }) => {
    const context = await browser.newContext({ storageState: adminStatePath() });
    try {
      const api = context.request;
      const lastYear = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
      const entries = [
        { date: lastYear, body: "I keep replaying the argument with Alex and I can't stop thinking I ruined it." },
        {
          date: addDays(today, -3),
          body: "Still replaying the argument with Alex; I can't stop thinking I ruined the trip.",
        },
        {
          date: addDays(today, -4),
          body: "今天和妈妈在河边散步，心里很安静。我总是忍不住回想那次争吵。",
          tags: ["家人"],
        },
      ];
      for (const entry of entries) {
        const response = await api.put(`/api/journal/${entry.date}`, { data: { body: entry.body, tags: entry.tags } });
        expect(response.status(), await response.text()).toBe(200);
      }
    } finally {
      await context.close();
    }
  });

  for (const [size, options] of Object.entries(VIEWPORTS) as [keyof typeof VIEWPORTS, BrowserContextOptions][]) {
    for (const scheme of SCHEMES) {
      test(`screenshots of search and tags, ${size}, ${scheme}`, async ({ browser }) => {
        const problems: Problems = [];
        for (const locale of LOCALE_SCREENS) {
          const admin = await browser.newContext({ ...options, colorScheme: scheme, storageState: adminStatePath() });
          await admin.addCookies([{ name: "cellstate-locale", value: locale, url: "http://127.0.0.1" }]);
          try {
            const page = await admin.newPage();
            watch(page, problems);
            const shot = (name: string) => shoot(page, `${name}-${locale}`, size, scheme, problems);
            await page.goto(`/search?q=${encodeURIComponent(locale === "zh" ? "散步" : "replaying")}`);
            await expect(page.getByTestId("search-results")).toBeVisible();
            await shot("search");
            await page.goto(`/search?q=nothing-at-all-here&from=${addDays(today, -30)}`);
            await expect(page.getByTestId("result-count")).toBeVisible();
            await shot("search-empty");
            await page.goto("/search?q=" + "x".repeat(201));
            await shot("search-refused");
            await page.goto("/tags");
            await expect(page.getByTestId("tag-list")).toBeVisible();
            await shot("tags");
            await page.goto("/tags/work");
            await expect(page.getByTestId("entry-list")).toBeVisible();
            await shot("tag");
            await page.goto(`/journal/${today}`);
            await expect(page.getByTestId("on-this-day")).toBeVisible();
            await shot("journal-on-this-day");
            await page.goto(`/journal/${addDays(today, -3)}`);
            await expect(page.getByTestId("similar-entries")).toBeVisible();
            await shot("journal-similar");
            await page.getByTestId("similar-entries").locator("..").getByRole("link").last().click();
            await expect(page).toHaveURL(/\/similar$/);
            await shot("similar");
          } finally {
            await admin.close();
          }
        }
        expect(problems, "pages that scroll sideways or report errors").toEqual([]);
      });
    }
  }
});

// The installable app's offline shell (a draft being written with the network off) and Settings with the daily
// reminder, in both languages.
const SHELL_DRAFT = {
  en: "Offline on the train. The meeting went better than I feared; I said the hard thing calmly.",
  zh: "在火车上，没有信号。会议比我担心的顺利，我把难说的话平静地说出来了。",
} as const;

for (const [size, options] of Object.entries(VIEWPORTS) as [keyof typeof VIEWPORTS, BrowserContextOptions][]) {
  for (const scheme of SCHEMES) {
    test(`screenshots of the offline shell and the reminder settings, ${size}, ${scheme}`, async ({
      browser,
      baseURL,
    }) => {
      const problems: Problems = [];
      for (const locale of ["en", "zh"] as const) {
        const context = await contextIn(browser, locale, baseURL!, {
          ...options,
          colorScheme: scheme,
          storageState: adminStatePath(),
        });
        try {
          const page = await context.newPage();
          watch(page, problems);
          await page.goto("/settings");
          const card = page.getByRole("region", { name: locale === "en" ? "Daily reminder" : "每日提醒" });
          await expect(card.getByTestId("push-toggle")).not.toHaveAttribute("data-state", /checking|working/);
          // The card alone (the whole page is shot above), at a size a person can read in the full page's place.
          await card.screenshot({ path: path.join(OUT, `settings-reminders-${locale}-${size}-${scheme}.png`) });

          await expect
            .poll(() =>
              page.evaluate(async () => !!navigator.serviceWorker.controller && !!(await caches.match("/offline"))),
            )
            .toBe(true);
          await page.close();
          await context.setOffline(true);
          // Not watched: offline, every request the shell tries fails on purpose, and the browser logs each.
          const shell = await context.newPage();
          await shell.goto(`/journal/${today}`);
          await shell.locator("#offline-body").fill(SHELL_DRAFT[locale]);
          await shoot(shell, `offline-${locale}`, size, scheme, problems);
        } finally {
          await context.close();
        }
      }
      expect(problems, "pages that scroll sideways or report errors").toEqual([]);
    });
  }
}
