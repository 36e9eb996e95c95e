// The last computed panel of each user, kept in the server process. Its key is a fingerprint of everything
// the panel is computed from: the entries (count and last change, which covers moods and deletions), their
// analyses (the worker reads entries too), the user's marks, the newest model version, and the day viewed.
// A few aggregate queries, a millisecond or two, against a full recompute of the model over the journal.
import { db } from "@/lib/db";

type Cached<T> = { key: string; value: T };

const lastPanel = new Map<string, Cached<unknown>>();

async function fingerprint(userId: string, day: string): Promise<string> {
  const [entries, analyses, marks, model] = await Promise.all([
    db.entry.aggregate({ where: { userId }, _count: true, _max: { updatedAt: true } }),
    db.entryAnalysis.aggregate({ where: { userId }, _count: true, _max: { updatedAt: true } }),
    db.memoryMark.aggregate({ where: { userId }, _count: true, _max: { createdAt: true } }),
    db.memoryModel.findFirst({ where: { userId }, orderBy: { version: "desc" }, select: { version: true } }),
  ]);
  return [
    day,
    entries._count,
    entries._max.updatedAt?.getTime(),
    analyses._count,
    analyses._max.updatedAt?.getTime(),
    marks._count,
    marks._max.createdAt?.getTime(),
    model?.version,
  ].join("|");
}

export async function cachedPanel<T>(userId: string, day: string, compute: () => Promise<T>): Promise<T> {
  const key = await fingerprint(userId, day);
  const hit = lastPanel.get(userId);
  if (hit?.key === key) return hit.value as T;
  const value = await compute();
  lastPanel.set(userId, { key, value });
  return value;
}
