// Several entries of one day (Day One, jrnl, a folder of notes) become the day's one Cellstate entry: their texts
// in time order, a blank line between, their tags together, the first mood given. The same file always gives the
// same text, so importing it again finds the day unchanged instead of in conflict.
import { journalRecordSchema, type JournalRecord } from "@/lib/validations/journal-record";
import type { DayPart, ImportProblem } from "./types";

const byOrder = (a: DayPart, b: DayPart) =>
  a.order < b.order
    ? -1
    : a.order > b.order
      ? 1
      : (a.file ?? "").localeCompare(b.file ?? "") || (a.index ?? 0) - (b.index ?? 0);

export function partName(part: DayPart): string {
  const record = part.index === null ? null : `record ${part.index}`;
  return [part.file, record].filter(Boolean).join(" ");
}

export function joinDays(parts: DayPart[], report: (problem: ImportProblem) => void): JournalRecord[] {
  const byDate = new Map<string, DayPart[]>();
  for (const part of parts) {
    const list = byDate.get(part.date) ?? [];
    list.push(part);
    byDate.set(part.date, list);
  }
  const records: JournalRecord[] = [];
  for (const date of [...byDate.keys()].sort()) {
    const day = byDate.get(date)!.sort(byOrder);
    const joined = {
      date,
      body: day.map((p) => p.body.trim()).join("\n\n"),
      mood: day.find((p) => p.mood != null)?.mood,
      tags: day.flatMap((p) => p.tags ?? []),
    };
    const parsed = journalRecordSchema.safeParse(joined);
    if (parsed.success) {
      const { mood, tags, ...rest } = parsed.data;
      records.push({ ...rest, ...(mood != null && { mood }), ...(tags?.length && { tags }) });
      continue;
    }
    const first = day[0]!;
    const together =
      day.length > 1 ? `the ${day.length} entries of ${date} (${day.map(partName).join(", ")}) together: ` : "";
    for (const issue of parsed.error.issues) {
      report({
        index: first.index,
        field: issue.path.join(".") || null,
        message: `${together}${issue.message}`,
        ...(first.file !== undefined && { file: first.file }),
      });
    }
  }
  return records;
}
