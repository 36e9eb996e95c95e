// Types every `useTranslations`/`getTranslations` key and the locale against the English messages.
import type { Locale } from "@/i18n/locales";
import type { messages } from "@/messages";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: (typeof messages)["en"];
  }
}
