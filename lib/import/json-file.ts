// One JSON file of an import, read as a stream of tokens (@streamparser/json), one entry at a time, as its bytes
// arrive: JSON.parse of the whole text would first build every value, and 48 MB of `[0,0,0,…]` (24 million
// numbers) ran the server's heap out of memory. Its top level says what it is: an array is Cellstate's version 1
// export; an object has its entries under `entries`, beside `cellstate` (Cellstate's version 2, with `settings`
// and `marks`), `metadata` (Day One) or `tags` (jrnl). Reading stops at the first thing that makes the file
// unusable: not JSON, nested deeper than an entry can be, or more entries than MAX_IMPORT_RECORDS.
import { TokenParser, Tokenizer, TokenType, type ParsedTokenInfo } from "@streamparser/json";
import { cellstateVersionSchema } from "./formats/cellstate";
import { formatOfEntry, type ImportCollector } from "./collector";
import { Unusable } from "./problems";
import { FORMAT_NAMES, type ImportFormat } from "./types";

// The file's list, an entry, its photos, a photo, its location, region and centre (Day One): 8. Room above it.
export const MAX_DEPTH = 10;

const NOT_A_JOURNAL =
  "The file must be a Cellstate export (a JSON array of entries: [{date, body, mood?, tags?}]), a Day One Journal.json or a jrnl JSON export";

type JsonFormat = Exclude<ImportFormat, "markdown">;

const FORMAT_OF_KEY: Record<string, JsonFormat> = { cellstate: "cellstate", metadata: "dayone", tags: "jrnl" };

export type JsonFileReader = {
  /** Feeds the next bytes (or text) of the file; false once the file is known to be unusable (stop sending). */
  write(chunk: Uint8Array | string): boolean;
  /** The file is complete: checks that it ended where JSON can. */
  end(): void;
};

export function jsonFileReader(collector: ImportCollector, file?: string): JsonFileReader {
  const tokenizer = new Tokenizer();
  let parser: TokenParser | null = null;
  let depth = 0;
  let stopped = false;
  let previous: TokenType | null = null;
  let format: JsonFormat | undefined;
  let objectRoot = false;
  const topKeys = new Set<string>();
  let settings: unknown;
  let marks: unknown;
  const unusable = (message: string) => collector.problems.unusable(message, file);

  const entryFormat = (item: unknown): JsonFormat => {
    if (format === undefined) {
      const found = collector.settle(formatOfEntry(item), file);
      if (found === "markdown") throw unusable(`This is a JSON file, not ${FORMAT_NAMES.markdown}`);
      format = found;
    }
    return format;
  };

  const start = (token: ParsedTokenInfo) => {
    const isArray = token.token === TokenType.LEFT_BRACKET;
    if (!isArray && token.token !== TokenType.LEFT_BRACE) throw unusable(NOT_A_JOURNAL);
    objectRoot = !isArray;
    // keepStack false: each entry is dropped from its list once it has been handed over.
    parser = new TokenParser({
      paths: isArray ? ["$.*"] : ["$.entries.*", "$.cellstate", "$.metadata", "$.tags", "$.settings", "$.marks"],
      keepStack: false,
    });
    parser.onValue = ({ value, key, stack }) => {
      if (isArray || stack.length === 2) return collector.jsonEntry(entryFormat(value), value, Number(key), file);
      if (key === "settings") settings = value;
      else if (key === "marks") marks = value;
      else if (key === "cellstate") {
        const version = cellstateVersionSchema.safeParse(value);
        if (!version.success) throw unusable(version.error.issues[0]!.message);
      }
      if (typeof key === "string" && key in FORMAT_OF_KEY && format === undefined) {
        const found = collector.settle(FORMAT_OF_KEY[key]!, file);
        if (found !== "markdown") format = found;
      }
    };
  };

  tokenizer.onToken = (token: ParsedTokenInfo) => {
    if (!parser) start(token);
    if (token.token === TokenType.LEFT_BRACKET || token.token === TokenType.LEFT_BRACE) {
      if (++depth > MAX_DEPTH) throw unusable(`The file is nested more than ${MAX_DEPTH} levels deep`);
    } else if (token.token === TokenType.RIGHT_BRACKET || token.token === TokenType.RIGHT_BRACE) depth--;
    // A key of the top-level object: a string right after its `{` or a `,`.
    else if (
      objectRoot &&
      depth === 1 &&
      token.token === TokenType.STRING &&
      (previous === TokenType.LEFT_BRACE || previous === TokenType.COMMA)
    ) {
      topKeys.add(String(token.value));
    }
    previous = token.token;
    parser!.write(token);
  };

  // Any error but our own verdict is the tokenizer's or the parser's: the text is not JSON.
  const step = (work: () => void) => {
    if (stopped) return;
    try {
      work();
    } catch (error) {
      stopped = true;
      if (!(error instanceof Unusable)) unusable("The file is not valid JSON");
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
        // A file cut short ends between two tokens, which the tokenizer accepts; the top level must be closed.
        if (!parser?.isEnded) throw new Error("unfinished");
        if (objectRoot && !topKeys.has("entries")) throw unusable(NOT_A_JOURNAL);
      });
      if (!stopped && (settings !== undefined || marks !== undefined)) collector.extras(settings, marks);
    },
  };
}
