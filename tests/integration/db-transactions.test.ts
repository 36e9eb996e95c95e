// The web server and the memory worker write one SQLite file. A transaction must hold the write lock from its
// start, or one that reads before it writes fails (SQLITE_BUSY_SNAPSHOT) when the other process commits between.
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createUser } from "../setup/users";
import { db } from "@/lib/db";

const file = process.env.DATABASE_URL!.replace(/^file:/, "");

describe("transactions", () => {
  it("take the write lock at BEGIN, so another writer waits instead of invalidating them", async () => {
    const userId = await createUser("locks@example.com");
    const other = new Database(file, { timeout: 0 });
    try {
      await db.$transaction(async (tx) => {
        await tx.user.count(); // a read first, as sign-up and import do
        expect(() => other.prepare("UPDATE User SET name = 'x' WHERE id = ?").run(userId)).toThrow(/locked|busy/i);
        await tx.user.update({ where: { id: userId }, data: { name: "Ada" } });
      });
      // Once committed, the other connection can write again.
      expect(other.prepare("UPDATE User SET name = 'Bea' WHERE id = ?").run(userId).changes).toBe(1);
    } finally {
      other.close();
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).name).toBe("Bea");
  });
});
