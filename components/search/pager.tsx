// Newer / older links between the pages of a list of results (search, a tag's entries).
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function Pager({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  const t = await getTranslations("search");
  return (
    <nav aria-label={t("pages")} className="flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link className="text-accent underline" href={href(page - 1)}>
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted">{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link className="text-accent underline" href={href(page + 1)}>
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
