"use client";

import { useActionState } from "react";
import { changePasswordAction, type PasswordFormState } from "@/app/(app)/settings/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";

type Props = { email: string; minPasswordLength: number; changed: boolean };

export function PasswordForm({ email, minPasswordLength, changed }: Props) {
  const [state, formAction, pending] = useActionState<PasswordFormState, FormData>(changePasswordAction, {});
  const error = (field: "currentPassword" | "newPassword") => state.fieldErrors?.[field]?.[0];

  return (
    <form action={formAction} className="space-y-4" noValidate>
      {changed && !state.fieldErrors && (
        <FormMessage tone="ok">
          Password changed. You stay signed in here; anywhere else you are signed out.
        </FormMessage>
      )}
      {state.message && <FormMessage>{state.message}</FormMessage>}
      {/* Tells password managers which account the new password belongs to. */}
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <TextField
        id="currentPassword"
        label="Current password"
        error={error("currentPassword")}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
      />
      <TextField
        id="newPassword"
        label="New password"
        hint={`At least ${minPasswordLength} characters.`}
        error={error("newPassword")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
