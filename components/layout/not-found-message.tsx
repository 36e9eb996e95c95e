import { getTranslations } from "next-intl/server";
import Link from "next/link";

// Someone else's entry and a missing one look the same: no hint of what exists.
export async function NotFoundMessage() {
  const t = await getTranslations("errorPages");
  return (
    <div className="mx-auto max-w-md px-5 py-20 text-center">
      <h1 className="mb-2 font-serif text-2xl">{t("notFoundHeading")}</h1>
      <p className="mb-6 text-muted">{t("notFoundText")}</p>
      <Link href="/journal" className="text-accent underline">
        {t("backToJournal")}
      </Link>
    </div>
  );
}
