// scratch: build (once) a diary user in /tmp/diarydb, then time saves and panel views with --views
import fs from "node:fs";
import path from "node:path";
import { migrateSqlite } from "../lib/migrate-sqlite";
const root = path.resolve(__dirname, "..", "..");
const dir = "/tmp/diarydb";
const fresh = !fs.existsSync(path.join(dir, "d.db"));
fs.mkdirSync(dir, { recursive: true });
process.env.DATA_DIR = dir;
process.env.DATABASE_URL = `file:${path.join(dir, "d.db")}`;
process.env.MEMORY_RETRAIN_DELAY = "0";
migrateSqlite(root, process.env.DATABASE_URL);
async function main() {
  const { signUp } = await import("../../lib/auth/accounts");
  const { importEntries } = await import("../../lib/journal/import");
  const { retrainMemory } = await import("../../lib/journal/memory-training");
  const { readMemoryPanel } = await import("../../lib/journal/memory-panel");
  const { saveEntry } = await import("../../lib/journal/entries");
  const { afterEntrySaved } = await import("../../lib/journal/memory-hooks");
  const { db } = await import("../../lib/db");
  let userId: string;
  if (fresh) {
    const records = JSON.parse(fs.readFileSync("/work/shared/data/pepys-diary.json", "utf8"));
    const account = await signUp({ email: "d@x.invalid", password: "benchmark only" });
    if (!account.ok) throw new Error("signup");
    userId = account.user.id;
    const t = performance.now();
    await importEntries(userId, records.map((r: any) => ({ date: r.date, body: r.body, mood: r.mood ?? null, tags: [] })));
    await retrainMemory(userId);
    console.log("import+train", Math.round(performance.now() - t), "ms");
  } else userId = (await db.user.findFirstOrThrow()).id;
  const last = (await db.entry.findFirstOrThrow({ where: { userId }, orderBy: { date: "desc" } })).date;
  let t = performance.now();
  await readMemoryPanel(userId, last); console.log("cold panel", Math.round(performance.now() - t));
  const day = "2026-12-01";
  const saves: number[] = [];
  for (let k = 0; k < 10; k++) {
    t = performance.now();
    const entry = await saveEntry(userId, day, { body: `Up betimes and to the office. Troubled in mind about my accounts (${k}), but resolved to mend it.`, mood: null });
    await afterEntrySaved(userId, entry);
    saves.push(Math.round(performance.now() - t));
  }
  console.log("saves", saves.join(" "));
  t = performance.now(); await readMemoryPanel(userId, day); console.log("first after change", Math.round(performance.now() - t));
  const rep: number[] = [];
  for (let k = 0; k < 10; k++) { t = performance.now(); await readMemoryPanel(userId, day); rep.push(Math.round(performance.now() - t)); }
  console.log("repeat", rep.join(" "));
}
void main();
