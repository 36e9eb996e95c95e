// The wrappers' answers in the reader's language: the refusals registered by i18n/user-message.ts are English where
// they are made, and said again in the request's locale by this translator.
import "server-only";
import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import { requestLocale } from "@/i18n/request";
import type { ErrorTranslator } from "@/i18n/user-message";
import { messages } from "@/messages";

// The request's locale; code called outside a request (a unit test of a wrapper) has no cookies to read.
async function currentLocale(): Promise<Locale> {
  try {
    return await requestLocale();
  } catch {
    return DEFAULT_LOCALE;
  }
}

export async function errorTranslator(): Promise<ErrorTranslator> {
  const locale = await currentLocale();
  const t = createTranslator({ locale, messages: messages[locale], namespace: "errors" });
  return t as unknown as ErrorTranslator;
}
