"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FORMAT_NAMES, IMPORT_FORMATS, type ImportFormat } from "@/lib/import/types";
import { cn } from "@/lib/utils";
import { ImportDetails, importSummary } from "./import-result";
import { journalZipOf } from "./journal-zip";
import { ProgressBar } from "./progress-bar";
import { type ImportOutcome, type ImportPhase, sendImport } from "./send-import";

const isZip = (file: File) => /\.zip$/i.test(file.name) || file.type === "application/zip";

// The live region says which step is running; the numbers live on the progress bar, so a screen reader is
// not interrupted with every percent.
function describe(phase: ImportPhase): { text: string; value: number | null; valueText?: string } {
  switch (phase.stage) {
    case "reading":
      return { text: "Taking the journal out of the zip…", value: null };
    case "sending": {
      const percent = Math.round(phase.fraction * 100);
      return { text: "Sending the file…", value: phase.fraction, valueText: `${percent}% sent` };
    }
    case "importing":
      return phase.total === 0
        ? { text: "Checking and importing the file…", value: null }
        : {
            text: "Importing…",
            value: phase.done / phase.total,
            valueText: `${phase.done.toLocaleString("en-GB")} of ${phase.total.toLocaleString("en-GB")} entries`,
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

  async function importFile(event: React.FormEvent) {
    event.preventDefault();
    if (!file || busy) return;
    setOutcome(null);
    const asked = format || undefined;
    let upload: Blob = file;
    if (isZip(file)) {
      // Only the journal files go to the server, whatever the photos beside them weigh.
      setPhase({ stage: "reading" });
      const taken = await journalZipOf(file, maxBytes, asked);
      if (!taken.ok) {
        setPhase(null);
        setOutcome({ kind: "failed", message: taken.message });
        return;
      }
      upload = taken.zip;
    }
    if (upload.size > maxBytes) {
      setOutcome({
        kind: "failed",
        message: `The file is larger than ${maxBytes / 1024 / 1024} MB. Nothing was imported.`,
      });
      setPhase(null);
      return;
    }
    const result = await sendImport(upload, isZip(file) ? "zip" : "json", asked, setPhase);
    setPhase(null);
    setOutcome(result);
    if (result.kind === "done" && result.imported > 0) router.refresh();
  }

  const progress = phase && describe(phase);
  const tone = outcome?.kind === "done" ? "ok" : outcome ? "error" : null;

  return (
    <form onSubmit={(event) => void importFile(event)} className="space-y-4">
      <div className="space-y-1.5">
        <label htmlFor="import-file" className="block text-sm font-medium">
          File to import
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
          Format
        </label>
        <select
          id="import-format"
          value={format}
          disabled={busy}
          onChange={(event) => setFormat(event.target.value as ImportFormat | "")}
          className="h-10 w-full max-w-xs rounded-md border border-line bg-card px-3 text-base text-ink"
        >
          <option value="">Found from the file</option>
          {IMPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {FORMAT_NAMES[f]}
            </option>
          ))}
        </select>
      </div>
      {/* aria-disabled, not disabled, while busy: a disabled button would drop the keyboard focus. */}
      <Button type="submit" variant="secondary" disabled={!file} aria-disabled={busy}>
        {busy ? "Importing…" : "Import entries"}
      </Button>

      {progress && <ProgressBar label="Import progress" value={progress.value} valueText={progress.valueText} />}
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
            {progress ? progress.text : outcome && importSummary(outcome)}
          </p>
        )}
      </div>
      {outcome && <ImportDetails outcome={outcome} />}
    </form>
  );
}
