// Server-side sessions. The cookie stays Auth.js's encrypted JWT, but it names a row of AuthSession (its id is the
// token's `sid`), and a token whose row is gone is refused on its next use (the jwt callback in index.ts runs on
// every request). So signing out, "sign out of all devices" and a password change end sessions for good, including
// any copy of the cookie, which a JWT alone cannot do.
import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";

// The cookie's lifetime; Auth.js renews it on use, and a row unused for this long is deleted.
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
// lastSeenAt is written at most this often, not on every request.
const SEEN_EVERY_MS = 24 * 60 * 60 * 1000;

export async function startSession(userId: string): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  const stale = new Date(Date.now() - SESSION_MAX_AGE_SECONDS * 1000);
  await db.$transaction([
    db.authSession.deleteMany({ where: { userId, lastSeenAt: { lt: stale } } }),
    db.authSession.create({ data: { id, userId }, select: { id: true } }),
  ]);
  return id;
}

export async function sessionIsLive(id: string, userId: string): Promise<boolean> {
  const session = await db.authSession.findUnique({ where: { id }, select: { userId: true, lastSeenAt: true } });
  if (!session || session.userId !== userId) return false;
  if (Date.now() - session.lastSeenAt.getTime() > SEEN_EVERY_MS) {
    await db.authSession.updateMany({ where: { id }, data: { lastSeenAt: new Date() } });
  }
  return true;
}

export async function endSession(id: string): Promise<void> {
  await db.authSession.deleteMany({ where: { id } });
}

export async function endAllSessions(userId: string): Promise<void> {
  await db.authSession.deleteMany({ where: { userId } });
}
