// next-intl's per-request configuration (wired in next.config.ts). There is no locale in the URL: a journal's
// addresses stay the same whatever language its writer reads it in. The language is this browser's choice, kept in
// a cookie (set by the sign-in page's switch and by Settings, so the sign-in page after a sign-out stays in the
// user's language); else, signed in, the one saved in Settings (or at sign-up: a new browser, and the e-mails);
// else the browser's.
import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { currentUser } from "@/lib/auth/session";
import { messages } from "@/messages";
import { formats } from "./formats";
import { localeFromAcceptLanguage, LOCALE_COOKIE, localeSchema, type Locale } from "./locales";

export async function requestLocale(): Promise<Locale> {
  const chosen = localeSchema.safeParse((await cookies()).get(LOCALE_COOKIE)?.value);
  if (chosen.success) return chosen.data;
  const setting = (await currentUser())?.locale;
  if (setting) return setting;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  // Journal days are formatted in UTC (i18n/formats.ts); an instant that is not a day names its own time zone.
  return { locale, messages: messages[locale], formats, timeZone: "UTC" };
});
