// What every import format is read into, whatever app wrote the file. Framework-free: the route, the CLI and
// the browser's zip picking share it.
import type { JournalRecord } from "@/lib/validations/journal-record";

export const IMPORT_FORMATS = ["cellstate", "dayone", "jrnl", "markdown"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const FORMAT_NAMES: Record<ImportFormat, string> = {
  cellstate: "Cellstate JSON",
  dayone: "Day One JSON",
  jrnl: "jrnl JSON",
  markdown: "Markdown files",
};

/** Where a problem is: a record's index in its file (from 0), a field in it, and the file when there are several. */
export type ImportProblem = { index: number | null; field: string | null; message: string; file?: string };

/**
 * One entry of the source app. Day One and jrnl keep several a day, and a Markdown folder may too: the parts of a
 * day are joined, in `order`, into the day's one Cellstate entry. Cellstate's own records are already one a day.
 */
export type DayPart = {
  /** The entry's index in its JSON file; null for a Markdown file, which its name places. */
  index: number | null;
  file?: string;
  date: string;
  order: string;
  body: string;
  mood?: number | null;
  tags?: string[];
  /** Photos, videos… that the entry had and Cellstate does not keep ("2 photos"). */
  missing?: string[];
};

/** A user's own settings, as a Cellstate export carries them. */
export type ImportSettings = { name: string | null; timeZone: string; summaryEmail: boolean };

/**
 * A Keep or Let go mark, anchored to the day of an entry whose main theme it was on: themes are regrouped from
 * the text in the new account, and the mark is carried to that entry's main theme then (lib/journal/memory-marks.ts).
 */
export type ImportMark = { kind: "keep" | "let-go"; date: string; atDate: string | null };

export type ImportContent = {
  format: ImportFormat;
  records: JournalRecord[];
  settings?: ImportSettings;
  marks: ImportMark[];
  /** What the source had that is not imported, one line a day: "2024-03-01: 2 photos". */
  missing: string[];
};

export type ParsedImport =
  ({ ok: true } & ImportContent) | { ok: false; problems: ImportProblem[]; problemCount: number };
