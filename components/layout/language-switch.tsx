"use client";

// The sign-in and sign-up pages' language switch: the choice is kept in the cookie the server reads before a
// sign-in (i18n/request.ts), for a year, and the page is rendered again in it. Signed in, the choice is Settings'.
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { LOCALE_COOKIE, LOCALES, type Locale } from "@/i18n/locales";
import { cn } from "@/lib/utils";

const YEAR_SECONDS = 365 * 24 * 60 * 60;

function keepLocale(locale: Locale) {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${YEAR_SECONDS}; samesite=lax`;
}

export function LanguageSwitch() {
  const t = useTranslations("nav");
  const current = useLocale();
  const router = useRouter();

  function choose(locale: Locale) {
    keepLocale(locale);
    router.refresh();
  }

  return (
    <div role="group" aria-label={t("language")} className="flex items-center gap-0.5 text-sm">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={locale === current}
          onClick={() => choose(locale)}
          className={cn(
            "cursor-pointer rounded-md px-2 py-1 hover:bg-accent-soft",
            locale === current ? "font-medium" : "text-muted",
          )}
        >
          {t(`languageNames.${locale}`)}
        </button>
      ))}
    </div>
  );
}
