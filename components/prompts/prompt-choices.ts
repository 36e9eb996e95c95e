// What "Give me a prompt" and the template menu offer on a day's page, in the reader's language: the built-in
// prompts and templates (messages/<locale>/prompts.json), the user's own, and the prompts the memory suggests
// (lib/journal/memory-prompts.ts), worded here. Made on the server, so the editor gets finished sentences.
import "server-only";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import type { MemoryPanelData } from "@/lib/journal/memory-panel";
import { memoryPrompts, type MemoryPrompt } from "@/lib/journal/memory-prompts";
import { listPrompts, listTemplates } from "@/lib/journal/writing-aids";

export const BUILT_IN_THEMES = ["lessons", "gratitude", "lettingGo", "planning"] as const;
export type PromptGroup = (typeof BUILT_IN_THEMES)[number] | "own" | "memory";

export type PromptChoice = { id: string; group: PromptGroup; text: string };
export type TemplateChoice = { id: string; name: string; body: string; own: boolean };

// Lists, not single messages: read from the reader's messages whole (typed by the English ones, and checked to have
// the same keys in every language by tests/unit/i18n-messages.test.ts).
export async function builtInPromptChoices(): Promise<PromptChoice[]> {
  const { builtin } = (await getMessages()).prompts;
  return BUILT_IN_THEMES.flatMap((group) =>
    Object.entries(builtin[group]).map(([n, text]) => ({ id: `${group}.${n}`, group, text })),
  );
}

export async function builtInTemplateChoices(): Promise<TemplateChoice[]> {
  const { templates } = (await getMessages()).prompts;
  return Object.entries(templates).map(([id, { name, body }]) => ({ id, name, body, own: false }));
}

async function wordedMemoryPrompts(prompts: MemoryPrompt[], day: string): Promise<PromptChoice[]> {
  const t = await getTranslations("prompts.memory");
  const format = await getFormatter();
  const now = new Date();
  return prompts.map((p) => {
    const id = `memory.${p.kind}.${p.themeId}`;
    if (p.kind === "lesson") {
      const sameYear = p.writtenOn.slice(0, 4) === day.slice(0, 4);
      const when = format.dateTime(new Date(`${p.writtenOn}T00:00:00Z`), {
        timeZone: "UTC",
        month: "long",
        ...(sameYear ? {} : { year: "numeric" }),
      });
      return { id, group: "memory", text: t("lesson", { when, quote: p.quote }) };
    }
    const ago = format.relativeTime(new Date(p.letGoAt), { now, style: "long" });
    const text =
      p.returnedOn === 0
        ? t("letGoQuiet", { quote: p.quote, ago })
        : t("letGoReturned", { quote: p.quote, ago, days: p.returnedOn });
    return { id, group: "memory", text };
  });
}

/** Everything the editor offers on `day`: prompts (the memory's first) and templates (the user's own first). */
export async function writingAidsFor(userId: string, day: string, panel: MemoryPanelData) {
  const [own, templates, fromMemory, builtIn, builtInTemplates] = await Promise.all([
    listPrompts(userId),
    listTemplates(userId),
    memoryPrompts(userId, day, panel),
    builtInPromptChoices(),
    builtInTemplateChoices(),
  ]);
  const prompts: PromptChoice[] = [
    ...(await wordedMemoryPrompts(fromMemory, day)),
    ...own.map((p) => ({ id: p.id, group: "own" as const, text: p.text })),
    ...builtIn,
  ];
  return { prompts, templates: [...templates.map((x) => ({ ...x, own: true })), ...builtInTemplates] };
}
