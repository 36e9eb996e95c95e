// What the memory does when the journal changes. Runs after the entry is stored: a failure here is logged
// and never undoes or blocks the save. A short entry is read (embedded) at once, so the panel includes it on
// the next look; retraining is queued for the worker, after the writer pauses.
import { logger } from "@/lib/log";
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
      logger.error({ err: error, entryId: entry.id }, "memory: could not read the entry; the worker will retry");
    }
  }
  await afterJournalChanged(userId);
}

// Deletes and imports: the worker reads any unread entries and retrains.
export async function afterJournalChanged(userId: string, delayMs?: number): Promise<void> {
  try {
    await requestRetrain(userId, delayMs);
  } catch (error) {
    logger.error({ err: error, userId }, "memory: could not queue retraining");
  }
}
