// Deleting an account leaves nothing of it in the live database: every table is read for the user's id and e-mail
// afterwards, and the database file itself (with its -wal) is searched for them and for an entry's unique text, so
// that neither a row nor a freed page nor an old copy of a page keeps them. The other account is untouched.
import fs from "node:fs";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { deleteOwnAccount } from "@/lib/auth/account-deletion";
import { signInAttempt } from "@/lib/auth/limited-attempts";
import { createPasswordReset } from "@/lib/auth/password-reset";
import { startSession } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { addDays } from "@/lib/dates";
import { runDueJobs } from "@/lib/jobs/memory-worker";
import { saveEntry } from "@/lib/journal/entries";
import { importEntries } from "@/lib/journal/import";
import { setThemeMark } from "@/lib/journal/memory-marks";
import { afterEntrySaved } from "@/lib/journal/memory-hooks";
import { parseImportData } from "@/lib/validations/import";
import { generateJournal } from "@/tests/fixtures/synthetic-journal/journal";
import { databaseFile } from "../../lib/config/database";
import { createUser } from "../setup/users";

const PASSWORD = "correct horse battery";
const EMAIL = "leaving-qvx@example.com";
const MARKER = "Qvxzwk-the-name-of-my-secret-boat";
const sqlite = !process.env.TEST_POSTGRES_URL;

let keeper: string;
let leaver: string;

// Every table of the schema, by the tables the migrations made (a new table is read here without a change).
function tables(file: string): string[] {
  const raw = new Database(file, { readonly: true });
  try {
    return raw
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all()
      .map((row) => String((row as { name: unknown }).name));
  } finally {
    raw.close();
  }
}

/** Rows, in any table, with a column that holds one of `needles`. */
function rowsMentioning(file: string, needles: string[]): { table: string; row: unknown }[] {
  const raw = new Database(file, { readonly: true });
  try {
    return tables(file).flatMap((table) =>
      raw
        .prepare(`SELECT * FROM "${table}"`)
        .all()
        .filter((row) =>
          Object.values(row as Record<string, unknown>).some(
            (value) => typeof value === "string" && needles.some((needle) => value.includes(needle)),
          ),
        )
        .map((row) => ({ table, row })),
    );
  } finally {
    raw.close();
  }
}

function fileBytes(file: string): Buffer {
  const parts = [file, `${file}-wal`].filter((name) => fs.existsSync(name)).map((name) => fs.readFileSync(name));
  return Buffer.concat(parts);
}

beforeAll(async () => {
  keeper = await createUser("staying@example.com", PASSWORD);
  leaver = await createUser(EMAIL, PASSWORD);
  // Three weeks of entries, a trained model and its weekly summaries, as the worker leaves them.
  const dates = Array.from({ length: 21 }, (_, k) => addDays("2026-10-26", k));
  const parsed = parseImportData(generateJournal({ seed: 3, dates, moodRate: 1 }).records, {
    latestDay: "2099-12-31",
  });
  if (!parsed.ok) throw new Error("the synthetic journal does not validate");
  for (const id of [keeper, leaver]) await importEntries(id, parsed.records);
  await runDueJobs(() => {});
  // An entry with its own text, read into themes, marked; a session, a reset link, a failed sign-in, a lease.
  const entry = await saveEntry(leaver, "2026-11-20", {
    body: `I keep going back to ${MARKER}. I learned to let it rest.`,
    tags: ["qvx-private-tag"],
  });
  await afterEntrySaved(leaver, entry);
  const theme = await db.themeSentence.findFirstOrThrow({ where: { entryId: entry.id }, select: { themeId: true } });
  expect(await setThemeMark(leaver, theme.themeId, "keep", true)).toBe(true);
  await startSession(leaver);
  await createPasswordReset(leaver);
  expect(await signInAttempt({ email: EMAIL, password: "not the password at all" }, "192.0.2.7")).toBeNull();
  await db.lease.create({ data: { name: `summaries:${leaver}`, owner: "test", expiresAt: new Date() } });
}, 120_000);

describe("deleting one's own account", () => {
  it("had something in every table that belongs to a user", async () => {
    const counts = {
      entries: await db.entry.count({ where: { userId: leaver } }),
      analyses: await db.entryAnalysis.count({ where: { userId: leaver } }),
      themes: await db.theme.count({ where: { userId: leaver } }),
      sentences: await db.themeSentence.count({ where: { userId: leaver } }),
      models: await db.memoryModel.count({ where: { userId: leaver } }),
      marks: await db.memoryMark.count({ where: { userId: leaver } }),
      summaries: await db.weeklySummary.count({ where: { userId: leaver } }),
      jobs: await db.trainingJob.count({ where: { userId: leaver } }),
      sessions: await db.authSession.count({ where: { userId: leaver } }),
      resets: await db.passwordReset.count({ where: { userId: leaver } }),
      tags: await db.tag.count({ where: { userId: leaver } }),
      limits: await db.rateLimit.count({ where: { key: { contains: EMAIL } } }),
    };
    for (const [what, count] of Object.entries(counts)) expect([what, count > 0]).toEqual([what, true]);
  });

  it("is refused with a wrong password", async () => {
    expect(await deleteOwnAccount(leaver, "not my password")).toBe("wrong-password");
    expect(await db.user.count({ where: { id: leaver } })).toBe(1);
  });

  it("deletes every row of the account and leaves the other account as it was", async () => {
    const before = await db.entry.count({ where: { userId: keeper } });
    const keeperModels = await db.memoryModel.count({ where: { userId: keeper } });
    expect(await deleteOwnAccount(leaver, PASSWORD)).toBe("deleted");
    expect(await db.user.findUnique({ where: { id: leaver } })).toBeNull();
    expect(await db.entry.count({ where: { userId: keeper } })).toBe(before);
    expect(await db.memoryModel.count({ where: { userId: keeper } })).toBe(keeperModels);
    expect(await deleteOwnAccount(leaver, PASSWORD)).toBe("not-found");
  });

  it.runIf(sqlite)("leaves no row, freed page or -wal frame with the account's id, e-mail or text", () => {
    const file = databaseFile(process.env.DATABASE_URL!);
    expect(rowsMentioning(file, [leaver, EMAIL, MARKER])).toEqual([]);
    // The keeper's rows are there to be found, so the search itself works.
    expect(rowsMentioning(file, [keeper]).length).toBeGreaterThan(100);
    const bytes = fileBytes(file);
    expect(bytes.includes(keeper)).toBe(true);
    for (const needle of [leaver, EMAIL, MARKER, "qvx-private-tag", "Qvxzwk"]) {
      expect([needle, bytes.includes(needle)]).toEqual([needle, false]);
    }
  });
});
