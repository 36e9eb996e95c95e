// Import a journal: a JSON file (Cellstate, Day One's Journal.json, jrnl) sent as its raw text, or a zip (a Day One
// export, a zipped folder of Markdown notes) sent as application/zip. `?format=` names the format; without it, it
// is found from the file. The whole file is checked first: a JSON file as it arrives (lib/import/json-file.ts reads
// one entry at a time), a zip once received (its directory is at its end). A bad file answers 422 with its first
// problems and nothing is written; a file over MAX_IMPORT_BYTES, sent or (a zip's journal files) uncompressed,
// answers 413. The Settings page takes the journal files out of a large zip before sending, so a Day One export's
// gigabytes of photos never reach the server. A good file answers with NDJSON lines: progress, then the result (or
// an error). The import is one transaction, so an error means nothing was imported.
import { NextResponse } from "next/server";
import { localized, userMessage } from "@/i18n/user-message";
import { z } from "zod";
import { todayIn } from "@/lib/dates";
import { ImportCollector } from "@/lib/import/collector";
import { jsonFileReader } from "@/lib/import/json-file";
import { IMPORT_FORMATS, type ParsedImport } from "@/lib/import/types";
import { readZipInto } from "@/lib/import/zip";
import { logger } from "@/lib/log";
import { importEntries, MAX_IMPORT_BYTES } from "@/lib/journal/import";
import { readChunks } from "@/lib/server/request-body";
import { InputError } from "@/lib/server/entry-point";
import { errorTranslator } from "@/lib/server/localize";
import { jsonError, route } from "@/lib/server/route";
import type { ImportStreamLine } from "@/lib/validations/import-stream";

const formatSchema = z.enum(IMPORT_FORMATS, { error: `format must be one of ${IMPORT_FORMATS.join(", ")}` }).optional();

const MB = MAX_IMPORT_BYTES / 1024 / 1024;

async function readUpload(request: Request, collector: ImportCollector, format: z.infer<typeof formatSchema>) {
  const isZip = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() === "application/zip";
  if (!isZip) {
    const file = jsonFileReader(collector);
    if (!(await readChunks(request, MAX_IMPORT_BYTES, (chunk) => file.write(chunk))))
      throw new InputError(413, userMessage("importTooLarge", { mb: MB }));
    file.end();
    return;
  }
  const chunks: Uint8Array[] = [];
  if (!(await readChunks(request, MAX_IMPORT_BYTES, (chunk) => void chunks.push(chunk)))) {
    throw new InputError(413, userMessage("importZipTooLarge", { mb: MB }));
  }
  const verdict = await readZipInto(collector, Buffer.concat(chunks), { maxBytes: MAX_IMPORT_BYTES, format });
  if (!verdict.ok) throw new InputError(verdict.status, verdict.message);
}

export const POST = route({ contentTypes: ["application/json", "application/zip"] }, async ({ request, user }) => {
  const format = formatSchema.safeParse(new URL(request.url).searchParams.get("format") ?? undefined);
  if (!format.success) return jsonError(400, format.error.issues[0]!.message);
  const collector = new ImportCollector({ latestDay: todayIn(user.timeZone), format: format.data });
  await readUpload(request, collector, format.data);
  const parsed = collector.result();
  if (!parsed.ok) {
    const count = parsed.problemCount;
    const t = await errorTranslator();
    return NextResponse.json(
      {
        error: t("importProblems", { count }),
        problems: parsed.problems.map((problem) => ({ ...problem, message: localized(problem.message, t) })),
        problemCount: count,
      },
      { status: 422 },
    );
  }
  return importStream(user.id, parsed);
});

function importStream(userId: string, parsed: Extract<ParsedImport, { ok: true }>): Response {
  const encoder = new TextEncoder();
  // The import goes on if the browser leaves: writing to a closed stream must not throw inside the
  // transaction and roll it back.
  let open = true;
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: ImportStreamLine) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(JSON.stringify(line) + "\n"));
        } catch {
          open = false;
        }
      };
      try {
        const result = await importEntries(
          userId,
          parsed.records,
          (progress) => send({ type: "progress", ...progress }),
          parsed,
        );
        send({ type: "done", ...result, format: parsed.format, missing: parsed.missing });
      } catch (error) {
        logger.error({ err: error, userId }, "import failed");
        send({ type: "error", error: "The import failed and nothing was imported. Try again in a moment." });
      }
      if (open) controller.close();
    },
    cancel() {
      open = false;
    },
  });
  return new Response(body, {
    headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" },
  });
}
