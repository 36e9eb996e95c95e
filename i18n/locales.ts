// The interface languages, and how a visitor's language is chosen before they sign in: from the browser's
// Accept-Language, matched by the same algorithm browsers and next-intl's own middleware use.
import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { z } from "zod";

export const LOCALES = ["en", "zh"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

// The page's `lang`: Chinese here is written in simplified characters, which is what a screen reader and a font
// fallback need to know.
export const HTML_LANG: Record<Locale, string> = { en: "en", zh: "zh-Hans" };

export const localeSchema = z.enum(LOCALES);

// The cookie a signed-out visitor's choice (and a signed-in user's setting) is kept in, so that the sign-in page
// after a sign-out still speaks the user's language.
export const LOCALE_COOKIE = "cellstate-locale";

export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  // Matched on the language alone: a reader of traditional Chinese (zh-TW) reads the simplified interface more
  // easily than the English one, which the matcher's script distance would pick.
  const requested = new Negotiator({ headers: { "accept-language": header } })
    .languages()
    .map((tag) => tag.split("-")[0] ?? tag);
  try {
    return localeSchema.parse(match(requested, [...LOCALES], DEFAULT_LOCALE));
  } catch {
    // `match` throws on a malformed tag ("*", "en_US"): a header nobody can read means the default.
    return DEFAULT_LOCALE;
  }
}
