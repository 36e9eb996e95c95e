// Every message of the interface, one file per namespace and language (messages/<locale>/<namespace>.json), so
// that a feature's strings live together and two features never edit the same file. English is the reference:
// its shape types every `t("…")` call (types/next-intl.d.ts), and tests/unit/i18n-messages.test.ts fails when
// a key is missing or extra in Chinese.
import enCommon from "./en/common.json";
import enPrompts from "./en/prompts.json";
import enWritingDays from "./en/writingDays.json";
import zhCommon from "./zh/common.json";
import zhPrompts from "./zh/prompts.json";
import zhWritingDays from "./zh/writingDays.json";

export const messages = {
  en: { common: enCommon, prompts: enPrompts, writingDays: enWritingDays },
  zh: { common: zhCommon, prompts: zhPrompts, writingDays: zhWritingDays },
};
