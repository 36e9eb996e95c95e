// What the tag forms send (app/(app)/tags/actions.ts). A name follows the editor's rules for tags (trimmed, lower
// case, at most MAX_TAG_LENGTH characters, no broken character); the messages are keys of the "tags" messages, so
// the form shows them in the reader's language.
import { z } from "zod";
import { LONE_SURROGATE, MAX_TAG_LENGTH } from "./entry";

const tagId = z.string({ error: "errors.noTag" }).min(1, "errors.noTag").max(64, "errors.noTag");

const tagName = z
  .string({ error: "errors.nameEmpty" })
  .trim()
  .toLowerCase()
  .min(1, "errors.nameEmpty")
  .max(MAX_TAG_LENGTH, "errors.nameTooLong")
  .refine((name) => !LONE_SURROGATE.test(name), "errors.nameBroken");

export const createTagSchema = z.object({ name: tagName });
export const renameTagSchema = z.object({ tagId, name: tagName });
export const mergeTagSchema = z.object({ tagId, into: tagId });
export const deleteTagSchema = z.object({ tagId });
