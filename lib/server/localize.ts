// The wrappers' answers in the reader's language: a schema's field errors and the refusals registered by
// i18n/user-message.ts are English where they are made, and said again here in the request's locale.
import "server-only";
import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import { requestLocale } from "@/i18n/request";
import { localized, type ErrorTranslator } from "@/i18n/user-message";
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

type Errors = Partial<Record<string, string[] | undefined>>;

/** Field errors with each message in the reader's language. */
export function localizedFieldErrors<E extends Errors>(errors: E | undefined, t: ErrorTranslator): E | undefined {
  if (!errors) return undefined;
  const out: Errors = {};
  for (const [field, list] of Object.entries(errors)) out[field] = list?.map((m) => localized(m, t));
  return out as E;
}
