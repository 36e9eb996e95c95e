// Accounts: creating them (sign-up and the admin page) and checking credentials. The first account on
// a server becomes its admin; on the web it can only be made with the setup code (app/(auth)/actions.ts).
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { dummyPasswordHash, hashPassword, verifyPassword } from "./password";

// Stored as text (SQLite has no enums): parsed where it is read.
const roleSchema = z.enum(["admin", "user"]);
export type Role = z.infer<typeof roleSchema>;

/** A stored role. One the app does not know grants nothing beyond a user's, and is logged. */
export function roleOf(userId: string, stored: string): Role {
  const role = roleSchema.safeParse(stored);
  if (role.success) return role.data;
  logger.warn({ userId }, 'a user has an unknown role; treated as "user"');
  return "user";
}

export type NewAccount = { email: string; password: string; name?: string; timeZone?: string; locale?: string };

type CreateAccountResult =
  { ok: true; user: { id: string; email: string; role: Role } } | { ok: false; reason: "taken" | "closed" };

export async function userCount(): Promise<number> {
  return db.user.count();
}

// Sign-up is open while SIGNUP=open, and always for the very first account (someone must be admin).
export async function signUpAllowed(): Promise<boolean> {
  return env.signup === "open" || (await userCount()) === 0;
}

async function insertAccount(account: NewAccount, role: Role | "first-is-admin"): Promise<CreateAccountResult> {
  const passwordHash = await hashPassword(account.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: account.email }, select: { id: true } })) {
      return { ok: false, reason: "taken" } as const;
    }
    const resolvedRole: Role = role === "first-is-admin" ? ((await tx.user.count()) === 0 ? "admin" : "user") : role;
    const user = await tx.user.create({
      data: {
        email: account.email,
        name: account.name || null,
        passwordHash,
        role: resolvedRole,
        // The browser sends its own; a sign-up without one (the admin adding an account, a script) gets the server's.
        timeZone: account.timeZone ?? env.defaultTimeZone,
        // The language the sign-up page was read in; none (the admin adding an account): the browser's, later.
        locale: account.locale ?? null,
      },
      select: { id: true, email: true },
    });
    return { ok: true, user: { ...user, role: resolvedRole } } as const;
  });
}

export async function signUp(account: NewAccount): Promise<CreateAccountResult> {
  if (!(await signUpAllowed())) return { ok: false, reason: "closed" };
  return insertAccount(account, "first-is-admin");
}

export async function addAccountAsAdmin(adminId: string, account: NewAccount): Promise<CreateAccountResult> {
  const admin = await db.user.findUnique({ where: { id: adminId }, select: { role: true } });
  if (admin?.role !== "admin") throw new Error("Only an admin can add accounts");
  return insertAccount(account, "user");
}

export async function checkCredentials(email: string, password: string) {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true },
  });
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  // Told apart only after the right password: a guesser learns nothing, the owner learns why they cannot sign in.
  return { id: user.id, email: user.email, name: user.name, disabled: user.disabledAt !== null };
}

export async function listAccounts(adminId: string) {
  const admin = await db.user.findUnique({ where: { id: adminId }, select: { role: true } });
  if (admin?.role !== "admin") throw new Error("Only an admin can list accounts");
  const users = await db.user.findMany({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      createdAt: true,
      disabledAt: true,
      _count: { select: { entries: true } },
    },
  });
  return users.map(({ _count, ...u }) => ({ ...u, role: roleOf(u.id, u.role), entryCount: _count.entries }));
}
