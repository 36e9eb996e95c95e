// Every message of the interface, one file per namespace and language (messages/<locale>/<namespace>.json), so
// that a feature's strings live together and two features never edit the same file. English is the reference:
// its shape types every `t("…")` call (types/next-intl.d.ts), and tests/unit/i18n-messages.test.ts fails when
// a key is missing or extra in Chinese.
import enAdmin from "./en/admin.json";
import enAuth from "./en/auth.json";
import enCommon from "./en/common.json";
import enEditor from "./en/editor.json";
import enEntries from "./en/entries.json";
import enErrorPages from "./en/errorPages.json";
import enErrors from "./en/errors.json";
import enJournal from "./en/journal.json";
import enMemory from "./en/memory.json";
import enNav from "./en/nav.json";
import enOffline from "./en/offline.json";
import enOnThisDay from "./en/onThisDay.json";
import enPrint from "./en/print.json";
import enPrompts from "./en/prompts.json";
import enReminders from "./en/reminders.json";
import enSearch from "./en/search.json";
import enSettings from "./en/settings.json";
import enSimilar from "./en/similar.json";
import enSummaries from "./en/summaries.json";
import enTags from "./en/tags.json";
import enWritingDays from "./en/writingDays.json";
import zhAdmin from "./zh/admin.json";
import zhAuth from "./zh/auth.json";
import zhCommon from "./zh/common.json";
import zhEditor from "./zh/editor.json";
import zhEntries from "./zh/entries.json";
import zhErrorPages from "./zh/errorPages.json";
import zhErrors from "./zh/errors.json";
import zhJournal from "./zh/journal.json";
import zhMemory from "./zh/memory.json";
import zhNav from "./zh/nav.json";
import zhOffline from "./zh/offline.json";
import zhOnThisDay from "./zh/onThisDay.json";
import zhPrint from "./zh/print.json";
import zhPrompts from "./zh/prompts.json";
import zhReminders from "./zh/reminders.json";
import zhSearch from "./zh/search.json";
import zhSettings from "./zh/settings.json";
import zhSimilar from "./zh/similar.json";
import zhSummaries from "./zh/summaries.json";
import zhTags from "./zh/tags.json";
import zhWritingDays from "./zh/writingDays.json";

export const messages = {
  en: {
    common: enCommon,
    nav: enNav,
    auth: enAuth,
    errors: enErrors,
    errorPages: enErrorPages,
    journal: enJournal,
    editor: enEditor,
    entries: enEntries,
    memory: enMemory,
    summaries: enSummaries,
    settings: enSettings,
    admin: enAdmin,
    print: enPrint,
    onThisDay: enOnThisDay,
    prompts: enPrompts,
    search: enSearch,
    similar: enSimilar,
    tags: enTags,
    writingDays: enWritingDays,
    offline: enOffline,
    reminders: enReminders,
  },
  zh: {
    common: zhCommon,
    nav: zhNav,
    auth: zhAuth,
    errors: zhErrors,
    errorPages: zhErrorPages,
    journal: zhJournal,
    editor: zhEditor,
    entries: zhEntries,
    memory: zhMemory,
    summaries: zhSummaries,
    settings: zhSettings,
    admin: zhAdmin,
    print: zhPrint,
    onThisDay: zhOnThisDay,
    prompts: zhPrompts,
    search: zhSearch,
    similar: zhSimilar,
    tags: zhTags,
    writingDays: zhWritingDays,
    offline: zhOffline,
    reminders: zhReminders,
  },
};
