// Prompts, templates and the writing days in the built app: a prompt or template goes into the entry without a word
// of it lost and can be undone, the user's own prompts and templates round-trip through their page into the editor,
// the year's grid shows the days written with a table as its text alternative, the pages read in Chinese, and axe
// finds nothing serious or critical on them.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { addDays, editor, expectSaved, serverEntry, signUp, uniqueEmail, writeEntry } from "./helpers";

async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("a prompt goes in under what was written, and comes out again with Undo or the browser's own undo", async ({
  page,
}) => {
  const today = await signUp(page, uniqueEmail("prompt"));
  const written = "Slow morning. Coffee on the balcony.";
  await writeEntry(page, written);

  await page.getByRole("button", { name: "Give me a prompt" }).click();
  const card = page.getByRole("region", { name: "Writing prompt" });
  await expect(card).toBeVisible();
  const first = (await card.getByTestId("prompt-text").textContent()) ?? "";
  await card.getByRole("button", { name: "Another" }).click();
  await expect(card.getByTestId("prompt-text")).not.toHaveText(first);
  const prompt = (await card.getByTestId("prompt-text").textContent()) ?? "";
  await expectAccessible(page);

  await card.getByRole("button", { name: "Add to my entry" }).click();
  await expect(editor(page)).toHaveValue(`${written}\n\n> ${prompt}\n\n`);
  // The writer goes on under the prompt, where the cursor was left.
  await page.keyboard.type("The quiet, mostly.");
  await expect(editor(page)).toHaveValue(`${written}\n\n> ${prompt}\n\nThe quiet, mostly.`);
  await expectSaved(page);
  expect((await serverEntry(page, today))?.body).toBe(`${written}\n\n> ${prompt}\n\nThe quiet, mostly.`);

  // Undo offered right after an insertion puts the text back as it was.
  await card.getByRole("button", { name: "Add to my entry" }).click();
  await expect(editor(page)).toHaveValue(`${written}\n\n> ${prompt}\n\nThe quiet, mostly.\n\n> ${prompt}\n\n`);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(editor(page)).toHaveValue(`${written}\n\n> ${prompt}\n\nThe quiet, mostly.`);

  // The browser's own undo takes an insertion out too.
  await card.getByRole("button", { name: "Add to my entry" }).click();
  await expect(editor(page)).not.toHaveValue(`${written}\n\n> ${prompt}\n\nThe quiet, mostly.`);
  await page.keyboard.press("ControlOrMeta+z");
  await expect(editor(page)).toHaveValue(`${written}\n\n> ${prompt}\n\nThe quiet, mostly.`);
  // "Saved" may still show the save of the insertion while the undo's own save is on its way.
  await expect
    .poll(async () => (await serverEntry(page, today))?.body)
    .toBe(`${written}\n\n> ${prompt}\n\nThe quiet, mostly.`);
});

test("the user's own prompt and template round-trip through their page into the editor", async ({ page }) => {
  await signUp(page, uniqueEmail("own-prompts"));
  await page.goto("/prompts");
  await expect(page.getByRole("heading", { name: "Prompts and templates", level: 1 })).toBeVisible();

  // Refused, with the reason, and nothing lost.
  const prompts = page.getByRole("region", { name: "Your prompts" });
  await prompts.getByLabel("Prompt", { exact: true }).fill("x".repeat(301));
  await prompts.getByRole("button", { name: "Add prompt" }).click();
  await expect(prompts.getByText("A prompt can be at most 300 characters.")).toBeVisible();
  await expect(prompts.getByLabel("Prompt", { exact: true })).toHaveValue("x".repeat(301));

  await prompts.getByLabel("Prompt", { exact: true }).fill("What am I avoiding today?");
  await prompts.getByRole("button", { name: "Add prompt" }).click();
  await expect(prompts.getByTestId("own-prompt")).toHaveText(/What am I avoiding today\?/);
  await expect(prompts.getByLabel("Prompt", { exact: true })).toHaveValue("");
  await prompts.getByRole("button", { name: /^Edit the prompt/ }).click();
  await prompts.getByTestId("own-prompts").getByLabel("Prompt", { exact: true }).fill("What am I avoiding this week?");
  await prompts.getByTestId("own-prompts").getByRole("button", { name: "Save" }).click();
  await expect(prompts.getByTestId("own-prompt")).toHaveText(/What am I avoiding this week\?/);

  const templates = page.getByRole("region", { name: "Your templates" });
  await templates.getByLabel("Name").fill("Sunday planning");
  await templates.getByLabel("Template", { exact: true }).fill("## Three things for the week\n\n\n## Who to call\n");
  await templates.getByRole("button", { name: "Add template" }).click();
  await expect(templates.getByTestId("own-template")).toContainText("Sunday planning");
  await expectAccessible(page);

  // In the editor: the prompt under "Your prompts", the template into an entry already begun.
  await page.getByRole("link", { name: "Today" }).click();
  await writeEntry(page, "Begun already.");
  await page.getByRole("button", { name: "Give me a prompt" }).click();
  await page.getByLabel("Theme", { exact: true }).selectOption({ label: "Your prompts" });
  await expect(page.getByTestId("prompt-text")).toHaveText("What am I avoiding this week?");
  await page.getByText("Templates", { exact: true }).click();
  await page.getByRole("button", { name: "Insert the template “Sunday planning”" }).click();
  await expect(editor(page)).toHaveValue("Begun already.\n\n## Three things for the week\n\n\n## Who to call\n\n");
  await page.keyboard.type("Finish the report.");
  await expect(editor(page)).toHaveValue(
    "Begun already.\n\n## Three things for the week\nFinish the report.\n\n## Who to call\n\n",
  );
  await expectSaved(page);

  // Deleted: gone from the page and from the editor's choices.
  await page.goto("/prompts");
  await prompts.getByRole("button", { name: /^Delete the prompt/ }).click();
  await expect(prompts.getByText("None yet. Write one below.")).toBeVisible();
});

test("the writing days show this year's grid with a table for its text, and the pages read in Chinese", async ({
  page,
}) => {
  const today = await signUp(page, uniqueEmail("writing-days"));
  const days = [today, addDays(today, -1), addDays(today, -3)];
  for (const [k, day] of days.entries()) {
    const response = await page.request.put(`/api/journal/${day}`, { data: { body: "A day. ".repeat(5 + 20 * k) } });
    expect(response.status(), await response.text()).toBe(200);
  }
  const thisYear = days.filter((d) => d.startsWith(today.slice(0, 4)));
  const thisMonth = days.filter((d) => d.startsWith(today.slice(0, 7)));

  await page.getByRole("link", { name: "Writing days" }).click();
  await expect(page.getByRole("heading", { name: "Writing days", level: 1 })).toBeVisible();
  await expect(page.getByTestId("days-this-month")).toHaveText(
    `${thisMonth.length} ${thisMonth.length === 1 ? "day" : "days"} written this month`,
  );
  await expect(page.getByTestId("writing-stats")).toContainText("2 days in a row");
  const map = page.getByRole("img", { name: `Writing days in ${today.slice(0, 4)}: ${thisYear.length} days written` });
  await expect(map).toBeVisible();
  await expect(map.locator("[data-shade]:not([data-shade='0'])")).toHaveCount(thisYear.length);
  await expect(map.locator("[data-shade]")).toHaveCount(isLeap(today) ? 366 : 365);

  await page.getByText("The year as a table").click();
  const table = page.getByTestId("heat-map-table");
  const monthName = new Date(`${today}T00:00:00Z`).toLocaleString("en-GB", { month: "long", timeZone: "UTC" });
  await expect(table.getByRole("row", { name: monthName })).toContainText(
    `${thisMonth.length} of ${Number(today.slice(8))}`,
  );
  await expectAccessible(page);

  // In Chinese: the same page, and the built-in prompts.
  await page.context().addCookies([{ name: "cellstate-locale", value: "zh", url: new URL("/", page.url()).href }]);
  await page.reload();
  await expect(page.getByRole("heading", { name: "写作日历", level: 1 })).toBeVisible();
  await expect(
    page.getByRole("img", { name: `${today.slice(0, 4)} 年的写作日历：写了 ${thisYear.length} 天` }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.goto("/prompts");
  await expect(page.getByRole("heading", { name: "提示与模板", level: 1 })).toBeVisible();
  await expect(page.getByText("今天有哪件小事让日子轻松了一些？")).toBeVisible();
  await page.goto(`/journal/${today}`);
  await page.getByRole("button", { name: "给我一个提示" }).click();
  await expect(page.getByRole("region", { name: "写作提示" })).toBeVisible();
});

function isLeap(day: string): boolean {
  const y = Number(day.slice(0, 4));
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}
