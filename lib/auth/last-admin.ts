// The server always keeps one admin who can sign in: account-admin.ts and account-deletion.ts ask this, inside the
// transaction that would take the admin away, so two changes at once cannot both pass it.
import type { Prisma } from "@/generated/prisma/client";

/** Whether taking `userId` out of the admins (disabling, demoting, deleting) would leave no admin who can sign in. */
export async function isLastAdmin(tx: Prisma.TransactionClient, userId: string): Promise<boolean> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, disabledAt: true } });
  if (user?.role !== "admin" || user.disabledAt) return false;
  const others = await tx.user.count({ where: { role: "admin", disabledAt: null, id: { not: userId } } });
  return others === 0;
}
