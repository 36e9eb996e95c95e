// The embedding tests use the real converted vectors: make them if this checkout has none yet (about 5 s,
// the same conversion `npm install` runs), else check they are current (well under a second).
import { ensureWordVectors } from "../../../scripts/lib/word-vectors";

export const CONVERSION_TIMEOUT_MS = 120_000;

export function ensureVectors(): void {
  ensureWordVectors(process.cwd());
}
