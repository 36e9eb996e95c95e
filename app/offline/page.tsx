// The offline shell (lib/pwa/shell.ts): the one page the service worker keeps. It reads no session and no journal,
// so what is kept holds no one's data; the proxy sends it without no-store for that reason. The kept copy goes on
// using the nonce it was sent with (in its policy and on its scripts): nothing in it comes from a user, so knowing
// that nonce lets nothing else in, and every other page still gets a fresh one.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OfflineJournal } from "@/components/pwa/offline-journal";
import { ThemeToggle } from "@/components/layout/theme-toggle";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("offline");
  return { title: t("title") };
}

export default async function OfflinePage() {
  const [t, common] = await Promise.all([getTranslations("offline"), getTranslations("common")]);
  return (
    <>
      <header className="border-b border-line bg-paper/90">
        <div className="mx-auto flex max-w-3xl items-center gap-3 px-4 py-3 sm:px-6">
          <span className="font-serif text-xl">{common("appName")}</span>
          <span className="rounded-full bg-accent-soft px-2.5 py-0.5 text-xs font-medium">{t("badge")}</span>
          <div className="ml-auto">
            <ThemeToggle />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-3xl px-4 py-6 sm:px-6 sm:py-8">
        <OfflineJournal />
      </main>
    </>
  );
}
