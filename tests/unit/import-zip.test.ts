// Zips as they arrive: a Day One export (journal JSON beside its photos), a zipped folder of notes, and the ones
// that must be refused at once: a journal larger than the limit uncompressed, whether its size is told (413
// before anything is inflated) or lied about (a zip bomb, stopped once its output passes the limit).
import { describe, expect, it } from "vitest";
import { dayOneZip, makeZip } from "../fixtures/imports/dayone-zip";
import { ImportCollector } from "@/lib/import/collector";
import { readZipInto } from "@/lib/import/zip";

const LIMIT = 16 * 1024 * 1024;

async function readZip(bytes: Uint8Array, format?: "markdown") {
  const collector = new ImportCollector({ latestDay: "2099-12-31", format });
  const verdict = await readZipInto(collector, bytes, { maxBytes: LIMIT, format });
  return { verdict, parsed: collector.result() };
}

/** Rewrites what the zip's directory says each file's uncompressed size is (offset 24 of a central header). */
function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}

describe("readZipInto", () => {
  it("reads a Day One export's journal and never its photos", async () => {
    const zip = await dayOneZip({ photoBytes: 8 * 1024 * 1024 });
    const started = performance.now();
    const { verdict, parsed } = await readZip(zip);
    expect(verdict).toEqual({ ok: true });
    expect(parsed).toMatchObject({
      ok: true,
      format: "dayone",
      missing: ["2024-03-01: 1 photo", "2024-03-06: 1 photo, an entry with no text"],
    });
    expect(parsed.ok && parsed.records.map((r) => r.date)).toEqual(["2024-03-01", "2024-03-05"]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("names the file of a bad record in a zip", async () => {
    const zip = await makeZip([
      { name: "Travel.json", text: JSON.stringify({ metadata: { version: "1.0" }, entries: [{ text: "no date" }] }) },
    ]);
    const { parsed } = await readZip(zip);
    expect(!parsed.ok && parsed.problems).toEqual([
      expect.objectContaining({ file: "Travel.json", index: 0, field: "creationDate" }),
    ]);
  });

  it("refuses a journal larger than the limit uncompressed before inflating it", async () => {
    const zip = await makeZip([{ name: "Journal.json", text: " ".repeat(LIMIT + 1) }]);
    expect(zip.length).toBeLessThan(LIMIT / 100);
    const started = performance.now();
    const { verdict } = await readZip(zip);
    expect(verdict).toMatchObject({
      ok: false,
      status: 413,
      message: expect.stringContaining("larger than 16 MB uncompressed"),
    });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("stops a zip bomb that lies about its size once its output passes the limit", async () => {
    const bomb = lieAboutSizes(
      await makeZip([{ name: "Journal.json", bytes: new Uint8Array(40 * 1024 * 1024).fill(0x20), level: 6 }]),
      1000,
    );
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const { verdict } = await readZip(bomb);
    expect(verdict).toMatchObject({ ok: false, status: 413 });
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(100 * 1024 * 1024);
  });

  it("reads a zipped folder of notes, leaving out hidden folders and other files", async () => {
    const zip = await makeZip([
      { name: "vault/Daily/2024-03-01.md", text: "First." },
      { name: "vault/Daily/2024-03-02.md", text: "Second." },
      { name: "vault/.obsidian/workspace.md", text: "not a note" },
      { name: "vault/attachments/cat.png", bytes: new Uint8Array(10) },
    ]);
    const { parsed } = await readZip(zip);
    expect(parsed).toMatchObject({
      ok: true,
      format: "markdown",
      records: [
        { date: "2024-03-01", body: "First." },
        { date: "2024-03-02", body: "Second." },
      ],
    });
  });

  it("refuses a zip with no journal in it, and a file that is not a zip", async () => {
    expect(
      (await readZip(await makeZip([{ name: "photos/a.jpeg", bytes: new Uint8Array(10) }]))).verdict,
    ).toMatchObject({
      ok: false,
      status: 422,
      message: expect.stringContaining("no journal"),
    });
    expect((await readZip(new TextEncoder().encode("not a zip at all"))).verdict).toMatchObject({
      ok: false,
      status: 422,
    });
  });
});
