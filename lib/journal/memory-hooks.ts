// What the memory does when the journal changes. Runs after the entry is stored: a failure here is logged
// and never undoes or blocks the save. A short entry is read (embedded) at once, so the panel includes it on
// the next look; retraining is queued for the worker, after the writer pauses.
import { requestRetrain } from "./training-queue";
import { utf8Bytes } from "@/lib/validations/entry";
import { analyzeEntry } from "./analysis";

// Reading costs about 20 ms per KB of prose here (a 10 KB entry 0.24 s, 100 KB 2.3 s on 2 cores), and the
// server answers nobody else meanwhile. Longer entries are read by the memory worker, in its own process,
// when the retraining it is queued for runs (staleAnalyses); the text itself is already stored.
export const INLINE_ANALYSIS_MAX_BYTES = 4 * 1024;

export async function afterEntrySaved(userId: string, entry: { id: string; body: string }): Promise<void> {
  if (utf8Bytes(entry.body) <= INLINE_ANALYSIS_MAX_BYTES) {
    try {
      await analyzeEntry(userId, entry);
    } catch (error) {
      console.error(`memory: could not read entry ${entry.id}; the worker will retry`, error);
    }
  }
  await afterJournalChanged(userId);
}

// Deletes and imports: the worker reads any unread entries and retrains.
export async function afterJournalChanged(userId: string, delayMs?: number): Promise<void> {
  try {
    await requestRetrain(userId, delayMs);
  } catch (error) {
    console.error("memory: could not queue retraining", error);
  }
}
