// Importing from Settings as a person does: choose a file, press Import, read what happened. The browser reads
// the server's NDJSON answer line by line (components/settings/send-import.ts, parsed with zod).
import { expect, test, type Page } from "@playwright/test";
import { serverEntry, signUp, uniqueEmail } from "./helpers";

async function importFile(page: Page, name: string, content: unknown) {
  await page.goto("/settings");
  await page.getByLabel("File to import").setInputFiles({
    name,
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(content)),
  });
  await page.getByRole("button", { name: "Import entries" }).click();
}

test("a good file is imported with its count; a bad one imports nothing and lists its problems", async ({ page }) => {
  await signUp(page, uniqueEmail("settings-import"));
  const good = [
    { date: "2026-03-01", body: "Walked to the river before work.", mood: 4, tags: ["walk"] },
    { date: "2026-03-02", body: "Rain all day; read by the window." },
  ];
  await importFile(page, "journal.json", good);
  await expect(page.getByRole("status")).toContainText("Imported 2 entries", { timeout: 30_000 });
  expect((await serverEntry(page, "2026-03-01"))?.body).toBe("Walked to the river before work.");

  await importFile(page, "broken.json", [{ date: "2026-02-30", body: "Not a day." }, { body: 5 }]);
  await expect(page.getByRole("status")).toContainText("Nothing was imported", { timeout: 30_000 });
  await expect(page.getByTestId("import-problems")).toBeVisible();
  const exported = await page.request.get("/api/export");
  expect(JSON.parse(await exported.text()).entries).toHaveLength(2);
});
