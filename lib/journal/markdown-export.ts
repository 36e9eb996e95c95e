// The journal as Markdown: one file per entry, named by its day, with YAML front matter (date, mood, tags), in a
// zip that is written as it is sent (@zip.js/zip.js) rather than built whole in memory. The import's Markdown
// reader reads these files back as they are (lib/import/formats/markdown.ts).
import { configure, TextReader, ZipWriter } from "@zip.js/zip.js";
import { stringify } from "yaml";
import type { JournalRecord } from "@/lib/validations/import";

configure({ useWebWorkers: false });

export function entryMarkdown(record: JournalRecord): string {
  const front = stringify({
    date: record.date,
    ...(record.mood != null && { mood: record.mood }),
    ...(record.tags?.length && { tags: record.tags }),
  });
  return `---\n${front}---\n\n${record.body.trim()}\n`;
}

/** The zip's bytes as a stream; `folder` is the one folder its files are in, so unzipping makes no mess. */
export function markdownZip(records: JournalRecord[], folder: string): ReadableStream<Uint8Array> {
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const zip = new ZipWriter(writable, { level: 6 });
  void (async () => {
    try {
      for (const record of records) await zip.add(`${folder}/${record.date}.md`, new TextReader(entryMarkdown(record)));
      await zip.close();
    } catch (error) {
      // The download was cancelled (or the stream broke): nothing to clean up but the writer.
      console.error("markdown export: the zip stream ended early", (error as Error).message);
    }
  })();
  return readable;
}
