// One entry as a file holds it: what import reads, export writes and the synthetic journals are made of.
import { z } from "zod";
import { bodySchema, isoDaySchema, moodSchema, tagsSchema } from "./entry";

export const journalRecordSchema = z.object({
  date: isoDaySchema,
  body: bodySchema,
  mood: moodSchema.nullable().optional(),
  tags: tagsSchema.optional(),
});

export type JournalRecord = z.infer<typeof journalRecordSchema>;
