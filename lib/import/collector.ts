// Reads the files of one import (a JSON file, the JSON files of a Day One zip, a folder or zip of Markdown) into
// Cellstate's records. Everything is checked before anything is written: every bad record is reported with its
// position (its index in its file, from 0, and the file when there are several), and with any problem the result
// holds no records. The format is the one asked for, or found from the file (see detectFormat).
import { z } from "zod";
import type { JournalRecord } from "@/lib/validations/journal-record";
import { cellstateMarksSchema, cellstateSettingsSchema, readCellstateEntry } from "./formats/cellstate";
import { readDayOneEntry } from "./formats/dayone";
import { readJrnlEntry } from "./formats/jrnl";
import { readMarkdownFile } from "./formats/markdown";
import type { EntryReading, Issue } from "./formats/reading";
import { joinDays } from "./join-days";
import { ProblemList } from "./problems";
import type { DayPart, ImportFormat, ImportMark, ImportSettings, ParsedImport } from "./types";

// About 55 years of daily entries (a real ten-year diary has 3,411; Day One's several a day fit too).
export const MAX_IMPORT_RECORDS = 20_000;

export type CollectorOptions = {
  /** The importing user's today: like the editor, an import cannot write days that have not come yet. */
  latestDay: string;
  format?: ImportFormat;
};

const ENTRY_READERS: Record<Exclude<ImportFormat, "markdown">, (item: unknown) => EntryReading> = {
  cellstate: readCellstateEntry,
  dayone: readDayOneEntry,
  jrnl: readJrnlEntry,
};

/** A JSON file's format from one of its entries, when its top level did not say. */
export function formatOfEntry(item: unknown): Exclude<ImportFormat, "markdown"> {
  if (typeof item === "object" && item !== null) {
    if ("creationDate" in item) return "dayone";
    if ("time" in item || "title" in item) return "jrnl";
  }
  return "cellstate";
}

export class ImportCollector {
  readonly problems = new ProblemList();
  private readonly parts: DayPart[] = [];
  private readonly cellstateRecords: JournalRecord[] = [];
  private readonly firstIndexOfDate = new Map<string, number>();
  private readonly leftOut: { date: string; note: string }[] = [];
  private seen = 0;
  private format: ImportFormat | undefined;
  private settings: unknown;
  private marks: unknown;

  constructor(private readonly options: CollectorOptions) {
    this.format = options.format;
  }

  /** The format every file of this import is read as; the first file decides when none was asked for. */
  settle(found: ImportFormat, file?: string): ImportFormat {
    if (this.format === undefined) this.format = found;
    else if (this.format !== found && this.options.format === undefined) {
      throw this.problems.unusable(`Files of different kinds in one import (${this.format} and ${found})`, file);
    }
    return this.format;
  }

  private count(file?: string) {
    if (this.seen++ >= MAX_IMPORT_RECORDS) {
      throw this.problems.unusable(
        `The file has more than ${MAX_IMPORT_RECORDS.toLocaleString("en")} entries; import it in parts`,
        file,
      );
    }
  }

  private reportIssues(issues: Issue[], index: number | null, file?: string) {
    for (const issue of issues) this.problems.add({ index, ...issue, ...(file !== undefined && { file }) });
  }

  /** One entry of a JSON file, at `index` in its list. */
  jsonEntry(format: Exclude<ImportFormat, "markdown">, item: unknown, index: number, file?: string) {
    this.count(file);
    this.take(ENTRY_READERS[format](item), index, file, format === "cellstate");
  }

  /** One Markdown file, by its path in the folder or zip. */
  markdownFile(path: string, text: string) {
    this.settle("markdown", path);
    this.count(path);
    this.take(readMarkdownFile(path, text), null, path, false);
  }

  private take(reading: EntryReading, index: number | null, file: string | undefined, onePerDay: boolean) {
    if (reading.kind === "issues") return this.reportIssues(reading.issues, index, file);
    if (reading.kind === "nothing") return void this.leftOut.push({ date: reading.date, note: reading.missing });
    const { part } = reading;
    const where = { index, ...(file !== undefined && { file }) };
    if (part.date > this.options.latestDay) {
      return this.problems.add({
        ...where,
        field: "date",
        message: `${part.date} is after today (${this.options.latestDay})`,
      });
    }
    for (const note of part.missing ?? []) this.leftOut.push({ date: part.date, note });
    if (!onePerDay) return void this.parts.push({ ...part, index, ...(file !== undefined && { file }) });

    // Cellstate's own records are one a day already: a second one is a mistake in the file, not a second entry.
    const earlier = this.firstIndexOfDate.get(part.date);
    if (earlier !== undefined) {
      return this.problems.add({
        ...where,
        field: "date",
        message: `${part.date} appears twice (also record ${earlier}); one entry per day`,
      });
    }
    this.firstIndexOfDate.set(part.date, index ?? this.seen);
    const { order: _order, missing: _missing, ...record } = part;
    this.cellstateRecords.push(record as JournalRecord);
  }

  /** A Cellstate export's settings and marks, read at the end with the entries. */
  extras(settings: unknown, marks: unknown) {
    this.settings = settings;
    this.marks = marks;
  }

  result(): ParsedImport {
    const records =
      this.format === "cellstate" ? this.cellstateRecords : joinDays(this.parts, (p) => this.problems.add(p));
    const settings = this.checked("settings", cellstateSettingsSchema.optional(), this.settings);
    const marks = this.checked("marks", cellstateMarksSchema.optional(), this.marks) ?? [];
    if (this.problems.count > 0) {
      return { ok: false, problems: this.problems.problems, problemCount: this.problems.count };
    }
    const notes = new Map<string, string[]>();
    for (const { date, note } of this.leftOut) notes.set(date, [...(notes.get(date) ?? []), note]);
    return {
      ok: true,
      format: this.format ?? "cellstate",
      records,
      ...(settings && { settings: settings as ImportSettings }),
      marks: marks as ImportMark[],
      missing: [...notes.keys()].sort().map((date) => `${date}: ${notes.get(date)!.join(", ")}`),
    };
  }

  private checked<T>(field: string, schema: z.ZodType<T>, value: unknown): T | undefined {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      this.problems.add({ index: null, field: [field, ...issue.path].join("."), message: issue.message });
    }
    return undefined;
  }
}
