// Day One's JSON export (the zip's Journal.json, one file per journal): `{ metadata: { version }, entries: [{ uuid,
// creationDate (ISO, UTC), modifiedDate, timeZone (IANA), text, tags, starred, photos: [{ identifier, md5, type }],
// videos, audios, pdfAttachments, location, weather, … }] }`. Day One is closed source; this follows the format as
// the public converters read it (dayone-to-obsidian and its JavaScript port, dayone2markdown).
//
// - The day is the creation instant's day in the entry's own time zone (a late entry in New York stays on its
//   day, whatever UTC says); an entry without a time zone is placed in UTC.
// - The text is Markdown with Day One's own escapes: it writes `\.`, `\-`, `\(`… where plain text needs none.
//   Those are undone. `\*`, `\_`, `` \` `` and `\\` stay: there the backslash keeps a star or underscore the
//   writer typed from turning into emphasis.
// - Photos and other media are not imported: their references (`![](dayone-moment://…)`) are taken out of the
//   text and the import's report lists them per day. An entry that was only a photo imports nothing.
// - `starred` becomes the tag "starred".
import { z } from "zod";
import { isValidTimeZone, todayIn } from "@/lib/dates";
import { attachmentNote, issuesOf, plainTag, STARRED_TAG, type EntryReading } from "./reading";

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

const media = z.array(z.unknown(), { error: "Must be a list" }).optional();

const dayOneEntrySchema = z.looseObject({
  creationDate: z
    .string({ error: "creationDate is missing (an ISO time such as 2024-03-01T07:15:42Z)" })
    .regex(ISO_INSTANT, "creationDate must be an ISO time such as 2024-03-01T07:15:42Z")
    .refine((value) => !Number.isNaN(Date.parse(value)), { message: "creationDate is not a real time" }),
  timeZone: z
    .string({ error: "timeZone must be text" })
    .refine(isValidTimeZone, { message: "Unknown time zone" })
    .optional(),
  text: z.string({ error: "text must be text" }).optional(),
  tags: z.array(z.string({ error: "Each tag must be text" }), { error: "Tags must be a list" }).optional(),
  starred: z.boolean({ error: "starred must be true or false" }).optional(),
  photos: media,
  videos: media,
  audios: media,
  pdfAttachments: media,
});

// `![](dayone-moment://ID)` for a photo, `![](dayone-moment:/video/ID)` and the like for other media.
const MOMENT = /!\[[^\]\n]*\]\(dayone-moment:[^)\s]*\)/g;
const DAY_ONE_ESCAPE = /\\([\\.\-()!\[\]#+>~=|{}<])/g;
const EMPTY_LINES = /\n{3,}/g;

export function cleanDayOneText(text: string): { text: string; moments: number } {
  let moments = 0;
  const withoutMedia = text.replace(MOMENT, () => {
    moments++;
    return "";
  });
  const unescaped = withoutMedia.replace(DAY_ONE_ESCAPE, (escape, char: string) => (char === "\\" ? escape : char));
  return { text: unescaped.replace(EMPTY_LINES, "\n\n").trim(), moments };
}

export function readDayOneEntry(item: unknown): EntryReading {
  const parsed = dayOneEntrySchema.safeParse(item);
  if (!parsed.success) return issuesOf(parsed.error);
  const entry = parsed.data;
  const instant = new Date(entry.creationDate);
  const date = todayIn(entry.timeZone ?? "UTC", instant);
  const { text, moments } = cleanDayOneText(entry.text ?? "");
  const photos = entry.photos?.length ?? 0;
  const others = (entry.videos?.length ?? 0) + (entry.audios?.length ?? 0) + (entry.pdfAttachments?.length ?? 0);
  const missing = attachmentNote([
    // The media lists are the count; a text whose lists were stripped still says how many it showed.
    [photos + others === 0 ? moments : photos, "photo"],
    [entry.videos?.length ?? 0, "video"],
    [entry.audios?.length ?? 0, "audio recording"],
    [entry.pdfAttachments?.length ?? 0, "PDF"],
  ]);
  if (!text) return { kind: "nothing", date, missing: [...missing, "an entry with no text"].join(", ") };
  return {
    kind: "part",
    part: {
      date,
      order: instant.toISOString(),
      body: text,
      tags: [...(entry.tags ?? []).map(plainTag), ...(entry.starred ? [STARRED_TAG] : [])],
      missing,
    },
  };
}
