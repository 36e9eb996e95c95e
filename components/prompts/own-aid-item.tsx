"use client";

// One of the user's prompts or templates in the list: its words, and Edit (in place) and Delete.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult, FormAction } from "@/lib/server/action";
import { WritingAidForm } from "./writing-aid-form";

type Props = {
  kind: "prompt" | "template";
  item: { id: string; text?: string; name?: string; body?: string };
  save: FormAction<"id" | "text" | "name" | "body">;
  remove: (input: { id: string }) => Promise<ActionResult>;
};

export function OwnAidItem({ kind, item, save, remove }: Props) {
  const t = useTranslations("prompts.page");
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [deleting, startDelete] = useTransition();
  const title = kind === "prompt" ? (item.text ?? "") : (item.name ?? "");
  const short = title.length > 40 ? `${title.slice(0, 39)}…` : title;

  if (editing)
    return (
      <li className="border-t border-line py-3 first:border-t-0">
        <WritingAidForm
          kind={kind}
          action={save}
          initial={item}
          onSaved={() => setEditing(false)}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  return (
    <li className="space-y-2 border-t border-line py-3 first:border-t-0" data-testid={`own-${kind}`}>
      {kind === "prompt" ? (
        <p className="font-serif">{item.text}</p>
      ) : (
        <div className="space-y-1">
          <p className="font-medium">{item.name}</p>
          <pre className="max-h-32 overflow-auto rounded bg-accent-soft/50 px-3 py-2 text-xs whitespace-pre-wrap text-muted">
            {item.body}
          </pre>
        </div>
      )}
      {error && <FormMessage>{error}</FormMessage>}
      <div className="flex gap-2">
        <Button
          type="button"
          size="sm"
          variant="secondary"
          aria-label={t(kind === "prompt" ? "editPrompt" : "editTemplate", { text: short, name: short })}
          onClick={() => setEditing(true)}
        >
          {t("edit")}
        </Button>
        <Button
          type="button"
          size="sm"
          variant="ghost"
          disabled={deleting}
          aria-label={t(kind === "prompt" ? "deletePrompt" : "deleteTemplate", { text: short, name: short })}
          onClick={() =>
            startDelete(async () => {
              const result = await remove({ id: item.id });
              if (result.ok) router.refresh();
              else setError(result.error);
            })
          }
        >
          {t("delete")}
        </Button>
      </div>
    </li>
  );
}
