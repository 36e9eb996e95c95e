// Browser contexts in a given interface language: signed out, by the browser's language (Accept-Language); signed
// in, by this browser's choice (the cookie the sign-in page's switch and Settings set), which comes before the
// language saved for the account (i18n/request.ts), so the shared admin can be read in either language.
import type { Browser, BrowserContext, BrowserContextOptions } from "@playwright/test";
import type { Locale } from "../../i18n/locales";
import { LOCALE_COOKIE } from "../../i18n/locales";

export const BROWSER_LOCALES: Record<Locale, string> = { en: "en-GB", zh: "zh-CN" };

export async function contextIn(
  browser: Browser,
  locale: Locale,
  baseURL: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ ...options, locale: BROWSER_LOCALES[locale] });
  if (options.storageState) await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL }]);
  return context;
}
