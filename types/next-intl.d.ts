// Types every `useTranslations`/`getTranslations` key, the locale and the named formats against the English
// messages and i18n/formats.ts.
import type { formats } from "@/i18n/formats";
import type { Locale } from "@/i18n/locales";
import type { messages } from "@/messages";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: (typeof messages)["en"];
    Formats: typeof formats;
  }
}
