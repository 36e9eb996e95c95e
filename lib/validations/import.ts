// The import file: `[{date, body, mood?, tags?}]`. The whole file is checked before anything is written,
// and every bad record is reported by its index so the user can fix the file in one go.
import { z } from "zod";
import { bodySchema, isoDaySchema, moodSchema, tagsSchema } from "./entry";

export const importRecordSchema = z.object({
  date: isoDaySchema,
  body: bodySchema,
  mood: moodSchema.nullable().optional(),
  tags: tagsSchema.optional(),
});

export type ImportRecord = z.infer<typeof importRecordSchema>;

export type ImportProblem = { index: number | null; field: string | null; message: string };

export type ParsedImport = { ok: true; records: ImportRecord[] } | { ok: false; problems: ImportProblem[] };

export const MAX_IMPORT_PROBLEMS = 50;

// `latestDay` is the importing user's today: like the editor, an import cannot write days that have not come yet.
export type ImportOptions = { latestDay: string };

export function parseImportText(text: string, options: ImportOptions): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ index: null, field: null, message: "The file is not valid JSON" }] };
  }
  return parseImportData(data, options);
}

export function parseImportData(data: unknown, { latestDay }: ImportOptions): ParsedImport {
  if (!Array.isArray(data)) {
    return {
      ok: false,
      problems: [
        { index: null, field: null, message: "The file must be a JSON array of entries: [{date, body, mood?, tags?}]" },
      ],
    };
  }
  const problems: ImportProblem[] = [];
  const records: ImportRecord[] = [];
  const firstIndexOfDate = new Map<string, number>();
  data.forEach((item, index) => {
    const parsed = importRecordSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ index, field: issue.path.join(".") || null, message: issue.message });
      }
      return;
    }
    if (parsed.data.date > latestDay) {
      problems.push({ index, field: "date", message: `${parsed.data.date} is after today (${latestDay})` });
      return;
    }
    const earlier = firstIndexOfDate.get(parsed.data.date);
    if (earlier !== undefined) {
      problems.push({
        index,
        field: "date",
        message: `${parsed.data.date} appears twice (also record ${earlier}); one entry per day`,
      });
      return;
    }
    firstIndexOfDate.set(parsed.data.date, index);
    records.push(parsed.data);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, records };
}
