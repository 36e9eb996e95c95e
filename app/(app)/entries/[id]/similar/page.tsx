// The entries most like one entry, from a search result or below the entry: where a thought came from.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formatCalendarDay } from "@/components/search/day-rows";
import { SimilarList } from "@/components/search/similar-list";
import { requireUser } from "@/lib/auth/session";
import { getEntryById } from "@/lib/journal/entries";
import { similarEntries } from "@/lib/journal/similar-entries";

const SHOWN = 20;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("similar"))("title") };
}

export default async function SimilarEntriesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const entry = await getEntryById(user.id, id);
  if (!entry) notFound();
  const [t, similar, day] = await Promise.all([
    getTranslations("similar"),
    similarEntries(user.id, entry.id, SHOWN),
    formatCalendarDay(entry.date),
  ]);
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <h1 className="font-serif text-3xl">{t("pageTitle", { day })}</h1>
      <p className="text-muted">
        {t("intro")}{" "}
        <Link href={`/journal/${entry.date}`} className="text-accent underline">
          {t("back")}
        </Link>
      </p>
      {similar.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line p-8 text-center text-muted">{t("none")}</p>
      ) : (
        <SimilarList entries={similar} />
      )}
    </div>
  );
}
