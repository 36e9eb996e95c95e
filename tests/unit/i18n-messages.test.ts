import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { LOCALES, localeFromAcceptLanguage } from "@/i18n/locales";
import { messages } from "@/messages";

// Every leaf of a namespace tree, as "a.b.c" → message.
function leaves(tree: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

// The names of a message's arguments ({count}, {date, date}, <b>…</b>), which both languages must use alike.
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(element.value);
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
  }
  return into;
}

describe("interface messages", () => {
  const english = leaves(messages.en);

  it.each(LOCALES.filter((l) => l !== "en"))("%s has exactly the English keys", (locale) => {
    const other = leaves(messages[locale]);
    expect([...english.keys()].filter((k) => !other.has(k))).toEqual([]);
    expect([...other.keys()].filter((k) => !english.has(k))).toEqual([]);
  });

  it.each(LOCALES)("every %s message parses, is not empty and uses the English message's arguments", (locale) => {
    for (const [key, message] of leaves(messages[locale])) {
      expect(message.trim(), key).not.toBe("");
      const reference = argumentsOf(parse(english.get(key) ?? "", { ignoreTag: false }));
      expect([...argumentsOf(parse(message, { ignoreTag: false }))].sort(), key).toEqual([...reference].sort());
    }
  });

  it("picks the interface language from the browser's", () => {
    expect(localeFromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh");
    expect(localeFromAcceptLanguage("zh-TW")).toBe("zh");
    expect(localeFromAcceptLanguage("fr-FR,en-GB;q=0.5")).toBe("en");
    expect(localeFromAcceptLanguage("de")).toBe("en");
    expect(localeFromAcceptLanguage("")).toBe("en");
    expect(localeFromAcceptLanguage("*;q=0.1, ???")).toBe("en");
  });
});
