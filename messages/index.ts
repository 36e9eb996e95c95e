// Every message of the interface, one file per namespace and language (messages/<locale>/<namespace>.json), so
// that a feature's strings live together and two features never edit the same file. English is the reference:
// its shape types every `t("…")` call (types/next-intl.d.ts), and tests/unit/i18n-messages.test.ts fails when
// a key is missing or extra in Chinese.
import enCommon from "./en/common.json";
import enOnThisDay from "./en/onThisDay.json";
import enSearch from "./en/search.json";
import enSimilar from "./en/similar.json";
import enTags from "./en/tags.json";
import zhCommon from "./zh/common.json";
import zhOnThisDay from "./zh/onThisDay.json";
import zhSearch from "./zh/search.json";
import zhSimilar from "./zh/similar.json";
import zhTags from "./zh/tags.json";

export const messages = {
  en: { common: enCommon, search: enSearch, tags: enTags, similar: enSimilar, onThisDay: enOnThisDay },
  zh: { common: zhCommon, search: zhSearch, tags: zhTags, similar: zhSimilar, onThisDay: zhOnThisDay },
};
