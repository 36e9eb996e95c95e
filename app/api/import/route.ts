// Import a file of entries, sent as its raw JSON text. The whole file is checked first, as it arrives
// (lib/validations/import.ts reads one record at a time): a bad file answers 422 with its first problems and
// nothing is written; a file over MAX_IMPORT_BYTES answers 413. A good one answers with NDJSON lines: progress, then the
// result (or an error). The import is one transaction, so an error means nothing was imported.
import { NextResponse } from "next/server";
import { todayIn } from "@/lib/dates";
import { logger } from "@/lib/log";
import { importEntries, MAX_IMPORT_BYTES } from "@/lib/journal/import";
import { readChunks } from "@/lib/server/request-body";
import { jsonError, route } from "@/lib/server/route";
import { importReader } from "@/lib/validations/import";
import type { ImportStreamLine } from "@/lib/validations/import-stream";

// The body is the file itself, sent as application/json; it is read record by record as it arrives (no `body`
// option: the wrapper leaves the request unread).
export const POST = route({}, async ({ request, user }) => {
  const reader = importReader({ latestDay: todayIn(user.timeZone) });
  if (!(await readChunks(request, MAX_IMPORT_BYTES, (chunk) => reader.write(chunk)))) {
    return jsonError(413, `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; import it in parts`);
  }
  const parsed = reader.end();
  if (!parsed.ok) {
    const count = parsed.problemCount;
    return NextResponse.json(
      {
        error: `The file has ${count.toLocaleString("en")} ${count === 1 ? "problem" : "problems"}; nothing was imported`,
        problems: parsed.problems,
        problemCount: count,
      },
      { status: 422 },
    );
  }

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
        const result = await importEntries(user.id, parsed.records, (progress) =>
          send({ type: "progress", ...progress }),
        );
        send({ type: "done", ...result });
      } catch (error) {
        logger.error({ err: error, userId: user.id }, "import failed");
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
});
