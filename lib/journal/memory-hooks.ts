// What the memory does when the journal changes. Runs after the entry is stored: a failure here is logged
// and never undoes or blocks the save. The entry is read (embedded) at once, so the panel includes it on the
// next look; retraining is queued for the worker, after the writer pauses.
import { requestRetrain } from "@/lib/jobs/training-queue";
import { analyzeEntry } from "./analysis";

export async function afterEntrySaved(userId: string, entry: { id: string; body: string }): Promise<void> {
  try {
    await analyzeEntry(userId, entry);
  } catch (error) {
    console.error(`memory: could not read entry ${entry.id}; the worker will retry`, error);
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
