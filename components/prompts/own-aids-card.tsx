// The user's own prompts or templates on their page: the list, each editable in place, and the form for a new one.
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { ActionResult, FormAction } from "@/lib/server/action";
import { OwnAidItem } from "./own-aid-item";
import { WritingAidForm } from "./writing-aid-form";

const WORDS = {
  prompt: { heading: "ownPrompts", hint: "ownPromptsHint", none: "noPrompts", add: "newPrompt" },
  template: { heading: "ownTemplates", hint: "ownTemplatesHint", none: "noTemplates", add: "newTemplate" },
} as const;

type Props = {
  kind: "prompt" | "template";
  items: { id: string; text?: string; name?: string; body?: string }[];
  save: FormAction<"id" | "text" | "name" | "body">;
  remove: (input: { id: string }) => Promise<ActionResult>;
};

export async function OwnAidsCard({ kind, items, save, remove }: Props) {
  const t = await getTranslations("prompts.page");
  const words = WORDS[kind];
  return (
    <Card aria-labelledby={`own-${kind}s`}>
      <h2 id={`own-${kind}s`} className="text-lg font-semibold">
        {t(words.heading)}
      </h2>
      <p className="mb-3 text-sm text-muted">{t(words.hint)}</p>
      {items.length === 0 ? (
        <p className="text-sm text-muted">{t(words.none)}</p>
      ) : (
        <ul data-testid={`own-${kind}s`}>
          {items.map((item) => (
            <OwnAidItem key={item.id} kind={kind} item={item} save={save} remove={remove} />
          ))}
        </ul>
      )}
      <div className="mt-4 border-t border-line pt-4">
        <h3 className="mb-2 font-medium">{t(words.add)}</h3>
        <WritingAidForm kind={kind} action={save} />
      </div>
    </Card>
  );
}
