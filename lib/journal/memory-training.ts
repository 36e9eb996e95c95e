// Retraining a user's memory, run by the worker process (scripts/memory-worker.ts), never on a request: reads
// any entries the embedder has not seen yet (grouping their sentences into themes), fits the model (prior below the minimum), stores it as a new
// version. The user's let-gos are kept as marks and re-applied by every read, so they survive retraining.
import { db } from "@/lib/db";
import { fitMemory, serializeModel } from "@/lib/memory/model";
import { analyzeEntries, staleAnalyses } from "./analysis";
import { carryEntryMarksToThemes } from "./memory-marks";
import { currentEmbedder } from "./embedder";
import { asMemoryEntries, loadMemoryInputs } from "./memory-inputs";

type RetrainResult = {
  version: number;
  kind: "prior" | "trained";
  entries: number;
  analysed: number;
  ms: number;
};

// Older versions are kept a while for comparison, not forever.
const KEEP_VERSIONS = 5;

export async function retrainMemory(userId: string): Promise<RetrainResult> {
  const started = Date.now();
  const stale = await staleAnalyses(userId);
  await analyzeEntries(userId, stale);
  await carryEntryMarksToThemes(userId);

  const { entries } = await loadMemoryInputs(userId);
  const model = await fitMemory(asMemoryEntries(entries));
  const latest = await db.memoryModel.findFirst({
    where: { userId },
    orderBy: { version: "desc" },
    select: { version: true },
  });
  const version = (latest?.version ?? 0) + 1;
  await db.memoryModel.create({
    data: {
      userId,
      version,
      kind: model.kind,
      embedder: currentEmbedder().id,
      weights: JSON.stringify(serializeModel(model)),
      metrics: JSON.stringify(model.metrics),
      entriesUsed: model.entriesUsed,
    },
  });
  await db.memoryModel.deleteMany({ where: { userId, version: { lte: version - KEEP_VERSIONS } } });
  return { version, kind: model.kind, entries: entries.length, analysed: stale.length, ms: Date.now() - started };
}
