// On This Day: the user's entries from the same date in earlier years, and from the same day of the month in the
// eleven months before, each with what the memory made of its theme as of the day read: still kept, still coming
// back, let go (not back since), written about again, or not since. It reads the lists the memory panel shows for
// that day (memory-panel.ts, which surfaces exactly as the weekly summaries do) and the themes' sentences; it
// changes nothing about how the memory surfaces.
import { db } from "@/lib/db";
import { isIsoDay } from "@/lib/dates";
import { excerptOf } from "./entries";
import type { MemoryPanelData, PanelItem } from "./memory-panel";

export type ThemeFate =
  | { kind: "kept"; quote: string }
  | { kind: "returns"; quote: string; lastDate: string }
  | { kind: "faded"; quote: string; lastDate: string }
  | { kind: "again"; quote: string; lastDate: string; days: number }
  | { kind: "not-since"; quote: string };

export type PastEntry = {
  id: string;
  date: string;
  years: number;
  months: number;
  excerpt: string;
  fate: ThemeFate | null;
};

const MONTHS_BACK = 11;

/** The same day of the month in the eleven months before `day`, where that month has it. */
function earlierMonthDays(day: string): string[] {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const days: string[] = [];
  for (let back = 1; back <= MONTHS_BACK; back++) {
    const month = (((m - 1 - back) % 12) + 12) % 12;
    const year = y + Math.floor((m - 1 - back) / 12);
    const date = `${String(year).padStart(4, "0")}-${String(month + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    if (isIsoDay(date)) days.push(date);
  }
  return days;
}

function ago(from: string, to: string): { years: number; months: number } {
  const [fy, fm] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  const months = (ty - fy) * 12 + (tm - fm);
  return { years: Math.floor(months / 12), months: months % 12 };
}

type Listed = { item: PanelItem; list: "keep" | "letGo" | "alreadyLetGo" };

function listedThemes(memory: MemoryPanelData): Map<string, Listed> {
  const listed = new Map<string, Listed>();
  if (memory.state !== "ready") return listed;
  for (const list of ["keep", "letGo", "alreadyLetGo"] as const)
    for (const item of memory[list]) if (!listed.has(item.themeId)) listed.set(item.themeId, { item, list });
  return listed;
}

export async function onThisDay(userId: string, day: string, memory: MemoryPanelData): Promise<PastEntry[]> {
  const rows = await db.entry.findMany({
    where: {
      userId,
      date: { lt: day },
      OR: [{ date: { endsWith: day.slice(4) } }, { date: { in: earlierMonthDays(day) } }],
    },
    orderBy: { date: "desc" },
    select: { id: true, date: true, body: true },
  });
  if (rows.length === 0) return [];
  const sentences = await db.themeSentence.findMany({
    where: { userId, entryId: { in: rows.map((r) => r.id) } },
    select: { entryId: true, themeId: true, share: true, text: true, theme: { select: { kind: true } } },
  });
  const listed = listedThemes(memory);
  // Each entry's theme: one the memory lists today if any (Keep first), else its largest lesson or worry.
  const rank = (s: (typeof sentences)[number]) => {
    const l = listed.get(s.themeId)?.list;
    return (
      (l === "keep" ? 4 : l === "letGo" ? 3 : l === "alreadyLetGo" ? 2 : s.theme.kind !== "other" ? 1 : 0) + s.share
    );
  };
  const chosen = new Map<string, (typeof sentences)[number]>();
  for (const s of sentences) {
    const best = chosen.get(s.entryId);
    if (!best || rank(s) > rank(best)) chosen.set(s.entryId, s);
  }
  // When the themes not in the lists were last written, up to the day read.
  const unlisted = [...new Set([...chosen.values()].map((s) => s.themeId))].filter((id) => !listed.has(id));
  const later = await db.themeSentence.findMany({
    where: { userId, themeId: { in: unlisted }, date: { lte: day } },
    select: { themeId: true, date: true },
  });
  const daysOf = new Map<string, Set<string>>();
  for (const s of later) daysOf.set(s.themeId, (daysOf.get(s.themeId) ?? new Set()).add(s.date));

  return rows.map((row) => {
    const s = chosen.get(row.id);
    return {
      id: row.id,
      date: row.date,
      ...ago(row.date, day),
      excerpt: excerptOf(row.body),
      fate: s ? fateOf(s, row.date) : null,
    };
  });

  function fateOf(s: (typeof sentences)[number], date: string): ThemeFate {
    const quote = s.text;
    const l = listed.get(s.themeId);
    if (l?.list === "keep") return { kind: "kept", quote };
    if (l?.list === "letGo") return { kind: "returns", quote, lastDate: l.item.lastDate };
    if (l?.list === "alreadyLetGo") return { kind: "faded", quote, lastDate: l.item.lastDate };
    const after = [...(daysOf.get(s.themeId) ?? [])].filter((d) => d > date).sort();
    return after.length > 0
      ? { kind: "again", quote, lastDate: after.at(-1)!, days: after.length }
      : { kind: "not-since", quote };
  }
}
