// What an entry may hold. Shared by the API routes, the import (browser and CLI) and the tests, so every
// way in gives the same messages.
import { z } from "zod";
import { userMessage } from "@/i18n/user-message";
import { isIsoDay } from "@/lib/dates";

export const MAX_ENTRY_BYTES = 100 * 1024;
const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;

export const isoDaySchema = z
  .string({ error: userMessage("dateNotText") })
  .refine(isIsoDay, { message: userMessage("dateNotReal") });

// Half of a UTF-16 surrogate pair (JSON can spell one, "\ud800") is no character at all: the database driver
// refused it with a 500. Such text comes from a broken copy or a script, so it is refused with a way out.
export const LONE_SURROGATE = /\p{Cs}/u;

export function hasBrokenCharacter(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

export const bodySchema = z
  .string({ error: userMessage("bodyMissing") })
  .refine((body) => !hasBrokenCharacter(body), { message: userMessage("bodyBroken") })
  .refine((body) => body.trim().length > 0, { message: userMessage("bodyEmpty") })
  .refine((body) => utf8Bytes(body) <= MAX_ENTRY_BYTES, {
    message: userMessage("bodyTooLong", { kb: MAX_ENTRY_BYTES / 1024 }),
  });

export const moodSchema = z
  .number({ error: userMessage("moodNotNumber") })
  .int(userMessage("moodNotWhole"))
  .min(1, userMessage("moodRange"))
  .max(5, userMessage("moodRange"));

// Tags are kept lower-case and without repeats so "Work" and "work " are one tag.
export const tagsSchema = z
  .array(
    z
      .string({ error: userMessage("tagNotText") })
      .trim()
      .toLowerCase()
      .min(1, userMessage("tagEmpty"))
      .max(MAX_TAG_LENGTH, userMessage("tagTooLong", { max: MAX_TAG_LENGTH }))
      .refine((tag) => !hasBrokenCharacter(tag), { message: userMessage("tagBroken") }),
    { error: userMessage("tagsNotList") },
  )
  .max(MAX_TAGS, userMessage("tooManyTags", { max: MAX_TAGS }))
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
