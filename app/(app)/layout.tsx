import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { OfflineSupport } from "@/components/pwa/offline-support";
import { requireUser } from "@/lib/auth/session";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <AppHeader isAdmin={user.role === "admin"} email={user.email} userId={user.id} />
      <OfflineSupport userId={user.id} timeZone={user.timeZone} />
      <main className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-8">{children}</main>
    </>
  );
}
