"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessages } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { useForm } from "@/components/ui/use-form";
import type { FormAction } from "@/lib/server/action";

type Props = { action: FormAction<"name" | "email" | "password">; minPasswordLength: number };

export function AddAccountForm({ action, minPasswordLength }: Props) {
  const { state, formAction, pending, fieldError } = useForm(action);
  const t = useTranslations("admin.form");

  return (
    <form action={formAction} className="space-y-4" noValidate data-testid="add-account-form">
      <FormMessages state={state} />
      <TextField
        id="new-email"
        label={t("email")}
        error={fieldError("email")}
        name="email"
        type="email"
        autoComplete="off"
        required
        defaultValue={state.values?.email}
      />
      <TextField
        id="new-name"
        label={t("name")}
        error={fieldError("name")}
        name="name"
        autoComplete="off"
        defaultValue={state.values?.name}
      />
      {/* Plain text and no autocomplete: this is someone else's password, not one for the browser to save. */}
      <TextField
        id="new-password"
        label={t("password")}
        hint={t("passwordHint", { min: minPasswordLength })}
        error={fieldError("password")}
        name="password"
        type="text"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="none"
        required
      />
      <Button type="submit" className="w-full sm:w-auto" disabled={pending}>
        {pending ? t("creating") : t("add")}
      </Button>
    </form>
  );
}
