// The first account becomes the admin, decided inside the sign-up's transaction. On PostgreSQL, at its default
// isolation, two simultaneous first sign-ups would both see no account; lib/db.ts runs transactions one at a time
// there, as SQLite does.
import { describe, expect, it } from "vitest";
import { signUp } from "@/lib/auth/accounts";
import { db } from "@/lib/db";

describe("simultaneous first sign-ups", () => {
  it("make exactly one admin", async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, k) =>
        signUp({ email: `first${k}@example.com`, password: "correct horse battery" }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.user.count({ where: { role: "admin" } })).toBe(1);
    expect(await db.user.count()).toBe(8);
  });
});
