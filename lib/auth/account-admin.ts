// What an admin does to other accounts (the admin page): disable one (it cannot sign in, and its sessions end at
// once), enable it again, make it an admin or a user, delete it, or make a one-time password reset link. The
// server always keeps one admin who can sign in: the last one cannot be disabled, made a user or deleted.
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { eraseAccount } from "./account-deletion";
import type { Role } from "./accounts";
import { isLastAdmin } from "./last-admin";
import { createPasswordReset } from "./password-reset";

export type AdminRefusal = "not-found" | "self" | "last-admin";
export type AdminResult = { ok: true; email: string } | { ok: false; reason: AdminRefusal };

type Tx = Prisma.TransactionClient;

async function requireAdminRow(tx: Tx, adminId: string): Promise<void> {
  const admin = await tx.user.findUnique({ where: { id: adminId }, select: { role: true, disabledAt: true } });
  if (admin?.role !== "admin" || admin.disabledAt) throw new Error("Only an admin can change accounts");
}

// The checks every change below shares, in the change's own transaction, so two admins acting at once cannot
// both take away the other admin.
async function change(
  adminId: string,
  userId: string,
  guardLastAdmin: boolean,
  apply: (tx: Tx) => Promise<unknown>,
): Promise<AdminResult> {
  return db.$transaction(async (tx) => {
    await requireAdminRow(tx, adminId);
    if (userId === adminId) return { ok: false, reason: "self" } as const;
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) return { ok: false, reason: "not-found" } as const;
    if (guardLastAdmin && (await isLastAdmin(tx, userId))) return { ok: false, reason: "last-admin" } as const;
    await apply(tx);
    return { ok: true, email: user.email } as const;
  });
}

export function setAccountDisabled(adminId: string, userId: string, disabled: boolean): Promise<AdminResult> {
  return change(adminId, userId, disabled, async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { disabledAt: disabled ? new Date() : null } });
    // Its sessions end now, not when their cookies expire (lib/auth/sessions.ts checks the row on every request).
    if (disabled) await tx.authSession.deleteMany({ where: { userId } });
  });
}

export function setAccountRole(adminId: string, userId: string, role: Role): Promise<AdminResult> {
  return change(adminId, userId, role === "user", (tx) => tx.user.update({ where: { id: userId }, data: { role } }));
}

export async function deleteAccountAsAdmin(adminId: string, userId: string): Promise<AdminResult> {
  // Checked first, then deleted by eraseAccount, which checks the last admin again in its own transaction.
  const checked = await change(adminId, userId, true, async () => {});
  if (!checked.ok) return checked;
  return (await eraseAccount(userId)) === "deleted" ? checked : { ok: false, reason: "last-admin" };
}

/** A reset token for another account (the admin's own password is changed in Settings). */
export async function passwordResetAsAdmin(adminId: string, userId: string) {
  const checked = await change(adminId, userId, false, async () => {});
  if (!checked.ok) return checked;
  return { ...checked, token: await createPasswordReset(userId) };
}
