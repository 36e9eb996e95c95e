// The pids of what `npm start` runs, in DATA_DIR/processes.json, rewritten whenever the supervisor starts a
// child. Something that must signal the web server or the memory worker itself (an operator, tests/faults)
// reads them here instead of matching `ps` output or the socket table, which cannot tell two installs apart.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const pid = z.number().int().positive();
const processIdsSchema = z.object({ supervisor: pid, server: pid.optional(), worker: pid.optional() });

export type ProcessIds = z.infer<typeof processIdsSchema>;

function processIdsFile(dataDir: string): string {
  return path.join(dataDir, "processes.json");
}

// Through a temporary file and a rename, so a reader never sees half a file.
export function writeProcessIds(dataDir: string, ids: ProcessIds): void {
  const file = processIdsFile(dataDir);
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(ids));
  fs.renameSync(`${file}.tmp`, file);
}

export function readProcessIds(dataDir: string): ProcessIds | null {
  let text: string;
  try {
    text = fs.readFileSync(processIdsFile(dataDir), "utf8");
  } catch {
    return null; // not started, or stopped
  }
  try {
    const parsed = processIdsSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: said below like any other unreadable file.
  }
  console.warn(`Cellstate: ${processIdsFile(dataDir)} does not hold process ids; ignored`);
  return null;
}

export function removeProcessIds(dataDir: string): void {
  fs.rmSync(processIdsFile(dataDir), { force: true });
}
