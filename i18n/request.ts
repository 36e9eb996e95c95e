// next-intl's per-request configuration (wired in next.config.ts). There is no locale in the URL: a journal's
// addresses stay the same whatever language its writer reads it in. The language is the one chosen in Settings
// or on the sign-in page (kept in a cookie), else the browser's.
import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { messages } from "@/messages";
import { localeFromAcceptLanguage, LOCALE_COOKIE, localeSchema, type Locale } from "./locales";

export async function requestLocale(): Promise<Locale> {
  const chosen = localeSchema.safeParse((await cookies()).get(LOCALE_COOKIE)?.value);
  if (chosen.success) return chosen.data;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: messages[locale] };
});
