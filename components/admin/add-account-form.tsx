"use client";

import { useActionState } from "react";
import type { AddAccountState } from "@/app/(app)/admin/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";

type Props = {
  action: (state: AddAccountState, formData: FormData) => Promise<AddAccountState>;
  minPasswordLength: number;
};

export function AddAccountForm({ action, minPasswordLength }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const error = (field: "name" | "email" | "password") => state.fieldErrors?.[field]?.[0];

  return (
    <form action={formAction} className="space-y-4" noValidate data-testid="add-account-form">
      {state.created && (
        <FormMessage tone="ok">
          Account created for {state.created} — give them the password you chose; they can change it in Settings.
        </FormMessage>
      )}
      {state.message && <FormMessage>{state.message}</FormMessage>}
      <TextField
        id="new-email"
        label="Email"
        error={error("email")}
        name="email"
        type="email"
        autoComplete="off"
        required
        defaultValue={state.values?.email}
      />
      <TextField
        id="new-name"
        label="Name (optional)"
        error={error("name")}
        name="name"
        autoComplete="off"
        defaultValue={state.values?.name}
      />
      {/* Plain text and no autocomplete: this is someone else's password, not one for the browser to save. */}
      <TextField
        id="new-password"
        label="Initial password"
        hint={`At least ${minPasswordLength} characters. You will need to pass it on, so it stays visible.`}
        error={error("password")}
        name="password"
        type="text"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="none"
        required
      />
      <Button type="submit" className="w-full sm:w-auto" disabled={pending}>
        {pending ? "Creating…" : "Add account"}
      </Button>
    </form>
  );
}
