// What an import did, or why the file was refused, in words a person can act on.
import { FORMAT_NAMES } from "@/lib/import/types";
import type { ImportOutcome } from "./send-import";

const SHOWN_DATES = 10;

const count = (n: number) => n.toLocaleString("en-GB");

export function importSummary(outcome: ImportOutcome): string {
  if (outcome.kind === "failed") return outcome.message;
  if (outcome.kind === "invalid") {
    const n = outcome.problemCount;
    return `Nothing was imported: the file has ${count(n)} ${n === 1 ? "problem" : "problems"}. Fix ${n === 1 ? "it" : "them"} and choose the file again.`;
  }
  const { imported, unchanged, conflicts, marks, settingsApplied, missing } = outcome;
  if (imported + unchanged + conflicts.length === 0) return "The file has no entries; nothing was imported.";
  const parts = [
    `Imported ${count(imported)} ${imported === 1 ? "entry" : "entries"} (${FORMAT_NAMES[outcome.format]})`,
  ];
  if (unchanged > 0) parts.push(`${count(unchanged)} ${unchanged === 1 ? "was" : "were"} already here`);
  if (conflicts.length > 0) {
    const one = conflicts.length === 1;
    const shown = conflicts.slice(0, SHOWN_DATES).join(", ");
    const rest = conflicts.length > SHOWN_DATES ? `, and ${count(conflicts.length - SHOWN_DATES)} more` : "";
    parts.push(
      `${count(conflicts.length)} ${one ? "day already had a different entry and was left as it is" : "days already had a different entry and were left as they are"}: ${shown}${rest}`,
    );
  }
  if (marks > 0) parts.push(`${count(marks)} Keep or Let go ${marks === 1 ? "mark" : "marks"} with them`);
  if (settingsApplied) parts.push("your name, time zone and summary e-mail setting were taken from the file");
  if (missing.length > 0) {
    parts.push(
      `photos and other attachments on ${count(missing.length)} ${missing.length === 1 ? "day were" : "days were"} not imported (Cellstate keeps text only)`,
    );
  }
  return `${parts.join("; ")}.`;
}

// The details under the summary; the summary itself is announced by the form's live region.
export function ImportDetails({ outcome }: { outcome: ImportOutcome }) {
  if (outcome.kind === "invalid") {
    const hidden = outcome.problemCount - outcome.problems.length;
    return (
      <div className="space-y-2">
        {outcome.problems.some((p) => p.index !== null) && (
          <p className="text-sm text-muted">Records are numbered from 0, in the order they appear in the file.</p>
        )}
        <ul
          tabIndex={0}
          aria-label="Problems in the file"
          className="max-h-64 list-disc space-y-1 overflow-auto rounded-md border border-line py-2 pr-3 pl-8 text-sm"
          data-testid="import-problems"
        >
          {outcome.problems.map((p, i) => (
            <li key={i}>
              {problemPlace(p)}
              {p.message}
            </li>
          ))}
        </ul>
        {hidden > 0 && <p className="text-sm text-muted">…and {count(hidden)} more.</p>}
      </div>
    );
  }
  if (outcome.kind !== "done") return null;
  return (
    <>
      {outcome.conflicts.length > SHOWN_DATES && (
        <details className="text-sm">
          <summary className="cursor-pointer text-accent">
            All {count(outcome.conflicts.length)} days left as they were
          </summary>
          <p className="mt-2 max-h-48 overflow-auto break-words text-muted" tabIndex={0}>
            {outcome.conflicts.join(", ")}
          </p>
        </details>
      )}
      {outcome.missing.length > 0 && (
        <details className="text-sm" data-testid="import-missing">
          <summary className="cursor-pointer text-accent">What was not imported, day by day</summary>
          <ul className="mt-2 max-h-48 list-disc overflow-auto pl-6 text-muted" tabIndex={0}>
            {outcome.missing.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function problemPlace(p: { index: number | null; field: string | null; file?: string }): string {
  const at = [p.file, p.index === null ? null : `Record ${p.index}`, p.field].filter(Boolean).join(", ");
  return at ? `${at}: ` : "";
}
