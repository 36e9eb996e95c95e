// Every message of the interface, one file per namespace and language (messages/<locale>/<namespace>.json), so
// that a feature's strings live together and two features never edit the same file. English is the reference:
// its shape types every `t("…")` call (types/next-intl.d.ts), and tests/unit/i18n-messages.test.ts fails when
// a key is missing or extra in Chinese.
import enCommon from "./en/common.json";
import enOffline from "./en/offline.json";
import enReminders from "./en/reminders.json";
import zhCommon from "./zh/common.json";
import zhOffline from "./zh/offline.json";
import zhReminders from "./zh/reminders.json";

export const messages = {
  en: { common: enCommon, offline: enOffline, reminders: enReminders },
  zh: { common: zhCommon, offline: zhOffline, reminders: zhReminders },
};
