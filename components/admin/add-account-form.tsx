"use client";

import { useActionState } from "react";
import type { AddAccountState } from "@/app/(app)/admin/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";

type Props = {
  action: (state: AddAccountState, formData: FormData) => Promise<AddAccountState>;
  minPasswordLength: number;
};

export function AddAccountForm({ action, minPasswordLength }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const error = (field: "name" | "email" | "password") => state.fieldErrors?.[field]?.[0];
  const described = (field: "email" | "password", hint?: boolean) =>
    error(field) ? `new-${field}-error` : hint ? `new-${field}-hint` : undefined;

  return (
    <form action={formAction} className="space-y-4" noValidate data-testid="add-account-form">
      {state.created && (
        <FormMessage tone="ok">
          Account created for {state.created} — give them the password you chose; they can change it in Settings.
        </FormMessage>
      )}
      {state.message && <FormMessage>{state.message}</FormMessage>}
      <Field id="new-email" label="Email" error={error("email")}>
        <Input
          id="new-email"
          name="email"
          type="email"
          autoComplete="off"
          required
          defaultValue={state.values?.email}
          aria-invalid={!!error("email")}
          aria-describedby={described("email")}
        />
      </Field>
      <Field id="new-name" label="Name (optional)" error={error("name")}>
        <Input id="new-name" name="name" autoComplete="off" defaultValue={state.values?.name} />
      </Field>
      <Field
        id="new-password"
        label="Initial password"
        hint={`At least ${minPasswordLength} characters. You will need to pass it on, so it stays visible.`}
        error={error("password")}
      >
        {/* Plain text and no autocomplete: this is someone else's password, not one for the browser to save. */}
        <Input
          id="new-password"
          name="password"
          type="text"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="none"
          required
          aria-invalid={!!error("password")}
          aria-describedby={described("password", true)}
        />
      </Field>
      <Button type="submit" className="w-full sm:w-auto" disabled={pending}>
        {pending ? "Creating…" : "Add account"}
      </Button>
    </form>
  );
}
