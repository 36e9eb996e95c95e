"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessages } from "@/components/ui/form-message";
import { useForm } from "@/components/ui/use-form";
import type { FormAction } from "@/lib/server/action";

type Props = { action: FormAction<"summaryEmail">; initial: boolean };

export function SummaryEmailForm({ action, initial }: Props) {
  const { state, formAction, pending } = useForm(action);
  const t = useTranslations("settings.summaries");
  // After an answer, the box as it was sent; before, as stored.
  const on = state.values ? state.values.summaryEmail === "on" : initial;
  return (
    <form action={formAction} className="space-y-3">
      <FormMessages state={state} />
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          name="summaryEmail"
          value="on"
          defaultChecked={on}
          className="mt-0.5 size-4 accent-[var(--color-accent)]"
        />
        <span>{t("checkbox")}</span>
      </label>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
