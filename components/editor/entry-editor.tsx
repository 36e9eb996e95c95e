"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { Markdown } from "@/components/journal/markdown";
import { PromptBar } from "@/components/prompts/prompt-bar";
import type { PromptChoice, TemplateChoice } from "@/components/prompts/prompt-choices";
import { useInsertText } from "@/components/prompts/use-insert-text";
import { Input } from "@/components/ui/input";
import { useHydrated } from "@/components/ui/use-browser";
import { cn } from "@/lib/utils";
import { DeleteEntry } from "./delete-entry";
import { MoodPicker } from "./mood-picker";
import { SaveStatusLine } from "./save-status";
import { type SavedEntry, useAutosave } from "./use-autosave";

const PANEL_REFRESH_MS = 1_500;

function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(",")
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

// Words as the browser's segmenter sees them, so a Chinese entry (no spaces) is not one word. Node's ICU splits
// some text differently (92 words against Chromium's 93 for the screenshot test's entry), so the count is shown
// only once the page is hydrated: a count rendered on the server would not match the browser's first render.
const wordSegmenter = new Intl.Segmenter(undefined, { granularity: "word" });

function wordCount(text: string): number {
  let n = 0;
  for (const segment of wordSegmenter.segment(text)) if (segment.isWordLike) n++;
  return n;
}

type Props = {
  userId: string;
  date: string;
  initial: SavedEntry | null;
  readFirst: boolean;
  prompts: PromptChoice[];
  templates: TemplateChoice[];
};

// `readFirst`: a past day that already has an entry opens rendered, for reading; one click turns to writing.
export function EntryEditor({ userId, date, initial, readFirst, prompts, templates }: Props) {
  const router = useRouter();
  const { draft, update, status, entryId, restored, flush, reset } = useAutosave({ userId, date, initial });
  const [tagsText, setTagsText] = useState(draft.tags.join(", "));
  const [preview, setPreview] = useState(readFirst);
  const [tagsRestored, setTagsRestored] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const setBody = useCallback((body: string) => update({ body }), [update]);
  const insertion = useInsertText(textarea, draft.body, setBody);
  const t = useTranslations("editor");

  // A draft restored from this browser arrives after the first render; show its tags too.
  if (restored && !tagsRestored) {
    setTagsRestored(true);
    setTagsText(draft.tags.join(", "));
    setPreview(false);
  }

  // Once a save has settled, re-read the page on the server so the memory panel shows what the entry did.
  const savedAt = status.kind === "saved" ? status.at.getTime() : null;
  useEffect(() => {
    if (savedAt === null) return;
    const timer = setTimeout(() => router.refresh(), PANEL_REFRESH_MS);
    return () => clearTimeout(timer);
  }, [savedAt, router]);

  const hydrated = useHydrated();
  const words = hydrated ? wordCount(draft.body) : null;

  return (
    <div className="space-y-5">
      {restored && (
        <p className="rounded-md bg-accent-soft px-3 py-2 text-sm" data-testid="draft-restored">
          {t("restored")}
        </p>
      )}
      <div>
        <PromptBar
          prompts={prompts}
          templates={templates}
          onInsert={(block, cursorAt) => {
            setPreview(false);
            insertion.insert(block, cursorAt);
          }}
          canUndo={insertion.canUndo}
          onUndo={insertion.undo}
        />
        <div className="mb-2 flex items-center gap-1" role="group" aria-label={t("view")}>
          {(["write", "preview"] as const).map((view) => {
            const active = (view === "preview") === preview;
            return (
              <button
                key={view}
                type="button"
                aria-pressed={active}
                onClick={() => setPreview(view === "preview")}
                className={cn(
                  "cursor-pointer rounded-md px-3 py-1 text-sm",
                  active ? "bg-accent-soft font-medium" : "text-muted hover:text-ink",
                )}
              >
                {t(view)}
              </button>
            );
          })}
          <span className="ml-auto text-xs text-muted">
            {t("markdown")}
            {words !== null && ` · ${t("words", { count: words })}`}
          </span>
        </div>
        {preview ? (
          <div className="min-h-[40vh] rounded-lg border border-line bg-card px-5 py-4" data-testid="entry-preview">
            {draft.body.trim() ? <Markdown text={draft.body} /> : <p className="text-muted">{t("nothingYet")}</p>}
          </div>
        ) : (
          <>
            <label htmlFor="entry-body" className="sr-only">
              {t("bodyLabel")}
            </label>
            <textarea
              ref={textarea}
              id="entry-body"
              value={draft.body}
              onSelect={insertion.notePlaced}
              onChange={(event) => update({ body: event.target.value })}
              onBlur={() => void flush()}
              placeholder={t("placeholder")}
              className="prose-entry block min-h-[40vh] w-full resize-y rounded-lg border border-line bg-card px-5 py-4 text-ink placeholder:text-muted [field-sizing:content]"
            />
          </>
        )}
      </div>
      <MoodPicker value={draft.mood} onChange={(mood) => update({ mood })} />
      <div className="space-y-1.5">
        <label htmlFor="entry-tags" className="block text-sm font-medium">
          {t("tags")} <span className="font-normal text-muted">{t("tagsHint")}</span>
        </label>
        <Input
          id="entry-tags"
          value={tagsText}
          placeholder={t("tagsPlaceholder")}
          onChange={(event) => {
            setTagsText(event.target.value);
            update({ tags: parseTags(event.target.value) });
          }}
          onBlur={() => void flush()}
        />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-line pt-4">
        <SaveStatusLine status={status} exists={entryId !== null} />
        {entryId && (
          <DeleteEntry
            entryId={entryId}
            date={date}
            onDeleted={() => {
              reset();
              setTagsText("");
              router.refresh();
            }}
          />
        )}
      </div>
    </div>
  );
}
