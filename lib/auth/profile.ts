// The signed-in user's own account settings. Like the journal's data layer, every function takes the
// user's id and touches only that row.
import "server-only";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "./password";

// `locale` undefined leaves the language as it is.
type ProfileInput = { name: string; timeZone: string; locale?: string | null };

export async function updateProfile(userId: string, data: ProfileInput) {
  return db.user.update({
    where: { id: userId },
    // An empty name means "no name", the same as at sign-up.
    data: { name: data.name || null, timeZone: data.timeZone, locale: data.locale },
    select: { name: true, timeZone: true, locale: true },
  });
}

export async function summaryEmailOf(userId: string): Promise<boolean> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { summaryEmail: true } });
  return user.summaryEmail;
}

export async function setSummaryEmail(userId: string, on: boolean): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { summaryEmail: on }, select: { id: true } });
}

type ChangePasswordResult = { ok: true } | { ok: false; reason: "wrong-current" };

// The current password is asked for again so that a session left open on someone else's screen is not
// enough to take over the account. A new password ends every session of the account, this one included
// (sessions.ts): the caller signs this browser in again with the new password.
export async function changePassword(userId: string, current: string, next: string): Promise<ChangePasswordResult> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, current))) return { ok: false, reason: "wrong-current" };
  const passwordHash = await hashPassword(next);
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { passwordHash }, select: { id: true } }),
    db.authSession.deleteMany({ where: { userId } }),
  ]);
  return { ok: true };
}
