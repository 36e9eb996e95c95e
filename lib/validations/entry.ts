// What an entry may hold. Shared by the API routes, the import (browser and CLI) and the tests, so every
// way in gives the same messages.
import { z } from "zod";
import { isIsoDay } from "@/lib/dates";

export const MAX_ENTRY_BYTES = 100 * 1024;
const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;

export const isoDaySchema = z
  .string({ error: "Date must be text in the form YYYY-MM-DD" })
  .refine(isIsoDay, { message: "Not a real date: use YYYY-MM-DD, e.g. 2026-03-14" });

// Half of a UTF-16 surrogate pair (JSON can spell one, "\ud800") is no character at all: the database driver
// refused it with a 500. Such text comes from a broken copy or a script, so it is refused with a way out.
export const LONE_SURROGATE = /\p{Cs}/u;
const BROKEN_CHARACTER =
  "holds a broken character (half of an emoji or other symbol): delete it or paste the text again";

export const bodySchema = z
  .string({ error: "The entry text is missing" })
  .refine((body) => !LONE_SURROGATE.test(body), { message: `The entry ${BROKEN_CHARACTER}` })
  .refine((body) => body.trim().length > 0, { message: "The entry is empty" })
  .refine((body) => utf8Bytes(body) <= MAX_ENTRY_BYTES, {
    message: `The entry is longer than ${MAX_ENTRY_BYTES / 1024} KB`,
  });

export const moodSchema = z
  .number({ error: "Mood must be a number from 1 to 5" })
  .int("Mood must be a whole number from 1 to 5")
  .min(1, "Mood must be from 1 to 5")
  .max(5, "Mood must be from 1 to 5");

// Tags are kept lower-case and without repeats so "Work" and "work " are one tag.
export const tagsSchema = z
  .array(
    z
      .string({ error: "Each tag must be text" })
      .trim()
      .toLowerCase()
      .min(1, "Tags cannot be empty")
      .max(MAX_TAG_LENGTH, `Tags are at most ${MAX_TAG_LENGTH} characters`)
      .refine((tag) => !LONE_SURROGATE.test(tag), { message: `A tag ${BROKEN_CHARACTER}` }),
    { error: "Tags must be a list of words" },
  )
  .max(MAX_TAGS, `At most ${MAX_TAGS} tags`)
  .transform((tags) => [...new Set(tags)]);

export const entryInputSchema = z.object({
  body: bodySchema,
  mood: moodSchema.nullable().optional(),
  tags: tagsSchema.optional(),
});

export type EntryInput = z.infer<typeof entryInputSchema>;

// TextEncoder, not Buffer: the editor imports these limits in the browser too.
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}
