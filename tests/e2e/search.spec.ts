// Search, tags, On This Day and Similar entries in the built app, as a writer uses them.
import { expect, type Page, test } from "@playwright/test";
import { addDays, signUp, uniqueEmail } from "./helpers";

async function put(page: Page, date: string, body: string, extra: { mood?: number; tags?: string[] } = {}) {
  const response = await page.request.put(`/api/journal/${date}`, { data: { body, ...extra } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { entry: { id: string } }).entry.id;
}

/** The same date a year earlier (29 February falls back to the 28th, which On This Day does not show). */
const yearBefore = (day: string) => `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;

test("search finds stems and Chinese words, marks them, keeps the query in the address, and filters", async ({
  page,
}) => {
  const today = await signUp(page, uniqueEmail("search"));
  await put(page, addDays(today, -1), "I walked along the river and kept walking until dark.", {
    mood: 4,
    tags: ["outside"],
  });
  await put(page, addDays(today, -2), "我总是忍不住回想那次演示失败。", { mood: 2 });
  await put(page, addDays(today, -4), "Along the river until dark again, watching the boats on the river.");
  await put(page, addDays(today, -3), 'A note with <img src=x onerror="window.__pwned=1"> and <b>bold</b> walk.');

  await page.getByRole("link", { name: "Search" }).click();
  await expect(page.getByRole("heading", { name: "Search", level: 1 })).toBeVisible();
  await page.getByLabel("Words to find").fill("walks");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/search\?q=walks$/);
  await expect(page.getByTestId("result-count")).toHaveText("2 entries hold “walks”");
  const results = page.getByTestId("search-results");
  await expect(results.locator("mark")).toHaveText(["walked", "walking", "walk"]);
  // Entry text is text: the markup in it is shown, never run.
  await expect(results).toContainText('<img src=x onerror="window.__pwned=1">');
  await expect(results.locator("img, b")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  // A Chinese word of two characters, inside the segmenter's longer word.
  await page.goto("/search?q=" + encodeURIComponent("不住"));
  await expect(page.getByTestId("result-count")).toHaveText("1 entry holds “不住”");
  await expect(results.locator("mark")).toHaveText(["不住"]);

  // Filters: the mood narrows the words' results; the address keeps both, and Back comes back to them.
  await page.goto("/search?q=walk");
  await page.getByLabel("Mood").selectOption("4");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/q=walk&mood=4/);
  await expect(page.getByTestId("result-count")).toHaveText("1 entry holds “walk”");
  await page.getByLabel("Tag").selectOption("outside");
  await page.getByLabel("Words to find").fill("");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByTestId("result-count")).toHaveText("1 entry matches");
  await page.goBack();
  await expect(page.getByLabel("Mood")).toHaveValue("4");

  // Hostile queries: results or a clear message, never an error page.
  for (const query of ['"', "NEAR(a* b)", "') OR 1=1 --", "*", "x".repeat(201)]) {
    const response = await page.goto("/search?q=" + encodeURIComponent(query));
    expect(response?.status(), query).toBe(200);
  }
  await expect(page.getByText("Search for at most 200 characters.")).toBeVisible();
  await page.goto(`/search?from=${today}&to=${addDays(today, -5)}`);
  await expect(page.getByText("The end date is before the start date.")).toBeVisible();

  // From a result to the entries like it.
  await page.goto("/search?q=river");
  await page.getByTestId("search-results").getByRole("link", { name: "Similar entries" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Entries like");
  await expect(page.getByTestId("similar-entries").getByRole("listitem").first()).toBeVisible();
});

test("the same search in Chinese", async ({ page, context }) => {
  const today = await signUp(page, uniqueEmail("search-zh"));
  await put(page, addDays(today, -1), "今天和妈妈散步，心里很安静。");
  await context.addCookies([{ name: "cellstate-locale", value: "zh", url: new URL(page.url()).origin }]);
  await page.goto("/search?q=" + encodeURIComponent("妈"));
  await expect(page.getByRole("heading", { name: "搜索", level: 1 })).toBeVisible();
  await expect(page.getByTestId("result-count")).toHaveText("有 1 篇日记包含“妈”");
  // 妈妈: each 妈 found.
  await expect(page.getByTestId("search-results").locator("mark")).toHaveText(["妈", "妈"]);
});

test("tags: add, a page per tag with counts, rename (refused onto a taken name), merge, delete, and filter", async ({
  page,
}) => {
  const today = await signUp(page, uniqueEmail("tags"));
  await put(page, addDays(today, -1), "Ran in the park.", { tags: ["jog", "park"] });
  await put(page, addDays(today, -2), "Ran by the sea.", { tags: ["jog", "running"] });
  await put(page, addDays(today, -3), "A long run.", { tags: ["running"] });

  await page.getByRole("link", { name: "Tags" }).click();
  await expect(page.getByTestId("tag-list").getByRole("link")).toHaveText([
    "jog2 entries",
    "park1 entry",
    "running2 entries",
  ]);
  await page.getByLabel("New tag").fill("Someday");
  await page.getByRole("button", { name: "Add tag" }).click();
  await expect(page.getByText("Added the tag “someday”.")).toBeVisible();
  await expect(page.getByTestId("tag-list").getByRole("link", { name: /someday/ })).toContainText("no entries");

  await page.getByTestId("tag-list").getByRole("link", { name: /jog/ }).click();
  await expect(page).toHaveURL(/\/tags\/jog$/);
  await expect(page.getByRole("heading", { name: "#jog" })).toBeVisible();
  await expect(page.getByTestId("entry-list").getByRole("listitem")).toHaveCount(2);
  await page.getByLabel("New name").fill("running");
  await page.getByRole("button", { name: "Rename" }).click();
  await expect(page.getByText(/You already have a tag with this name. To combine the two/)).toBeVisible();
  await page.getByLabel("New name").fill("jogging");
  await page.getByRole("button", { name: "Rename" }).click();
  await expect(page).toHaveURL(/\/tags\/jogging$/);

  await page.getByLabel("Merge “jogging” into").selectOption({ label: "running (2)" });
  await page.getByRole("button", { name: "Merge" }).click();
  await expect(page).toHaveURL(/\/tags\/running$/);
  await expect(page.getByText("3 entries").first()).toBeVisible();

  await page.getByRole("button", { name: "Delete tag" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("It is taken off the 3 entries that have it");
  await page.getByRole("button", { name: "Keep it" }).click();
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await page.goto("/tags/park");
  await page.getByRole("button", { name: "Delete tag" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(/\/tags$/);
  await expect(page.getByTestId("tag-list")).not.toContainText("park");

  // The entry list's filter, in the address.
  await page.goto("/entries");
  await page.getByLabel("Show entries tagged").selectOption({ label: "running (3)" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\/entries\?tag=running$/);
  await expect(page.getByTestId("entry-list").getByRole("listitem")).toHaveCount(3);
  await expect(page.getByTestId("tag-filter-note")).toContainText("Only entries tagged “running”.");
  // Another user's tag page is no page.
  expect((await page.goto("/tags/no-such-tag"))?.status()).toBe(404);
});

test("On This Day shows last year's entry and its theme's fate; Similar entries sit below an entry", async ({
  page,
}) => {
  const today = await signUp(page, uniqueEmail("past"));
  test.skip(today.endsWith("-02-29"), "no 29 February last year");
  const worry = "I keep replaying the failed presentation and I can't stop thinking about how I messed it up.";
  await put(page, yearBefore(today), worry);
  await put(page, addDays(today, -3), "Still replaying the failed presentation; can't stop thinking I messed it up.");
  await put(page, addDays(today, -2), "Soup, rain over the hills, an early night.");
  await page.goto(`/journal/${today}`);
  const past = page.getByTestId("on-this-day");
  await expect(page.getByRole("heading", { name: "On this day" })).toBeVisible();
  await expect(past.getByRole("listitem")).toHaveCount(1);
  await expect(past).toContainText("1 year ago");
  await expect(past).toContainText("replaying the failed presentation");
  await expect(past.getByTestId("theme-fate")).toHaveText(/./);

  await page.goto(`/journal/${addDays(today, -3)}`);
  const similar = page.getByTestId("similar-entries");
  // The nearest is the worry of a year ago, the entry this one repeats.
  await expect(similar.getByRole("listitem").first()).toContainText("replaying the failed presentation");

  await page.getByRole("link", { name: "More similar entries" }).click();
  await expect(page).toHaveURL(/\/entries\/[^/]+\/similar$/);
});
