// What `npm run import` reads from disk into an import: a folder of Markdown notes (walked, hidden folders such as
// .obsidian left out), a zip (its directory read first: a Day One export's photos are never read), one Markdown
// file, or a JSON file streamed as it is read. Returns why the source was refused, or null.
import fs from "node:fs";
import path from "node:path";
import type { ImportCollector } from "../../lib/import/collector";
import { isMarkdownEntryFile } from "../../lib/import/formats/markdown";
import { jsonFileReader } from "../../lib/import/json-file";
import { Unusable } from "../../lib/import/problems";
import type { ImportFormat } from "../../lib/import/types";
import { readZipInto } from "../../lib/import/zip";

// The journal files of a zip, uncompressed: sixteen times the web page's limit, and a zip bomb still stops there.
const CLI_MAX_ZIP_BYTES = 256 * 1024 * 1024;

function markdownFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((name) => isMarkdownEntryFile(name) && fs.statSync(path.join(folder, name)).isFile())
    .sort();
}

export async function readSource(
  file: string,
  collector: ImportCollector,
  format?: ImportFormat,
): Promise<string | null> {
  try {
    return await read(file, collector, format);
  } catch (error) {
    // The collector holds the reason (too many entries, files of two kinds), reported with the other problems.
    if (error instanceof Unusable) return null;
    throw error;
  }
}

async function read(file: string, collector: ImportCollector, format?: ImportFormat): Promise<string | null> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    return `cannot read it (${(error as Error).message}).`;
  }
  if (stat.isDirectory()) {
    const names = markdownFiles(file);
    if (names.length === 0) return "the folder has no Markdown files (.md).";
    for (const name of names) collector.markdownFile(name, fs.readFileSync(path.join(file, name), "utf8"));
    return null;
  }
  if (/\.zip$/i.test(file)) {
    const verdict = await readZipInto(collector, await fs.openAsBlob(file), { maxBytes: CLI_MAX_ZIP_BYTES, format });
    return verdict.ok ? null : `${verdict.message}.`;
  }
  if (/\.(md|markdown)$/i.test(file) || format === "markdown") {
    collector.markdownFile(path.basename(file), fs.readFileSync(file, "utf8"));
    return null;
  }
  const reader = jsonFileReader(collector);
  for await (const chunk of fs.createReadStream(file)) if (!reader.write(chunk as Buffer)) break;
  reader.end();
  return null;
}
