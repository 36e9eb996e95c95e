// Which files of a zip (or folder) an import reads: the journal JSON files of a Day One export (`Journal.json`,
// or one file per journal), or else the Markdown notes. Photos, videos and the rest are never read. Shared by the
// server, the CLI and the browser, which takes these files out of a large zip before sending it.
import { isMarkdownEntryFile } from "./formats/markdown";
import type { ImportFormat } from "./types";

function hidden(path: string): boolean {
  return path.split(/[\\/]/).some((part) => part.startsWith(".") || part === "__MACOSX");
}

export function isJournalJson(path: string): boolean {
  return !hidden(path) && /\.json$/i.test(path);
}

export type JournalFiles = { kind: "json" | "markdown"; names: string[] };

export function pickJournalFiles(names: string[], format?: ImportFormat): JournalFiles | null {
  const json = names.filter(isJournalJson);
  const markdown = names.filter(isMarkdownEntryFile);
  if (format === "markdown") return markdown.length ? { kind: "markdown", names: markdown } : null;
  if (json.length) return { kind: "json", names: json };
  if (format === undefined && markdown.length) return { kind: "markdown", names: markdown };
  return null;
}

export const NO_JOURNAL_IN_ZIP =
  "The zip holds no journal: expected a Day One export (Journal.json) or Markdown files (.md)";

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}
