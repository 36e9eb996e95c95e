// DEFAULT_TIME_ZONE: the time zone of an account whose sign-up brought none (or one the server does not know).
import { describe, expect, it } from "vitest";

process.env.DEFAULT_TIME_ZONE = "America/Argentina/Buenos_Aires";

describe("DEFAULT_TIME_ZONE", () => {
  it("is the time zone of an account made without one; a sign-up's own zone wins", async () => {
    // Loaded after the setting: lib/env.ts reads it once.
    const { signUp } = await import("@/lib/auth/accounts");
    const { db } = await import("@/lib/db");
    const zoneOf = async (email: string) =>
      (await db.user.findUniqueOrThrow({ where: { email }, select: { timeZone: true } })).timeZone;
    expect((await signUp({ email: "no-zone@example.com", password: "correct horse battery" })).ok).toBe(true);
    expect(await zoneOf("no-zone@example.com")).toBe("America/Argentina/Buenos_Aires");
    await signUp({ email: "own-zone@example.com", password: "correct horse battery", timeZone: "Asia/Tokyo" });
    expect(await zoneOf("own-zone@example.com")).toBe("Asia/Tokyo");
  });
});
