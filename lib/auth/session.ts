// The session helper every page, server action and API route calls. `cache` makes it one database read
// per request however many components ask. auth() has already checked that the session was not ended
// (the jwt callback in index.ts).
import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { localeSchema, type Locale } from "@/i18n/locales";
import { db } from "@/lib/db";
import { type Role, roleOf } from "./accounts";
import { auth } from "./index";

export type SessionUser = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  timeZone: string;
  /** The interface language chosen in Settings; null follows the browser. */
  locale: Locale | null;
};

export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const id = (await auth())?.user.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, timeZone: true, locale: true },
  });
  if (!user) return null;
  // A language this version does not have (a newer one's, or none) follows the browser.
  return { ...user, role: roleOf(user.id, user.role), locale: localeSchema.safeParse(user.locale).data ?? null };
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
