"use client";

// What an import did, or why the file was refused, in words a person can act on.
import { useTranslations } from "next-intl";
import type { ImportOutcome, ImportWords } from "./send-import";

const SHOWN_DATES = 10;

export function importSummary(outcome: ImportOutcome, t: ImportWords): string {
  if (outcome.kind === "failed") return outcome.message;
  if (outcome.kind === "invalid") return t("invalid", { count: outcome.problemCount });
  const { imported, unchanged, conflicts, marks, settingsApplied, missing } = outcome;
  if (imported + unchanged + conflicts.length === 0) return t("noEntries");
  const parts = [t("imported", { count: imported, format: t(`formats.${outcome.format}`) })];
  if (unchanged > 0) parts.push(t("unchanged", { count: unchanged }));
  if (conflicts.length > 0) {
    const days = conflicts.slice(0, SHOWN_DATES).join(", ");
    const more = conflicts.length - SHOWN_DATES;
    parts.push(
      more > 0
        ? t("conflictsMore", { count: conflicts.length, days, more })
        : t("conflicts", { count: conflicts.length, days }),
    );
  }
  if (marks > 0) parts.push(t("marks", { count: marks }));
  if (settingsApplied) parts.push(t("settingsApplied"));
  if (missing.length > 0) parts.push(t("missing", { count: missing.length }));
  return t("sentence", { parts: parts.join("; ") });
}

// The details under the summary; the summary itself is announced by the form's live region.
export function ImportDetails({ outcome }: { outcome: ImportOutcome }) {
  const t = useTranslations("settings.import");
  if (outcome.kind === "invalid") {
    const hidden = outcome.problemCount - outcome.problems.length;
    return (
      <div className="space-y-2">
        {outcome.problems.some((p) => p.index !== null) && <p className="text-sm text-muted">{t("numbered")}</p>}
        <ul
          tabIndex={0}
          aria-label={t("problems")}
          className="max-h-64 list-disc space-y-1 overflow-auto rounded-md border border-line py-2 pr-3 pl-8 text-sm"
          data-testid="import-problems"
        >
          {outcome.problems.map((p, i) => (
            <li key={i}>
              {problemPlace(p, t)}
              {p.message}
            </li>
          ))}
        </ul>
        {hidden > 0 && <p className="text-sm text-muted">{t("more", { count: hidden })}</p>}
      </div>
    );
  }
  if (outcome.kind !== "done") return null;
  return (
    <>
      {outcome.conflicts.length > SHOWN_DATES && (
        <details className="text-sm">
          <summary className="cursor-pointer text-accent">
            {t("allConflicts", { count: outcome.conflicts.length })}
          </summary>
          <p className="mt-2 max-h-48 overflow-auto break-words text-muted" tabIndex={0}>
            {outcome.conflicts.join(", ")}
          </p>
        </details>
      )}
      {outcome.missing.length > 0 && (
        <details className="text-sm" data-testid="import-missing">
          <summary className="cursor-pointer text-accent">{t("missingDetails")}</summary>
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

function problemPlace(p: { index: number | null; field: string | null; file?: string }, t: ImportWords): string {
  const at = [p.file, p.index === null ? null : t("record", { index: p.index }), p.field].filter(Boolean).join(", ");
  return at ? `${at}: ` : "";
}
