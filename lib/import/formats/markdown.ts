// A folder (or zip) of Markdown files, one entry each: Obsidian or Logseq daily notes named by their day
// (`2024-03-01.md`, `2024_03_01.md`, `journal/2024-03-01 Morning.md`), or files whose YAML front matter says
// `date:` (Journiv's and Cellstate's own Markdown export). Front matter may also give `mood` (1–5), `tags` (a list
// or one comma-separated line, whose leading #s go), `title` (put on top as a heading) and a time (`time:` or the
// time part of `date:`) that orders several files of one day. The front matter's date wins over the file name.
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { isoDaySchema, moodSchema } from "@/lib/validations/entry";
import { issuesOf, plainTag, type EntryReading } from "./reading";

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const DAY_IN_NAME = /(\d{4})[-_](\d{2})[-_](\d{2})/;
const DAY_AND_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?/;

/** Which files of a folder or zip are entries: Markdown, outside hidden folders (.obsidian, .trash) and macOS's. */
export function isMarkdownEntryFile(path: string): boolean {
  const parts = path.split(/[\\/]/);
  if (parts.some((p) => p.startsWith(".") || p === "__MACOSX")) return false;
  return /\.(md|markdown)$/i.test(path);
}

const frontMatterSchema = z.looseObject({
  date: z.union([z.string(), z.date()]).optional(),
  time: z.string().optional(),
  title: z.string().optional(),
  // A mood written as a word (Journiv's "happy") has no place on Cellstate's 1–5 scale: it is left out.
  mood: z.union([moodSchema, z.string(), z.null()], { error: "Mood must be a number from 1 to 5" }).optional(),
  tags: z
    .union([z.array(z.string({ error: "Each tag must be text" })), z.string()])
    .nullable()
    .optional(),
});

function dateAndTime(value: string | Date | undefined): { date?: string; time?: string } {
  if (value === undefined) return {};
  const text = value instanceof Date ? value.toISOString() : value.trim();
  const match = DAY_AND_TIME.exec(text);
  return match ? { date: match[1], time: match[2] } : { date: text };
}

export function readMarkdownFile(path: string, text: string): EntryReading {
  const found = FRONT_MATTER.exec(text);
  let meta: unknown = {};
  if (found) {
    try {
      meta = parseYaml(found[1]!) ?? {};
    } catch (error) {
      return {
        kind: "issues",
        issues: [{ field: "front matter", message: `Not valid YAML: ${(error as Error).message.split("\n")[0]}` }],
      };
    }
  }
  const parsedMeta = frontMatterSchema.safeParse(meta);
  if (!parsedMeta.success) return issuesOf(parsedMeta.error);
  const front = parsedMeta.data;
  const fromFront = dateAndTime(front.date);
  const nameDay = DAY_IN_NAME.exec(path.split(/[\\/]/).at(-1) ?? "");
  const date = fromFront.date ?? (nameDay ? `${nameDay[1]}-${nameDay[2]}-${nameDay[3]}` : undefined);
  if (date === undefined) {
    return {
      kind: "issues",
      issues: [{ field: "date", message: "No date: name the file YYYY-MM-DD.md or give `date:` in its front matter" }],
    };
  }
  const day = isoDaySchema.safeParse(date);
  if (!day.success) return issuesOf(day.error);

  let body = (found ? text.slice(found[0].length) : text).trim();
  if (front.title && !body.startsWith("#")) body = `# ${front.title.trim()}\n\n${body}`.trim();
  // A list is taken as written (Cellstate's own tags may start with #); one line is "#a, #b" or "a, b".
  const tags =
    typeof front.tags === "string" ? front.tags.split(",").map((t) => plainTag(t.trim())) : (front.tags ?? []);
  return {
    kind: "part",
    part: {
      date: day.data,
      order: `${front.time ?? fromFront.time ?? ""}\u0000${path}`,
      body,
      mood: typeof front.mood === "number" ? front.mood : undefined,
      tags: tags.map((t) => t.trim()).filter(Boolean),
    },
  };
}
