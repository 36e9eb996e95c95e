import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CreateTagForm } from "@/components/tags/create-tag-form";
import { requireUser } from "@/lib/auth/session";
import { listTags } from "@/lib/journal/tags";
import { createTagAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tags"))("title") };
}

export default async function TagsPage() {
  const user = await requireUser();
  const [t, tags] = await Promise.all([getTranslations("tags"), listTags(user.id)]);
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0 space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h1 className="font-serif text-3xl">{t("title")}</h1>
          <p className="text-sm text-muted">{t("summary", { count: tags.length })}</p>
        </div>
        {tags.length === 0 ? (
          <p className="rounded-lg border border-dashed border-line p-8 text-center text-muted">{t("none")}</p>
        ) : (
          <ul className="divide-y divide-line rounded-lg border border-line bg-card" data-testid="tag-list">
            {tags.map((tag) => (
              <li key={tag.id}>
                <Link
                  href={`/tags/${encodeURIComponent(tag.name)}`}
                  className="flex items-baseline justify-between gap-3 px-4 py-3 hover:bg-accent-soft/50 sm:px-5"
                >
                  <span className="font-medium break-all">{tag.name}</span>
                  <span className="shrink-0 text-sm text-muted">{t("entries", { count: tag.count })}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="rounded-lg border border-line bg-card p-4">
        <CreateTagForm action={createTagAction} />
      </div>
    </div>
  );
}
