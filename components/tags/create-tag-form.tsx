"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessages } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import type { FormAction } from "@/lib/server/action";
import { useTagForm } from "./use-tag-form";

export function CreateTagForm({ action }: { action: FormAction<"name"> }) {
  const t = useTranslations("tags");
  const { state, formAction, pending, fieldError } = useTagForm(action);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessages state={state} />
      <TextField
        id="new-tag"
        name="name"
        label={t("newLabel")}
        hint={t("newHint")}
        error={fieldError("name")}
        defaultValue={state.values?.name ?? ""}
        key={state.done}
        maxLength={40}
      />
      <Button type="submit" disabled={pending}>
        {t("create")}
      </Button>
    </form>
  );
}
