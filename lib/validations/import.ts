// The import file, checked as a whole before anything is written (lib/import/ reads each format: Cellstate's own
// JSON, Day One, jrnl, Markdown). These are the entry points for one JSON file, sent whole or in pieces.
import { ImportCollector, type CollectorOptions } from "@/lib/import/collector";
import { jsonFileReader } from "@/lib/import/json-file";
import { Unusable } from "@/lib/import/problems";
import type { ParsedImport } from "@/lib/import/types";

export { journalRecordSchema, type JournalRecord } from "./journal-record";
export { MAX_IMPORT_RECORDS } from "@/lib/import/collector";
export { MAX_IMPORT_PROBLEMS } from "@/lib/import/problems";
export type { ImportProblem, ParsedImport } from "@/lib/import/types";

type ImportReader = {
  /** Feeds the next bytes (or text) of the file; false once the file is known to be unusable (stop sending). */
  write(chunk: Uint8Array | string): boolean;
  /** The verdict on everything written. */
  end(): ParsedImport;
};

export function importReader(options: CollectorOptions): ImportReader {
  const collector = new ImportCollector(options);
  const file = jsonFileReader(collector);
  return {
    write: (chunk) => file.write(chunk),
    end() {
      file.end();
      return collector.result();
    },
  };
}

export function parseImportText(text: string, options: CollectorOptions): ParsedImport {
  const reader = importReader(options);
  reader.write(text);
  return reader.end();
}

/** Records already parsed (a generated journal, the benchmark): the same checks and limits, as Cellstate's format. */
export function parseImportData(data: unknown, options: CollectorOptions): ParsedImport {
  const collector = new ImportCollector({ ...options, format: "cellstate" });
  try {
    if (!Array.isArray(data))
      throw collector.problems.unusable("The file must be a JSON array of entries: [{date, body, mood?, tags?}]");
    data.forEach((item, index) => collector.jsonEntry("cellstate", item, index));
  } catch (error) {
    if (!(error instanceof Unusable)) throw error;
  }
  return collector.result();
}
