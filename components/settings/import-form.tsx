"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { IMPORT_FORMATS, type ImportFormat } from "@/lib/import/types";
import { cn } from "@/lib/utils";
import { ImportDetails, importSummary } from "./import-result";
import { journalZipOf } from "./journal-zip";
import { ProgressBar } from "./progress-bar";
import { type ImportOutcome, type ImportPhase, type ImportWords, sendImport } from "./send-import";

const isZip = (file: File) => /\.zip$/i.test(file.name) || file.type === "application/zip";

// The live region says which step is running; the numbers live on the progress bar, so a screen reader is
// not interrupted with every percent.
function describe(phase: ImportPhase, t: ImportWords): { text: string; value: number | null; valueText?: string } {
  switch (phase.stage) {
    case "reading":
      return { text: t("reading"), value: null };
    case "sending":
      return { text: t("sending"), value: phase.fraction, valueText: t("sent", { percent: phase.fraction }) };
    case "importing":
      return phase.total === 0
        ? { text: t("checking"), value: null }
        : {
            text: t("importing"),
            value: phase.done / phase.total,
            valueText: t("entriesDone", { done: phase.done, total: phase.total }),
          };
  }
}

export function ImportForm({ maxBytes }: { maxBytes: number }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<ImportFormat | "">("");
  const [phase, setPhase] = useState<ImportPhase | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const busy = phase !== null;
  const t = useTranslations("settings.import");

  async function importFile(event: React.FormEvent) {
    event.preventDefault();
    if (!file || busy) return;
    setOutcome(null);
    const asked = format || undefined;
    let upload: Blob = file;
    if (isZip(file)) {
      // Only the journal files go to the server, whatever the photos beside them weigh.
      setPhase({ stage: "reading" });
      const taken = await journalZipOf(file, maxBytes, t, asked);
      if (!taken.ok) {
        setPhase(null);
        setOutcome({ kind: "failed", message: taken.message });
        return;
      }
      upload = taken.zip;
    }
    if (upload.size > maxBytes) {
      setOutcome({ kind: "failed", message: t("tooLarge", { mb: maxBytes / 1024 / 1024 }) });
      setPhase(null);
      return;
    }
    const result = await sendImport(upload, isZip(file) ? "zip" : "json", asked, setPhase, t);
    setPhase(null);
    setOutcome(result);
    if (result.kind === "done" && result.imported > 0) router.refresh();
  }

  const progress = phase && describe(phase, t);
  const tone = outcome?.kind === "done" ? "ok" : outcome ? "error" : null;

  return (
    <form onSubmit={(event) => void importFile(event)} className="space-y-4">
      <div className="space-y-1.5">
        <label htmlFor="import-file" className="block text-sm font-medium">
          {t("file")}
        </label>
        <input
          id="import-file"
          type="file"
          accept=".json,.zip,application/json,application/zip"
          disabled={busy}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setOutcome(null);
          }}
          className="block w-full text-sm text-muted file:mr-3 file:h-9 file:cursor-pointer file:rounded-md file:border file:border-line file:bg-card file:px-3 file:text-sm file:font-medium file:text-ink hover:file:bg-accent-soft"
        />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="import-format" className="block text-sm font-medium">
          {t("format")}
        </label>
        <select
          id="import-format"
          value={format}
          disabled={busy}
          onChange={(event) => setFormat(event.target.value as ImportFormat | "")}
          className="h-10 w-full max-w-xs rounded-md border border-line bg-card px-3 text-base text-ink"
        >
          <option value="">{t("formatFromFile")}</option>
          {IMPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`formats.${f}`)}
            </option>
          ))}
        </select>
      </div>
      {/* aria-disabled, not disabled, while busy: a disabled button would drop the keyboard focus. */}
      <Button type="submit" variant="secondary" disabled={!file} aria-disabled={busy}>
        {busy ? t("importing") : t("submit")}
      </Button>

      {progress && <ProgressBar label={t("progress")} value={progress.value} valueText={progress.valueText} />}
      {/* Always in the page, so screen readers have registered the live region before it speaks. */}
      <div
        role="status"
        aria-live="polite"
        data-testid="import-status"
        data-state={outcome?.kind ?? phase?.stage ?? "idle"}
      >
        {(progress || outcome) && (
          <p
            className={cn(
              "text-sm",
              tone === "ok" && "rounded-md bg-accent-soft px-3 py-2 text-ink",
              tone === "error" && "rounded-md bg-danger-soft px-3 py-2 text-danger",
              !tone && "text-muted",
            )}
          >
            {progress ? progress.text : outcome && importSummary(outcome, t)}
          </p>
        )}
      </div>
      {outcome && <ImportDetails outcome={outcome} />}
    </form>
  );
}
