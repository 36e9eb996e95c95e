// Hostile requests against the real server (`npm start`, a real SQLite file): each gets a 4xx with a clear
// message quickly, and the server goes on serving everyone. Each failed before: a 48 MB import of [0,0,0,…] ran
// the server out of heap; 100,000 spaces (or "*a " × 33,000) took 33–39 s to save while /api/health waited;
// a lone surrogate and /entries?page=1e20 were 500s.
import { expect, test } from "@playwright/test";
import { editor, saveStatus, serverEntry, signUp, uniqueEmail, writeEntry } from "./helpers";

const JSON_HEADERS = { "content-type": "application/json" };

test("an import of tens of megabytes of [0,0,0,…] is refused and the server keeps serving", async ({ page }) => {
  test.setTimeout(120_000);
  const today = await signUp(page, uniqueEmail("bigimport"));
  await writeEntry(page, "Before the big import.");
  const zeros = (bytes: number) => Buffer.from("[" + "0,".repeat(bytes / 2 - 1) + "0]");

  const huge = await page.request.post("/api/import", { headers: JSON_HEADERS, data: zeros(48 * 1024 * 1024) });
  expect(huge.status()).toBe(413);
  expect(((await huge.json()) as { error: string }).error).toMatch(/larger than 16 MB/);

  // Under the byte limit: read one record at a time and refused at the first record past the limit.
  const many = await page.request.post("/api/import", { headers: JSON_HEADERS, data: zeros(15 * 1024 * 1024) });
  expect(many.status()).toBe(422);
  expect(await many.json()).toMatchObject({
    problems: [{ message: "The file has more than 20,000 entries; import it in parts" }],
    problemCount: 1,
  });

  expect((await page.request.get("/api/health")).status()).toBe(200);
  expect((await serverEntry(page, today))?.body).toBe("Before the big import.");
});

test("saving entries shaped to be slow takes well under a second each, and others are served meanwhile", async ({
  page,
}) => {
  const today = await signUp(page, uniqueEmail("slowtext"));
  for (const body of [" ".repeat(100_000) + "x", "*a ".repeat(33_000), "|".repeat(100_000) + "x"]) {
    const started = Date.now();
    const [saved, health] = await Promise.all([
      page.request.put(`/api/journal/${today}`, { data: { body } }),
      page.request.get("/api/health"),
    ]);
    expect(saved.status()).toBe(200);
    expect(health.status()).toBe(200);
    expect(Date.now() - started).toBeLessThan(3_000);
  }
  expect((await page.request.get("/entries")).status()).toBe(200);
});

test("a lone surrogate is refused with a message, and the editor keeps the text and says why", async ({ page }) => {
  const today = await signUp(page, uniqueEmail("surrogate"));
  await writeEntry(page, "The saved version.");
  const refused = await page.request.put(`/api/journal/${today}`, {
    headers: JSON_HEADERS,
    data: Buffer.from('{"body": "half an emoji: \\ud800"}'),
  });
  expect(refused.status()).toBe(400);
  expect(((await refused.json()) as { error: string }).error).toMatch(/broken character/);

  // The same through the editor: pasted text with half a surrogate pair in it.
  await editor(page).evaluate((element) => {
    const area = element as HTMLTextAreaElement;
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!;
    setValue.call(area, "Pasted from somewhere broken: \ud800 and the rest of my day.");
    area.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await expect(saveStatus(page)).toHaveAttribute("data-state", "rejected", { timeout: 15_000 });
  await expect(saveStatus(page)).toContainText("broken character");
  await expect(saveStatus(page)).toContainText("Your text is kept in this browser");
  await expect(editor(page)).toHaveValue(/and the rest of my day/);
  expect((await serverEntry(page, today))?.body).toBe("The saved version.");
});

test("a page number past the last, or absurd, goes to a real page", async ({ page }) => {
  await signUp(page, uniqueEmail("pages"));
  await writeEntry(page, "One entry, one page.");
  for (const asked of ["1e20", "99999999999999999999999", "-3", "x"]) {
    const response = await page.request.get(`/entries?page=${asked}`, { maxRedirects: 0 });
    expect([asked, response.status()]).toEqual([asked, 307]);
    expect(response.headers()["location"]).toMatch(/\/entries\?page=1$/);
  }
  expect((await page.goto("/entries?page=1e20"))?.status()).toBe(200);
  await expect(page.getByText("One entry, one page.")).toBeVisible();
});
