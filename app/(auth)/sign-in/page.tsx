import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthForm } from "@/components/auth/auth-form";
import { OidcSignIn } from "@/components/auth/oidc-sign-in";
import { Card } from "@/components/ui/card";
import { localized } from "@/i18n/user-message";
import { FormMessage } from "@/components/ui/form-message";
import { signUpAllowed, userCount } from "@/lib/auth/accounts";
import { OIDC_REFUSALS, type OidcRefusal } from "@/lib/auth/oidc-accounts";
import { currentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { errorTranslator } from "@/lib/server/localize";
import { MIN_PASSWORD_LENGTH } from "@/lib/validations/auth";
import { oidcSignInAction, signInAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signIn"))("title") };
}

type Props = { searchParams: Promise<{ error?: string; reset?: string; deleted?: string }> };

// Why the last sign-in did not happen, from Auth.js's ?error= (a refused single sign-on says which rule refused it).
async function refusal(error: string | undefined): Promise<string | null> {
  if (!error) return null;
  const reason = error.startsWith("oidc-") ? error.slice(5) : null;
  if (reason && reason in OIDC_REFUSALS)
    return localized(OIDC_REFUSALS[reason as OidcRefusal], await errorTranslator());
  return (await getTranslations("auth.signIn"))("failed");
}

export default async function SignInPage({ searchParams }: Props) {
  if (await currentUser()) redirect("/journal");
  // A fresh install has nobody to sign in as: start with creating the first (admin) account.
  if ((await userCount()) === 0) redirect("/setup");
  const canSignUp = await signUpAllowed();
  const query = await searchParams;
  const problem = await refusal(query.error);
  const t = await getTranslations("auth.signIn");
  return (
    <Card>
      <h1 className="mb-1 text-xl font-semibold">{t("heading")}</h1>
      <p className="mb-6 text-sm text-muted">{t("lead")}</p>
      <div className="mb-4 space-y-3 empty:hidden">
        {problem && <FormMessage>{problem}</FormMessage>}
        {query.reset === "done" && <FormMessage tone="ok">{t("resetDone")}</FormMessage>}
        {query.deleted === "1" && <FormMessage tone="ok">{t("deleted")}</FormMessage>}
      </div>
      <AuthForm mode="sign-in" action={signInAction} minPasswordLength={MIN_PASSWORD_LENGTH} />
      {env.oidc && (
        <div className="mt-6 border-t border-line pt-6">
          <OidcSignIn action={oidcSignInAction} name={env.oidc.name} />
        </div>
      )}
      {canSignUp && (
        <p className="mt-6 text-sm text-muted">
          {t.rich("newHere", {
            link: (chunks) => (
              <Link href="/sign-up" className="text-accent underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
    </Card>
  );
}
