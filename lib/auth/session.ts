// The session helper every page, server action and API route calls. `cache` makes it one database read
// per request however many components ask.
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Session } from "next-auth";
import { auth } from "./index";
import { passwordKey } from "./password-key";

export type SessionUser = { id: string; email: string; name: string | null; role: string; timeZone: string };

export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await auth()) as (Session & { passwordKey?: string | null }) | null;
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, timeZone: true, passwordHash: true },
  });
  // A session from before the password was changed is no longer valid.
  if (!user || session.passwordKey !== passwordKey(user.passwordHash)) return null;
  const { passwordHash: _omitted, ...rest } = user;
  return rest;
});

export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  return user;
}

// Admin pages answer 404 to everyone else: no hint that they exist.
export async function requireAdmin(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "admin") notFound();
  return user;
}
