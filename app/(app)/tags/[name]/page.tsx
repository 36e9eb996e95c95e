import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EntryList } from "@/components/journal/entry-list";
import { Pager } from "@/components/search/pager";
import { ManageTag } from "@/components/tags/manage-tag";
import { requireUser } from "@/lib/auth/session";
import { listEntries } from "@/lib/journal/entries";
import { getTagByName, listTags } from "@/lib/journal/tags";
import { LONE_SURROGATE, MAX_TAG_LENGTH } from "@/lib/validations/entry";
import { deleteTagAction, mergeTagAction, renameTagAction } from "../actions";

const PAGE_SIZE = 30;

type Props = { params: Promise<{ name: string }>; searchParams: Promise<{ page?: string | string[] }> };

// A name no tag can have (too long, half of a surrogate pair) is simply no tag. Next hands the segment over
// decoded; a name with a literal "%" in it stays as it is.
function tagName(segment: string): string | null {
  let name = segment;
  try {
    if (/%[0-9a-f]{2}/i.test(segment)) name = decodeURIComponent(segment);
  } catch {
    // Not an escape after all ("100%zz").
  }
  return name.length <= MAX_TAG_LENGTH && !LONE_SURROGATE.test(name) ? name : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const name = tagName((await params).name);
  return { title: name ?? (await getTranslations("tags"))("title") };
}

export default async function TagPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const name = tagName((await params).name);
  const tag = name === null ? null : await getTagByName(user.id, name);
  if (!tag) notFound();
  const query = await searchParams;
  const pageParam = Array.isArray(query.page) ? query.page[0] : query.page;
  const [t, list, tags] = await Promise.all([
    getTranslations("tags"),
    listEntries(user.id, { page: pageParam === undefined ? 1 : Number(pageParam), pageSize: PAGE_SIZE, tag: tag.name }),
    listTags(user.id),
  ]);
  const href = (p: number) => `/tags/${encodeURIComponent(tag.name)}?page=${p}`;
  if (pageParam !== undefined && pageParam !== String(list.page)) redirect(href(list.page));

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0 space-y-4">
        <p className="text-sm">
          <Link href="/tags" className="text-accent underline">
            {t("allTags")}
          </Link>
        </p>
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h1 className="font-serif text-3xl break-all">{t("tagTitle", { name: tag.name })}</h1>
          <p className="text-sm text-muted">{t("entries", { count: tag.count })}</p>
        </div>
        {list.total === 0 ? (
          <p className="rounded-lg border border-dashed border-line p-8 text-center text-muted">{t("empty")}</p>
        ) : (
          <EntryList entries={list.entries} />
        )}
        <Pager page={list.page} pages={list.pages} href={href} />
        <p className="text-sm">
          <Link href={`/search?tag=${encodeURIComponent(tag.name)}`} className="text-accent underline">
            {t("searchWithin", { name: tag.name })}
          </Link>
        </p>
      </div>
      <ManageTag
        tag={tag}
        others={tags.filter((other) => other.id !== tag.id)}
        rename={renameTagAction}
        merge={mergeTagAction}
        remove={deleteTagAction}
      />
    </div>
  );
}
