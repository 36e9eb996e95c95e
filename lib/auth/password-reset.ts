// One-time links to choose a new password, for an account whose owner forgot it: an admin makes one on the admin
// page (or `npm run reset-password` on the server, for an admin locked out) and passes it on; there is no e-mail
// step, so a server without SMTP works the same. The link holds 32 random bytes; the database only their SHA-256,
// so reading a copy of it (or a backup) gives no working link. A link works once, for RESET_LINK_HOURS, and a new
// one replaces the account's older link. Using it ends every session of the account.
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { hashPassword } from "./password";

export const RESET_LINK_HOURS = 24;
export const RESET_PATH = "/reset-password";

const digest = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new reset token for the account (the link is `${RESET_PATH}/${token}`), replacing any older one. */
export async function createPasswordReset(userId: string, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.$transaction([
    db.passwordReset.deleteMany({ where: { userId } }),
    db.passwordReset.create({
      data: { tokenHash: digest(token), userId, expiresAt: new Date(now.getTime() + RESET_LINK_HOURS * 3_600_000) },
      select: { tokenHash: true },
    }),
  ]);
  return token;
}

/** The e-mail of the account a live token resets, or null (unknown, used or expired). Does not use it up. */
export async function passwordResetFor(token: string, now = new Date()): Promise<{ email: string } | null> {
  const reset = await db.passwordReset.findUnique({
    where: { tokenHash: digest(token) },
    select: { expiresAt: true, user: { select: { email: true } } },
  });
  return reset && reset.expiresAt > now ? { email: reset.user.email } : null;
}

/**
 * Sets the new password if the token is live, and uses the token up, in one transaction: of two requests with the
 * same link, only one gets it. Returns the account's e-mail (to sign in with), or null.
 */
export async function redeemPasswordReset(token: string, password: string, now = new Date()) {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const reset = await tx.passwordReset.findUnique({
      where: { tokenHash: digest(token) },
      select: { userId: true, expiresAt: true },
    });
    if (!reset) return null;
    await tx.passwordReset.delete({ where: { tokenHash: digest(token) }, select: { userId: true } });
    if (reset.expiresAt <= now) return null;
    const user = await tx.user.update({
      where: { id: reset.userId },
      data: { passwordHash },
      select: { email: true },
    });
    await tx.authSession.deleteMany({ where: { userId: reset.userId } });
    return user;
  });
}
