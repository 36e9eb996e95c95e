"use client";

import { useActionState } from "react";
import { changePasswordAction, type PasswordFormState } from "@/app/(app)/settings/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";

export function PasswordForm({ email, minPasswordLength }: { email: string; minPasswordLength: number }) {
  const [state, formAction, pending] = useActionState<PasswordFormState, FormData>(changePasswordAction, {});
  const error = (field: "currentPassword" | "newPassword") => state.fieldErrors?.[field]?.[0];

  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.saved && <FormMessage tone="ok">Password changed. Use the new one the next time you sign in.</FormMessage>}
      {/* Tells password managers which account the new password belongs to. */}
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <Field id="currentPassword" label="Current password" error={error("currentPassword")}>
        <Input
          id="currentPassword"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={!!error("currentPassword")}
          aria-describedby={error("currentPassword") ? "currentPassword-error" : undefined}
        />
      </Field>
      <Field
        id="newPassword"
        label="New password"
        hint={`At least ${minPasswordLength} characters.`}
        error={error("newPassword")}
      >
        <Input
          id="newPassword"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          aria-invalid={!!error("newPassword")}
          aria-describedby={error("newPassword") ? "newPassword-error" : "newPassword-hint"}
        />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
