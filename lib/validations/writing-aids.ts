// What the user's own prompts and templates may hold. The messages are keys of the "prompts" namespace's
// `errors` (messages/<locale>/prompts.json), so each form shows them in its reader's language.
import { z } from "zod";
import { hasBrokenCharacter, utf8Bytes } from "./entry";

export const MAX_PROMPT_CHARS = 300;
export const MAX_TEMPLATE_NAME_CHARS = 60;
export const MAX_TEMPLATE_BYTES = 8 * 1024;
/** How many of each a user may keep: enough for any habit, few enough to list on one page. */
export const MAX_PROMPTS = 100;
export const MAX_TEMPLATES = 30;

export const WRITING_AID_ERRORS = [
  "promptMissing",
  "promptTooLong",
  "nameMissing",
  "nameTooLong",
  "bodyMissing",
  "bodyTooLong",
  "brokenCharacter",
  "badId",
] as const;
export type WritingAidError = (typeof WRITING_AID_ERRORS)[number];
export const writingAidErrorSchema = z.enum(WRITING_AID_ERRORS);

const error = (key: WritingAidError) => ({ message: key });

// A form sends a textarea's line breaks as CRLF; the editor's text has plain LF, which is what is kept.
const plainLines = (t: string) => t.replace(/\r\n?/g, "\n");

const text = (missing: WritingAidError) =>
  z
    .string({ error: missing })
    .overwrite(plainLines)
    .trim()
    .min(1, error(missing))
    .refine((t) => !hasBrokenCharacter(t), error("brokenCharacter"));

// Ids are cuids: anything else names no row of the user's, and is refused before the database is asked.
export const aidIdSchema = z.string({ error: "badId" }).regex(/^[a-z0-9]{1,64}$/, error("badId"));

// An empty id is a new one.
const optionalId = z.union([z.literal(""), aidIdSchema]).optional();

export const promptInputSchema = z.object({
  id: optionalId,
  text: text("promptMissing").pipe(z.string().max(MAX_PROMPT_CHARS, error("promptTooLong"))),
});

export const templateInputSchema = z.object({
  id: optionalId,
  name: text("nameMissing").pipe(z.string().max(MAX_TEMPLATE_NAME_CHARS, error("nameTooLong"))),
  // Kept as written (its blank lines are its shape), only checked.
  body: z
    .string({ error: "bodyMissing" })
    .overwrite(plainLines)
    .refine((b) => b.trim().length > 0, error("bodyMissing"))
    .refine((b) => !hasBrokenCharacter(b), error("brokenCharacter"))
    .refine((b) => utf8Bytes(b) <= MAX_TEMPLATE_BYTES, error("bodyTooLong")),
});

export type PromptInput = z.infer<typeof promptInputSchema>;
export type TemplateInput = z.infer<typeof templateInputSchema>;
