// Encryption of the whole database file with DATABASE_KEY (lib/config/database-key.ts), on real files: the
// migrations and the app's own Prisma connection read and write it with the key; without it, or with another,
// it cannot be opened and its bytes show no entry text; a journal written before the key was set is encrypted
// in place with everything kept.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { unlockDatabase } from "@/lib/config/database-key";
import { migrateSqlite } from "../../scripts/lib/migrate-sqlite";

const KEY = "a long passphrase for the journal";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cellstate-encrypted-"));
const file = path.join(dir, "encrypted.db");
const bytesOf = (f: string) => Buffer.concat([f, `${f}-wal`].filter(fs.existsSync).map((x) => fs.readFileSync(x)));

function withKey<T>(key: string | undefined, work: () => T): T {
  const before = process.env.DATABASE_KEY;
  if (key === undefined) delete process.env.DATABASE_KEY;
  else process.env.DATABASE_KEY = key;
  try {
    return work();
  } finally {
    if (before === undefined) delete process.env.DATABASE_KEY;
    else process.env.DATABASE_KEY = before;
  }
}

describe("an encrypted database", () => {
  it("is written by the app's connection with the key and opened by nothing without it", async () => {
    withKey(KEY, () => migrateSqlite(process.cwd(), `file:${file}`));
    // The app's modules read the settings once: point them at the encrypted file, then load them.
    process.env.DATABASE_URL = `file:${file}`;
    process.env.DATABASE_KEY = KEY;
    const { db } = await import("@/lib/db");
    const { createUser } = await import("../setup/users");
    const { saveEntry, getEntryByDate } = await import("@/lib/journal/entries");
    const userId = await createUser("secret-keeper@example.com");
    await saveEntry(userId, "2026-05-01", { body: "Qwzx-a sentence nobody else may read." });
    expect((await getEntryByDate(userId, "2026-05-01"))?.body).toBe("Qwzx-a sentence nobody else may read.");
    await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    await db.$disconnect();

    const bytes = bytesOf(file);
    expect(bytes.subarray(0, 15).toString("latin1")).not.toBe("SQLite format 3");
    expect(bytes.includes("Qwzx")).toBe(false);
    expect(bytes.includes("secret-keeper")).toBe(false);

    const plain = new Database(file);
    expect(() => plain.prepare("SELECT count(*) FROM Entry").get()).toThrow(/not a database/);
    plain.close();
    const wrong = new Database(file);
    expect(() => unlockDatabase(wrong, "another key, just as long")).toThrow(/does not open/);
    wrong.close();
  });

  it("is made from a journal written before the key was set, keeping what was in it", () => {
    const older = path.join(dir, "older.db");
    withKey(undefined, () => migrateSqlite(process.cwd(), `file:${older}`));
    const before = new Database(older);
    before
      .prepare("INSERT INTO User (id, email, passwordHash, updatedAt) VALUES ('u1', 'old@example.com', '-', 0)")
      .run();
    before.close();
    expect(bytesOf(older).includes("old@example.com")).toBe(true);

    withKey(KEY, () => migrateSqlite(process.cwd(), `file:${older}`));
    expect(bytesOf(older).includes("old@example.com")).toBe(false);
    const after = new Database(older);
    unlockDatabase(after, KEY);
    expect(after.prepare("SELECT email FROM User").all()).toEqual([{ email: "old@example.com" }]);
    expect(after.pragma("journal_mode", { simple: true })).toBe("wal");
    after.close();
  });
});
