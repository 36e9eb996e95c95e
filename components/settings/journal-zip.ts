// A zip chosen in Settings is taken apart in the browser: only its journal files (a Day One export's JSON, or the
// Markdown notes; lib/import/zip-entries.ts) are put in a new, small zip and sent. The zip's directory is read
// from its end, so a Day One export's gigabytes of photos are neither read nor uploaded. The server checks the
// small zip again (sizes included): this only spares the upload.
import {
  BlobReader,
  BlobWriter,
  configure,
  Uint8ArrayReader,
  Uint8ArrayWriter,
  ZipReader,
  ZipWriter,
} from "@zip.js/zip.js";
import { pickJournalFiles } from "@/lib/import/zip-entries";
import type { ImportFormat } from "@/lib/import/types";
import type { ImportWords } from "./send-import";

// Workers would be loaded from a URL the page's CSP does not allow; these files are small.
configure({ useWebWorkers: false });

export type JournalZip = { ok: true; zip: Blob; files: number } | { ok: false; message: string };

export async function journalZipOf(
  file: Blob,
  maxBytes: number,
  t: ImportWords,
  format?: ImportFormat,
): Promise<JournalZip> {
  const reader = new ZipReader(new BlobReader(file));
  try {
    let entries;
    try {
      entries = (await reader.getEntries()).filter((e) => !e.directory);
    } catch {
      return { ok: false, message: t("notZip") };
    }
    const picked = pickJournalFiles(
      entries.map((e) => e.filename),
      format,
    );
    if (!picked) return { ok: false, message: t("noJournal") };
    const chosen = entries.filter((e) => picked.names.includes(e.filename));
    if (chosen.reduce((sum, e) => sum + e.uncompressedSize, 0) > maxBytes) {
      return { ok: false, message: t("zipTooLarge", { mb: Math.round(maxBytes / 1024 / 1024) }) };
    }
    const out = new ZipWriter(new BlobWriter("application/zip"));
    for (const entry of chosen) {
      if (entry.directory) continue;
      const data = await entry.getData(new Uint8ArrayWriter());
      await out.add(entry.filename, new Uint8ArrayReader(data));
    }
    return { ok: true, zip: await out.close(), files: chosen.length };
  } catch {
    return { ok: false, message: t("zipUnreadable") };
  } finally {
    await reader.close();
  }
}
