// The pids of what `npm start` runs, in DATA_DIR/processes.json, rewritten whenever the supervisor starts a
// child. Something that must signal the web server or the memory worker itself (an operator, tests/faults)
// reads them here instead of matching `ps` output or the socket table, which cannot tell two installs apart.
import fs from "node:fs";
import path from "node:path";

export type ProcessIds = { supervisor: number; server?: number; worker?: number };

export function processIdsFile(dataDir: string): string {
  return path.join(dataDir, "processes.json");
}

// Through a temporary file and a rename, so a reader never sees half a file.
export function writeProcessIds(dataDir: string, ids: ProcessIds): void {
  const file = processIdsFile(dataDir);
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(ids));
  fs.renameSync(`${file}.tmp`, file);
}

export function readProcessIds(dataDir: string): ProcessIds | null {
  try {
    return JSON.parse(fs.readFileSync(processIdsFile(dataDir), "utf8")) as ProcessIds;
  } catch {
    return null;
  }
}

export function removeProcessIds(dataDir: string): void {
  fs.rmSync(processIdsFile(dataDir), { force: true });
}
