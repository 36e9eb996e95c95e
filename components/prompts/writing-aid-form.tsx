"use client";

// The form for one of the user's prompts or templates, new or being edited. Refused input is shown again as it
// was typed, with the reason in the reader's language (lib/validations/writing-aids.ts names it by key).
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessages } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { useForm } from "@/components/ui/use-form";
import type { FormAction } from "@/lib/server/action";
import { writingAidErrorSchema } from "@/lib/validations/writing-aids";

type Fields = "id" | "text" | "name" | "body";

type Props = {
  kind: "prompt" | "template";
  action: FormAction<Fields>;
  /** Editing an existing one: its id and words. */
  initial?: { id: string; text?: string; name?: string; body?: string };
  onSaved?: () => void;
  onCancel?: () => void;
};

const areaClass =
  "block w-full rounded-md border border-line bg-card px-3 py-2 text-base text-ink placeholder:text-muted aria-[invalid=true]:border-danger";

export function WritingAidForm({ kind, action, initial, onSaved, onCancel }: Props) {
  const t = useTranslations("prompts");
  const { state, formAction, pending, fieldError } = useForm(action);
  const values = { ...initial, ...state.values };
  const key = initial?.id ?? "new";
  const error = (field: Fields) => {
    const e = fieldError(field);
    const known = writingAidErrorSchema.safeParse(e);
    return known.success ? t(`errors.${known.data}`) : e;
  };
  const saved = state.done !== undefined;
  useEffect(() => {
    if (saved) onSaved?.();
  }, [saved, state, onSaved]);

  const bodyId = `${kind}-${key}-body`;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessages state={initial ? { message: state.message } : state} />
      <input type="hidden" name="id" value={initial?.id ?? ""} />
      {kind === "prompt" ? (
        <Field id={bodyId} label={t("page.promptLabel")} error={error("text")}>
          <textarea
            id={bodyId}
            name="text"
            rows={2}
            defaultValue={values.text ?? ""}
            placeholder={t("page.promptPlaceholder")}
            aria-invalid={!!error("text")}
            aria-describedby={error("text") ? `${bodyId}-error` : undefined}
            className={areaClass}
          />
        </Field>
      ) : (
        <>
          <TextField
            id={`${kind}-${key}-name`}
            name="name"
            label={t("page.nameLabel")}
            placeholder={t("page.namePlaceholder")}
            defaultValue={values.name ?? ""}
            error={error("name")}
          />
          <Field id={bodyId} label={t("page.bodyLabel")} error={error("body")}>
            <textarea
              id={bodyId}
              name="body"
              rows={8}
              defaultValue={values.body ?? ""}
              aria-invalid={!!error("body")}
              aria-describedby={error("body") ? `${bodyId}-error` : undefined}
              className={`${areaClass} font-mono text-sm`}
            />
          </Field>
        </>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" disabled={pending}>
          {pending
            ? t("page.saving")
            : initial
              ? t("page.save")
              : t(kind === "prompt" ? "page.addPrompt" : "page.addTemplate")}
        </Button>
        {onCancel && (
          <Button type="button" size="sm" variant="ghost" onClick={onCancel}>
            {t("page.cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
