// The entry list's tag filter: a GET form, so the filter is in the address (/entries?tag=…) like a page number.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import type { TagSummary } from "@/lib/journal/tags";

export async function TagFilter({ tags, current }: { tags: TagSummary[]; current?: string }) {
  if (tags.length === 0) return null;
  const t = await getTranslations("tags");
  return (
    <form action="/entries" method="get" className="space-y-2 rounded-lg border border-line bg-card p-4">
      <label htmlFor="tag-filter" className="block text-sm font-medium">
        {t("filterLabel")}
      </label>
      <div className="flex gap-2">
        <select
          id="tag-filter"
          name="tag"
          defaultValue={current ?? ""}
          className="h-10 min-w-0 flex-1 rounded-md border border-line bg-card px-3 text-base text-ink"
        >
          <option value="">{t("allEntries")}</option>
          {tags.map((tag) => (
            <option key={tag.id} value={tag.name}>
              {t("option", { name: tag.name, count: tag.count })}
            </option>
          ))}
        </select>
        <Button type="submit" variant="secondary">
          {t("show")}
        </Button>
      </div>
    </form>
  );
}

/** Above a filtered list: which tag it shows, and the way back to every entry. */
export async function TagFilterNote({ tag, total }: { tag: string; total: number }) {
  const t = await getTranslations("tags");
  return (
    <p className="rounded-md bg-accent-soft px-3 py-2 text-sm" data-testid="tag-filter-note">
      {total === 0 ? t("empty") : t("filtered", { name: tag })}{" "}
      <Link href="/entries" className="text-accent underline">
        {t("allEntries")}
      </Link>
    </p>
  );
}
