// The import file: `[{date, body, mood?, tags?}]`. The whole file is checked before anything is written,
// and every bad record is reported by its index so the user can fix the file in one go.
//
// The file is read as a stream of tokens (@streamparser/json), one record at a time, as its bytes arrive:
// JSON.parse of the whole text would first build every value, and 48 MB of `[0,0,0,…]` (24 million numbers)
// ran the server's heap out of memory. Reading stops at the first thing that makes the file unusable: not JSON,
// not an array, nested deeper than a record can be, or more records than MAX_IMPORT_RECORDS. At most
// MAX_IMPORT_PROBLEMS problems are kept (the rest are only counted).
import { TokenParser, Tokenizer, TokenType, type ParsedTokenInfo } from "@streamparser/json";
import { z } from "zod";
import { bodySchema, isoDaySchema, moodSchema, tagsSchema } from "./entry";

/** One entry as a file holds it: what import reads, export writes and the synthetic journals are made of. */
const journalRecordSchema = z.object({
  date: isoDaySchema,
  body: bodySchema,
  mood: moodSchema.nullable().optional(),
  tags: tagsSchema.optional(),
});

export type JournalRecord = z.infer<typeof journalRecordSchema>;

export type ImportProblem = { index: number | null; field: string | null; message: string };

type ParsedImport =
  { ok: true; records: JournalRecord[] } | { ok: false; problems: ImportProblem[]; problemCount: number };

export const MAX_IMPORT_PROBLEMS = 50;
// About 55 years of daily entries (a real ten-year diary has 3,411).
export const MAX_IMPORT_RECORDS = 20_000;
// The file's array, a record, its tags: 3. Room for other fields' objects a journal app exports beside them.
const MAX_DEPTH = 8;

// `latestDay` is the importing user's today: like the editor, an import cannot write days that have not come yet.
type ImportOptions = { latestDay: string };

const NOT_AN_ARRAY = "The file must be a JSON array of entries: [{date, body, mood?, tags?}]";

/** Stops the reading: the file cannot be imported whatever follows. */
class Unusable extends Error {}

/** Checks records one at a time, in file order; keeps the good ones and the first problems. */
class RecordChecker {
  readonly records: JournalRecord[] = [];
  readonly problems: ImportProblem[] = [];
  problemCount = 0;
  private readonly firstIndexOfDate = new Map<string, number>();
  private index = 0;

  constructor(private readonly latestDay: string) {}

  private report(problem: ImportProblem) {
    this.problemCount++;
    if (this.problems.length < MAX_IMPORT_PROBLEMS) this.problems.push(problem);
  }

  /** The file's own verdict (not JSON, too big…): it replaces the records' problems, which no longer matter. */
  unusable(message: string): Unusable {
    this.problems.length = 0;
    this.problemCount = 0;
    this.report({ index: null, field: null, message });
    return new Unusable(message);
  }

  check(item: unknown) {
    const index = this.index++;
    if (index >= MAX_IMPORT_RECORDS) {
      throw this.unusable(
        `The file has more than ${MAX_IMPORT_RECORDS.toLocaleString("en")} entries; import it in parts`,
      );
    }
    const parsed = journalRecordSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        this.report({ index, field: issue.path.join(".") || null, message: issue.message });
      }
      return;
    }
    const { date } = parsed.data;
    if (date > this.latestDay)
      return this.report({ index, field: "date", message: `${date} is after today (${this.latestDay})` });
    const earlier = this.firstIndexOfDate.get(date);
    if (earlier !== undefined) {
      return this.report({
        index,
        field: "date",
        message: `${date} appears twice (also record ${earlier}); one entry per day`,
      });
    }
    this.firstIndexOfDate.set(date, index);
    this.records.push(parsed.data);
  }

  result(): ParsedImport {
    return this.problemCount > 0
      ? { ok: false, problems: this.problems, problemCount: this.problemCount }
      : { ok: true, records: this.records };
  }
}

type ImportReader = {
  /** Feeds the next bytes (or text) of the file; false once the file is known to be unusable (stop sending). */
  write(chunk: Uint8Array | string): boolean;
  /** The verdict on everything written. */
  end(): ParsedImport;
};

export function importReader({ latestDay }: ImportOptions): ImportReader {
  const checker = new RecordChecker(latestDay);
  const tokenizer = new Tokenizer();
  // keepStack false: each record is dropped from the array once it has been handed over.
  const parser = new TokenParser({ paths: ["$.*"], keepStack: false });
  let depth = 0;
  let started = false;
  let stopped = false;
  tokenizer.onToken = (token: ParsedTokenInfo) => {
    if (!started && token.token !== TokenType.LEFT_BRACKET) throw checker.unusable(NOT_AN_ARRAY);
    started = true;
    if (token.token === TokenType.LEFT_BRACKET || token.token === TokenType.LEFT_BRACE) {
      if (++depth > MAX_DEPTH) throw checker.unusable(`The file is nested more than ${MAX_DEPTH} levels deep`);
    } else if (token.token === TokenType.RIGHT_BRACKET || token.token === TokenType.RIGHT_BRACE) depth--;
    parser.write(token);
  };
  parser.onValue = ({ value }) => checker.check(value);

  // Any error but our own verdict is the tokenizer's or the parser's: the text is not JSON.
  const step = (work: () => void) => {
    if (stopped) return;
    try {
      work();
    } catch (error) {
      stopped = true;
      if (!(error instanceof Unusable)) checker.unusable("The file is not valid JSON");
    }
  };

  return {
    write(chunk) {
      step(() => tokenizer.write(chunk));
      return !stopped;
    },
    end() {
      step(() => {
        tokenizer.end();
        // A file cut short ends between two tokens, which the tokenizer accepts; the array must be closed.
        if (!parser.isEnded) throw new Error("unfinished");
      });
      return checker.result();
    },
  };
}

export function parseImportText(text: string, options: ImportOptions): ParsedImport {
  const reader = importReader(options);
  reader.write(text);
  return reader.end();
}

/** Records already parsed (a generated journal, the benchmark): the same checks and limits. */
export function parseImportData(data: unknown, options: ImportOptions): ParsedImport {
  const checker = new RecordChecker(options.latestDay);
  try {
    if (!Array.isArray(data)) throw checker.unusable(NOT_AN_ARRAY);
    for (const item of data) checker.check(item);
  } catch (error) {
    if (!(error instanceof Unusable)) throw error;
  }
  return checker.result();
}
