// Moving a journal in and out from Settings, as a person does: a Day One export zip (photos and all) is chosen;
// the browser takes its journal out and sends only that (the upload is a few KB, whatever the photos weigh),
// progress is shown, and the result lists what was not imported. Then the journal leaves as a Markdown zip, one
// file per entry with its front matter.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { BlobReader, TextWriter, ZipReader } from "@zip.js/zip.js";
import { dayOneZip } from "../fixtures/imports/dayone-zip";
import { serverEntry, signUp, uniqueEmail } from "./helpers";

test("a Day One zip is imported from Settings with progress, and the journal exported as Markdown", async ({
  page,
}) => {
  await signUp(page, uniqueEmail("moving"));
  await page.goto("/settings");
  const zip = await dayOneZip({ photoBytes: 6 * 1024 * 1024 });

  // Playwright does not show a Blob upload's bytes; the length the browser sent does.
  let uploaded: Promise<string | null> = Promise.resolve(null);
  page.on("request", (request) => {
    if (request.url().endsWith("/api/import")) uploaded = request.headerValue("content-length");
  });
  // Every state the status goes through, recorded in the page as it changes.
  await page.evaluate(() => {
    const status = document.querySelector("[data-testid=import-status]")!;
    const states: string[] = [];
    (window as unknown as { importStates: string[] }).importStates = states;
    new MutationObserver(() => states.push(status.getAttribute("data-state") ?? "")).observe(status, {
      attributes: true,
    });
  });

  await page
    .getByLabel("File to import")
    .setInputFiles({ name: "Day One Export.zip", mimeType: "application/zip", buffer: Buffer.from(zip) });
  await page.getByRole("button", { name: "Import entries" }).click();
  const status = page.getByTestId("import-status");
  await expect(status).toContainText("Imported 2 entries (Day One JSON)", { timeout: 30_000 });
  await expect(status).toContainText("photos and other attachments on 2 days were not imported");
  const states = await page.evaluate(() => (window as unknown as { importStates: string[] }).importStates);
  expect(states).toContain("reading");
  expect(states).toContain("importing");
  expect(states.at(-1)).toBe("done");
  const sent = Number(await uploaded);
  expect(sent).toBeGreaterThan(0);
  expect(sent).toBeLessThan(64 * 1024);
  expect(zip.length).toBeGreaterThan(12 * 1024 * 1024);

  await page.getByTestId("import-missing").getByText("What was not imported").click();
  await expect(page.getByTestId("import-missing")).toContainText("2024-03-01: 1 photo");
  // For people to look at, like screenshots.spec.ts's (not committed).
  await page
    .getByRole("region", { name: "Your data" })
    .screenshot({ path: path.join(__dirname, "screenshots", "settings-import-done-wide-light.png") });
  expect((await serverEntry(page, "2024-03-05"))?.body).toBe(
    "Lunch with Aiko. We talked about the move (again) - and the cat.",
  );

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export as Markdown (zip)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^cellstate-\d{4}-\d{2}-\d{2}\.zip$/);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const reader = new ZipReader(new BlobReader(new Blob([Buffer.concat(chunks)])));
  const entries = await reader.getEntries();
  expect(entries.map((e) => e.filename.split("/").at(-1))).toEqual(["2024-03-01.md", "2024-03-05.md"]);
  const first = entries[0]!;
  const text = first.directory ? "" : await first.getData(new TextWriter());
  expect(text).toMatch(
    /^---\ndate: 2024-03-01\ntags:\n {2}- morning pages\n {2}- starred\n {2}- walks\n---\n\nWoke before the alarm\./,
  );
  await reader.close();
});
