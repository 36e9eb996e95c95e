// What POST /api/import answers a good file with: NDJSON lines of progress, then the result or an error. One
// schema for the route that writes them and the browser that reads them back (parsed, never cast).
import { z } from "zod";
import { IMPORT_FORMATS } from "@/lib/import/types";

export const importStreamLineSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("progress"), done: z.number().int(), total: z.number().int() }),
  z.object({
    type: z.literal("done"),
    imported: z.number().int(),
    unchanged: z.number().int(),
    conflicts: z.array(z.string()),
    settingsApplied: z.boolean(),
    marks: z.number().int(),
    format: z.enum(IMPORT_FORMATS),
    // What the source had that Cellstate does not keep, a line a day ("2024-03-01: 2 photos").
    missing: z.array(z.string()),
  }),
  z.object({ type: z.literal("error"), error: z.string() }),
]);

export type ImportStreamLine = z.infer<typeof importStreamLineSchema>;

/** A refused import's JSON answer (422 with its problems, or any other error); every field may be missing. */
export const importRefusalSchema = z.object({
  error: z.string().optional(),
  problems: z
    .array(
      z.object({
        index: z.number().int().nullable(),
        field: z.string().nullable(),
        message: z.string(),
        file: z.string().optional(),
      }),
    )
    .optional(),
  problemCount: z.number().int().optional(),
});
