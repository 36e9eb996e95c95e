// Reads the journal files of a zip into an import (lib/import/zip-entries.ts says which). The zip's directory is
// read first, from its end, so the photos of a Day One export are never touched, however many gigabytes they
// are. The size limit applies to the journal files uncompressed: a file that says it is larger is refused before
// anything is inflated, and one that lies about its size (a zip bomb) is stopped as soon as its output passes
// the limit, without holding more than that in memory.
import {
  BlobReader,
  configure,
  ERR_INVALID_UNCOMPRESSED_SIZE,
  Uint8ArrayReader,
  ZipReader,
  type Entry,
  type FileEntry,
} from "@zip.js/zip.js";
import type { ImportCollector } from "./collector";
import { jsonFileReader } from "./json-file";
import { Unusable } from "./problems";
import { megabytes, NO_JOURNAL_IN_ZIP, pickJournalFiles } from "./zip-entries";
import type { ImportFormat } from "./types";

// Workers would be loaded from a URL the server's CSP does not allow, and Node has no need of them.
configure({ useWebWorkers: false });

export type ZipVerdict = { ok: true } | { ok: false; status: 413 | 422; message: string };

class TooLarge extends Error {}

const refuse = (status: 413 | 422, message: string): ZipVerdict => ({ ok: false, status, message });

export async function readZipInto(
  collector: ImportCollector,
  source: Blob | Uint8Array,
  { maxBytes, format }: { maxBytes: number; format?: ImportFormat },
): Promise<ZipVerdict> {
  const zip = new ZipReader(source instanceof Uint8Array ? new Uint8ArrayReader(source) : new BlobReader(source));
  let entries: Entry[];
  try {
    entries = await zip.getEntries();
  } catch {
    return refuse(422, "The file is not a zip file, or it is damaged");
  }
  try {
    const files = entries.filter((e): e is FileEntry => !e.directory);
    const picked = pickJournalFiles(
      files.map((e) => e.filename),
      format,
    );
    if (!picked) return refuse(422, NO_JOURNAL_IN_ZIP);
    const chosen = files.filter((e) => picked.names.includes(e.filename));
    const tooLarge = `${chosen.length === 1 ? chosen[0]!.filename : "The journal files"} in the zip ${chosen.length === 1 ? "is" : "are"} larger than ${megabytes(maxBytes)} uncompressed; an import reads at most that (split the journal, or export it in parts)`;
    if (chosen.some((e) => e.encrypted))
      return refuse(422, "The zip is password-protected; export it again without a password");
    const declared = chosen.reduce((sum, e) => sum + e.uncompressedSize, 0);
    if (declared > maxBytes) return refuse(413, tooLarge);

    let total = 0;
    for (const entry of chosen) {
      const chunks: Uint8Array[] = [];
      let stopped = false; // the JSON reader found the file unusable: its problem says why
      const json = picked.kind === "json" ? jsonFileReader(collector, entry.filename) : null;
      const sink = new WritableStream<Uint8Array>({
        write(chunk) {
          total += chunk.byteLength;
          if (total > maxBytes) throw new TooLarge();
          if (json) {
            if (!json.write(chunk)) {
              stopped = true;
              throw new Error("unusable");
            }
          } else chunks.push(chunk);
        },
      });
      try {
        await entry.getData(sink);
      } catch (error) {
        if (error instanceof TooLarge || (error as Error)?.cause instanceof TooLarge) return refuse(413, tooLarge);
        if (stopped) return { ok: true };
        // zip.js stops a file whose output passes the size its directory gave: a zip bomb, or a broken zip.
        if ((error as Error)?.message === ERR_INVALID_UNCOMPRESSED_SIZE) {
          return refuse(
            413,
            `${entry.filename} in the zip is larger uncompressed than the zip says (a damaged zip, or one made to fill the server's memory)`,
          );
        }
        return refuse(422, `${entry.filename} in the zip could not be read: the zip is damaged`);
      }
      if (json) json.end();
      else collector.markdownFile(entry.filename, new TextDecoder().decode(Buffer.concat(chunks)));
    }
    return { ok: true };
  } catch (error) {
    if (error instanceof Unusable) return { ok: true };
    throw error;
  } finally {
    await zip.close();
  }
}
