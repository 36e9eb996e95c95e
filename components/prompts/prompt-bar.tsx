"use client";

// "Give me a prompt" and the template menu above the entry. A prompt is only shown until the writer asks for it to
// go into the entry; whatever goes in is added to what is written, never put in its place, and can be undone.
import { Lightbulb, Shuffle, X } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { PromptChoice, PromptGroup, TemplateChoice } from "./prompt-choices";
import { promptBlock } from "./place-block";

type Props = {
  prompts: PromptChoice[];
  templates: TemplateChoice[];
  onInsert: (block: string, cursorAt: "end" | "first-line") => void;
  canUndo: boolean;
  onUndo: () => void;
};

type Filter = PromptGroup | "any";

function pick(list: PromptChoice[], not: string | undefined): PromptChoice | undefined {
  const others = list.length > 1 ? list.filter((p) => p.id !== not) : list;
  return others[Math.floor(Math.random() * others.length)];
}

export function PromptBar({ prompts, templates, onInsert, canUndo, onUndo }: Props) {
  const t = useTranslations("prompts");
  const [shown, setShown] = useState<PromptChoice | null>(null);
  const [filter, setFilter] = useState<Filter>("any");
  const menu = useRef<HTMLDetailsElement>(null);
  const filterId = useId();
  const groups = [...new Set(prompts.map((p) => p.group))];
  const inFilter = (f: Filter) => prompts.filter((p) => f === "any" || p.group === f);

  function next(f: Filter = filter) {
    const list = inFilter(f);
    // The memory's own questions come first, the first time: they are the ones no other journal could ask.
    const memory = list.filter((p) => p.group === "memory");
    setShown(
      (current) => (current === null && memory.length > 0 ? pick(memory, undefined) : pick(list, current?.id)) ?? null,
    );
  }

  return (
    <div className="mb-3 space-y-2">
      {/* The bar, not the menu's button, places the menu: it opens below, from the left edge, on a phone too. */}
      <div className="relative flex flex-wrap items-center gap-2">
        <Button type="button" variant="secondary" size="sm" onClick={() => next()} disabled={prompts.length === 0}>
          <Lightbulb aria-hidden className="size-4" />
          {t("editor.givePrompt")}
        </Button>
        <details ref={menu}>
          <summary className="inline-flex h-8 cursor-pointer items-center rounded-md border border-line bg-card px-3 text-sm font-medium hover:bg-accent-soft">
            {t("editor.templates")}
          </summary>
          <ul className="absolute top-full left-0 z-10 mt-1 w-64 max-w-full rounded-md border border-line bg-card p-1 shadow-md">
            {templates.map((template) => (
              <li key={`${template.own ? "own" : "built-in"}:${template.id}`}>
                <button
                  type="button"
                  aria-label={t("editor.templateFor", { name: template.name })}
                  className="w-full cursor-pointer rounded px-3 py-1.5 text-left text-sm hover:bg-accent-soft"
                  onClick={() => {
                    onInsert(template.body, "first-line");
                    if (menu.current) menu.current.open = false;
                  }}
                >
                  {template.name}
                </button>
              </li>
            ))}
          </ul>
        </details>
        <Link href="/prompts" className="ml-auto text-xs text-muted underline hover:text-ink">
          {t("editor.manage")}
        </Link>
      </div>
      {shown && (
        <section
          aria-label={t("editor.region")}
          className="space-y-3 rounded-lg border border-l-4 border-line border-l-accent bg-card px-4 py-3"
          data-testid="prompt-card"
        >
          <div className="flex items-start gap-2">
            <div className="flex-1 space-y-1">
              <p className="text-xs text-muted">{t(`themes.${shown.group}`)}</p>
              <p className="font-serif text-lg leading-snug" data-testid="prompt-text">
                {shown.text}
              </p>
            </div>
            <Button
              type="button"
              variant="ghost"
              size="icon"
              aria-label={t("editor.close")}
              onClick={() => setShown(null)}
            >
              <X aria-hidden className="size-4" />
            </Button>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <Button type="button" size="sm" onClick={() => onInsert(promptBlock(shown.text), "end")}>
              {t("editor.addToEntry")}
            </Button>
            <Button type="button" variant="secondary" size="sm" onClick={() => next()}>
              <Shuffle aria-hidden className="size-4" />
              {t("editor.another")}
            </Button>
            {groups.length > 1 && (
              <span className="ml-auto flex items-center gap-2 text-xs text-muted">
                <label htmlFor={filterId}>{t("themes.label")}</label>
                <select
                  id={filterId}
                  value={filter}
                  onChange={(event) => {
                    const f = groups.find((g) => g === event.target.value) ?? "any";
                    setFilter(f);
                    next(f);
                  }}
                  className="h-8 rounded-md border border-line bg-card px-2 text-sm text-ink"
                >
                  <option value="any">{t("themes.any")}</option>
                  {groups.map((g) => (
                    <option key={g} value={g}>
                      {t(`themes.${g}`)}
                    </option>
                  ))}
                </select>
              </span>
            )}
          </div>
        </section>
      )}
      <p aria-live="polite" className="text-sm">
        {canUndo && (
          <span className="inline-flex flex-wrap items-center gap-2 text-muted" data-testid="inserted">
            {t("editor.inserted")}
            <button type="button" className="cursor-pointer text-accent underline" onClick={onUndo}>
              {t("editor.undo")}
            </button>
          </span>
        )}
      </p>
    </div>
  );
}
