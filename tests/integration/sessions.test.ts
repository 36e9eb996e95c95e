// Server-side sessions on a real SQLite file: a session is live until it is ended, only for its own user, and one
// unseen for the cookie's lifetime is pruned when its user signs in again.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { endAllSessions, endSession, SESSION_MAX_AGE_SECONDS, sessionIsLive, startSession } from "@/lib/auth/sessions";
import { createUser } from "../setup/users";

let ann: string;
let ben: string;

beforeAll(async () => {
  ann = await createUser("ann@example.com");
  ben = await createUser("ben@example.com");
});

describe("sessions", () => {
  it("is live until ended, and never for another user", async () => {
    const phone = await startSession(ann);
    const laptop = await startSession(ann);
    expect(phone).not.toBe(laptop);
    expect(phone).toMatch(/^[\w-]{32}$/);
    expect(await sessionIsLive(phone, ann)).toBe(true);
    expect(await sessionIsLive(phone, ben)).toBe(false);
    await endSession(phone);
    expect(await sessionIsLive(phone, ann)).toBe(false);
    expect(await sessionIsLive(laptop, ann)).toBe(true);
  });

  it("ends all of one user's sessions and no one else's", async () => {
    const [a1, a2, b1] = [await startSession(ann), await startSession(ann), await startSession(ben)];
    await endAllSessions(ann);
    expect([await sessionIsLive(a1, ann), await sessionIsLive(a2, ann), await sessionIsLive(b1, ben)]).toEqual([
      false,
      false,
      true,
    ]);
  });

  it("notes when a session was last used (at most daily) and prunes one unused for the cookie's lifetime", async () => {
    const old = await startSession(ann);
    const day = 24 * 60 * 60 * 1000;
    await db.authSession.update({ where: { id: old }, data: { lastSeenAt: new Date(Date.now() - 2 * day) } });
    expect(await sessionIsLive(old, ann)).toBe(true);
    const seen = await db.authSession.findUniqueOrThrow({ where: { id: old } });
    expect(Date.now() - seen.lastSeenAt.getTime()).toBeLessThan(60_000);

    const stale = new Date(Date.now() - SESSION_MAX_AGE_SECONDS * 1000 - day);
    await db.authSession.update({ where: { id: old }, data: { lastSeenAt: stale } });
    await startSession(ann);
    expect(await db.authSession.findUnique({ where: { id: old } })).toBeNull();
  });
});
