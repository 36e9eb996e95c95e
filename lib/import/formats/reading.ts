// What reading one entry of a source file gives: a part of a day, or what is wrong with it (each issue a field
// and a message), or nothing to import but a note of what was left out (a Day One entry that is only a photo).
import type { z } from "zod";
import type { DayPart } from "../types";

export type Issue = { field: string | null; message: string };

export type EntryReading =
  | { kind: "part"; part: PartOf }
  | { kind: "issues"; issues: Issue[] }
  | { kind: "nothing"; date: string; missing: string };

export type PartOf = Omit<DayPart, "index" | "file">;

export function issuesOf(error: z.ZodError): EntryReading {
  return {
    kind: "issues",
    issues: error.issues.map((issue) => ({ field: issue.path.join(".") || null, message: issue.message })),
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "2 photos, 1 video" from Day One's (or any app's) attachment counts; empty when there were none. */
export function attachmentNote(counts: [number, string, string?][]): string[] {
  return counts.filter(([n]) => n > 0).map(([n, one, many]) => plural(n, one, many));
}

/** Tags as other apps write them (`@work`, `#work`, "Daily Journal"): the marker goes; tagsSchema does the rest. */
export function plainTag(tag: string): string {
  return tag.replace(/^[@#]+/, "");
}

export const STARRED_TAG = "starred";
