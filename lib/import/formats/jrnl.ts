// jrnl's JSON export (`jrnl --format json`, jrnl/plugins/json_exporter.py): `{ tags: {"@tag": n}, entries: [{ title,
// body, date "YYYY-MM-DD", time "HH:MM", tags: ["@tag"], starred, uuid?, creator? }] }`. jrnl splits an entry's
// text into its first sentence (title) and the rest (body); they are joined again on two lines, which Markdown
// shows as one paragraph, as jrnl does. Its dates are the writer's local time already.
import { z } from "zod";
import { isoDaySchema } from "@/lib/validations/entry";
import { issuesOf, plainTag, STARRED_TAG, type EntryReading } from "./reading";

const jrnlEntrySchema = z.looseObject({
  title: z.string({ error: "The title must be text" }),
  body: z.string({ error: "The body must be text" }),
  date: isoDaySchema,
  time: z.string({ error: "The time must be text, HH:MM" }).regex(/^\d{2}:\d{2}$/, "The time must be HH:MM"),
  tags: z.array(z.string({ error: "Each tag must be text" }), { error: "Tags must be a list" }).optional(),
  starred: z.boolean({ error: "starred must be true or false" }).optional(),
});

export function readJrnlEntry(item: unknown): EntryReading {
  const parsed = jrnlEntrySchema.safeParse(item);
  if (!parsed.success) return issuesOf(parsed.error);
  const { title, body, date, time, tags = [], starred } = parsed.data;
  const text = [title.trim(), body.trim()].filter(Boolean).join("\n");
  return {
    kind: "part",
    part: {
      date,
      order: time,
      body: text,
      tags: [...tags.map(plainTag), ...(starred ? [STARRED_TAG] : [])],
    },
  };
}
