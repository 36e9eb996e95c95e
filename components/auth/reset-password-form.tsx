"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessages } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { useForm } from "@/components/ui/use-form";
import type { FormAction } from "@/lib/server/action";

type Props = {
  action: FormAction<"token" | "password">;
  token: string;
  email: string;
  minPasswordLength: number;
};

export function ResetPasswordForm({ action, token, email, minPasswordLength }: Props) {
  const { state, formAction, pending, fieldError } = useForm(action);
  const t = useTranslations("auth");

  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessages state={state} />
      <input type="hidden" name="token" value={token} />
      {/* Tells password managers which account the new password belongs to. */}
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <TextField
        id="password"
        label={t("reset.newPassword")}
        hint={t("form.passwordHint", { min: minPasswordLength })}
        error={fieldError("password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("reset.saving") : t("reset.submit")}
      </Button>
    </form>
  );
}
