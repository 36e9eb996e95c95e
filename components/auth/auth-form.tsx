"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { useBrowserTimeZone } from "@/components/ui/use-browser-time-zone";
import type { AuthFormState } from "@/app/(auth)/actions";

type Props = {
  mode: "sign-in" | "sign-up";
  action: (state: AuthFormState, formData: FormData) => Promise<AuthFormState>;
  minPasswordLength: number;
  // Only on the first account's page (app/(auth)/setup).
  setupCode?: string;
};

export function AuthForm({ mode, action, minPasswordLength, setupCode }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const timeZone = useBrowserTimeZone() ?? "UTC";
  const error = (field: "name" | "email" | "password") => state.fieldErrors?.[field]?.[0];

  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.message && <FormMessage>{state.message}</FormMessage>}
      {mode === "sign-up" && (
        <TextField
          id="name"
          label="Name (optional)"
          error={error("name")}
          name="name"
          autoComplete="name"
          defaultValue={state.values?.name}
        />
      )}
      <TextField
        id="email"
        label="Email"
        error={error("email")}
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
      />
      <TextField
        id="password"
        label="Password"
        hint={mode === "sign-up" ? `At least ${minPasswordLength} characters.` : undefined}
        error={error("password")}
        name="password"
        type="password"
        autoComplete={mode === "sign-up" ? "new-password" : "current-password"}
        required
      />
      {mode === "sign-up" && <input type="hidden" name="timeZone" value={timeZone} />}
      {setupCode && <input type="hidden" name="setupCode" value={setupCode} />}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "One moment…" : mode === "sign-up" ? "Create account" : "Sign in"}
      </Button>
    </form>
  );
}
