// Sends an import file's text to /api/import and follows its NDJSON answer. XMLHttpRequest rather than
// fetch: only XHR reports upload progress, and on a slow link sending a large file is most of the wait.
import type { useTranslations } from "next-intl";
import type { z } from "zod";
import type { ImportFormat } from "@/lib/import/types";
import type { ImportProblem } from "@/lib/validations/import";
import { importRefusalSchema, importStreamLineSchema, type ImportStreamLine } from "@/lib/validations/import-stream";

export type ImportPhase =
  | { stage: "reading" }
  | { stage: "sending"; fraction: number }
  // total is 0 until the server reports: it checks the whole file first.
  | { stage: "importing"; done: number; total: number };

type DoneLine = Extract<ImportStreamLine, { type: "done" }>;

export type ImportOutcome =
  | ({ kind: "done" } & Omit<DoneLine, "type">)
  | { kind: "invalid"; message: string; problems: ImportProblem[]; problemCount: number }
  | { kind: "failed"; message: string };

/** The import form's words (messages/<locale>/settings.json). */
export type ImportWords = ReturnType<typeof useTranslations<"settings.import">>;

/** Sends the file: JSON text, or a zip (the journal files the browser took out of the one chosen). */
export function sendImport(
  file: Blob,
  kind: "json" | "zip",
  format: ImportFormat | undefined,
  onPhase: (phase: ImportPhase) => void,
  t: ImportWords,
): Promise<ImportOutcome> {
  // The import is one transaction on the server, so whatever went wrong in transit, a retry is safe.
  const cutOff = t("cutOff");
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    let consumed = 0;
    let outcome: ImportOutcome | null = null;

    const readLines = () => {
      const received = xhr.responseText;
      const end = received.lastIndexOf("\n");
      if (end < consumed) return;
      for (const raw of received.slice(consumed, end).split("\n")) {
        const line = parseLine(raw);
        if (!line) continue;
        if (line.type === "progress") onPhase({ stage: "importing", done: line.done, total: line.total });
        else if (line.type === "done") {
          const { type: _type, ...result } = line;
          outcome = { kind: "done", ...result };
        } else outcome = { kind: "failed", message: line.error };
      }
      consumed = end + 1;
    };

    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onPhase({ stage: "sending", fraction: event.loaded / event.total });
    };
    xhr.upload.onload = () => onPhase({ stage: "importing", done: 0, total: 0 });
    xhr.onprogress = () => {
      if (xhr.status === 200) readLines();
    };
    xhr.onload = () => {
      if (xhr.status !== 200) return resolve(errorOutcome(xhr.status, xhr.responseText, t));
      readLines();
      resolve(outcome ?? { kind: "failed", message: cutOff });
    };
    xhr.onerror = () => resolve({ kind: "failed", message: t("unreachable", { cutOff }) });

    xhr.open("POST", format ? `/api/import?format=${format}` : "/api/import");
    xhr.setRequestHeader("content-type", kind === "zip" ? "application/zip" : "application/json");
    xhr.send(file);
  });
}

function parseLine(raw: string): ImportStreamLine | null {
  if (!raw.trim()) return null;
  try {
    const parsed = importStreamLineSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function errorOutcome(status: number, body: string, t: ImportWords): ImportOutcome {
  let data: z.infer<typeof importRefusalSchema> = {};
  try {
    data = importRefusalSchema.catch({}).parse(JSON.parse(body));
  } catch {
    // Not JSON at all (a proxy's error page, say): fall through to a plain message.
  }
  if (status === 422 && data.problems) {
    return {
      kind: "invalid",
      message: data.error ?? t("hasProblems"),
      problems: data.problems,
      problemCount: data.problemCount ?? data.problems.length,
    };
  }
  if (status === 401) return { kind: "failed", message: t("signedOut") };
  return { kind: "failed", message: t("refused", { error: data.error ?? t("serverError", { status }) }) };
}
