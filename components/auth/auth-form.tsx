"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessages } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { useBrowserTimeZone } from "@/components/ui/use-browser";
import { useForm } from "@/components/ui/use-form";
import type { FormAction } from "@/lib/server/action";

type Props = {
  mode: "sign-in" | "sign-up";
  action: FormAction<"name" | "email" | "password">;
  minPasswordLength: number;
  // Only on the first account's page (app/(auth)/setup).
  setupCode?: string;
};

export function AuthForm({ mode, action, minPasswordLength, setupCode }: Props) {
  const { state, formAction, pending, fieldError } = useForm(action);
  const timeZone = useBrowserTimeZone() ?? "UTC";
  const t = useTranslations("auth.form");

  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessages state={state} />
      {mode === "sign-up" && (
        <TextField
          id="name"
          label={t("name")}
          error={fieldError("name")}
          name="name"
          autoComplete="name"
          defaultValue={state.values?.name}
        />
      )}
      <TextField
        id="email"
        label={t("email")}
        error={fieldError("email")}
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
      />
      <TextField
        id="password"
        label={t("password")}
        hint={mode === "sign-up" ? t("passwordHint", { min: minPasswordLength }) : undefined}
        error={fieldError("password")}
        name="password"
        type="password"
        autoComplete={mode === "sign-up" ? "new-password" : "current-password"}
        required
      />
      {mode === "sign-up" && <input type="hidden" name="timeZone" value={timeZone} />}
      {setupCode && <input type="hidden" name="setupCode" value={setupCode} />}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("pending") : mode === "sign-up" ? t("createAccount") : t("signIn")}
      </Button>
    </form>
  );
}
