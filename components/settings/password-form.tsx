"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage, FormMessages } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { useForm } from "@/components/ui/use-form";
import type { FormAction } from "@/lib/server/action";

type Props = {
  action: FormAction<"currentPassword" | "newPassword">;
  email: string;
  minPasswordLength: number;
  changed: boolean;
};

export function PasswordForm({ action, email, minPasswordLength, changed }: Props) {
  const { state, formAction, pending, fieldError } = useForm(action);
  const t = useTranslations("settings.password");

  return (
    <form action={formAction} className="space-y-4" noValidate>
      {changed && !state.fieldErrors && <FormMessage tone="ok">{t("changed")}</FormMessage>}
      <FormMessages state={state} />
      {/* Tells password managers which account the new password belongs to. */}
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <TextField
        id="currentPassword"
        label={t("current")}
        error={fieldError("currentPassword")}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
      />
      <TextField
        id="newPassword"
        label={t("new")}
        hint={t("hint", { min: minPasswordLength })}
        error={fieldError("newPassword")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? t("changing") : t("change")}
      </Button>
    </form>
  );
}
