"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessages } from "@/components/ui/form-message";
import { useForm } from "@/components/ui/use-form";
import type { FormAction } from "@/lib/server/action";

// The single sign-on button (OIDC_* set): the action sends the browser on to the identity provider.
export function OidcSignIn({ action, name }: { action: FormAction<never>; name: string }) {
  const { state, formAction, pending } = useForm(action);
  const t = useTranslations("auth.form");
  return (
    <form action={formAction} className="space-y-3">
      <FormMessages state={state} />
      <Button type="submit" variant="secondary" className="w-full" disabled={pending}>
        {pending ? t("oidcPending") : t("oidcContinue", { name })}
      </Button>
    </form>
  );
}
