// Cellstate's own export. Version 1 is the bare array of entries `[{date, body, mood?, tags?}]`; version 2 is an
// object that also carries the user's settings and Keep / Let go marks (lib/journal/export.ts writes it):
// `{ cellstate: 2, exportedAt, settings, marks: [{kind, date, atDate}], entries: [...] }`.
import { z } from "zod";
import { isValidTimeZone } from "@/lib/dates";
import { isoDaySchema } from "@/lib/validations/entry";
import { journalRecordSchema } from "@/lib/validations/journal-record";
import { issuesOf, type EntryReading } from "./reading";

export const CELLSTATE_VERSION = 2;

export function readCellstateEntry(item: unknown): EntryReading {
  const parsed = journalRecordSchema.safeParse(item);
  if (!parsed.success) return issuesOf(parsed.error);
  return { kind: "part", part: { ...parsed.data, order: "" } };
}

export const cellstateSettingsSchema = z.object({
  name: z.string().trim().max(80, "Use at most 80 characters").nullable(),
  timeZone: z.string().refine(isValidTimeZone, { message: "Unknown time zone" }),
  summaryEmail: z.boolean(),
});

export const cellstateMarksSchema = z
  .array(
    z.object({
      kind: z.enum(["keep", "let-go"]),
      date: isoDaySchema,
      atDate: isoDaySchema.nullable(),
    }),
  )
  .max(10_000, "At most 10,000 marks");

export const cellstateVersionSchema = z
  .number()
  .int()
  .refine((v) => v <= CELLSTATE_VERSION, {
    message: `The file comes from a newer Cellstate (format ${CELLSTATE_VERSION} is the newest this one reads)`,
  });
