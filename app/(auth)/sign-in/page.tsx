import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthForm } from "@/components/auth/auth-form";
import { OidcSignIn } from "@/components/auth/oidc-sign-in";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { signUpAllowed, userCount } from "@/lib/auth/accounts";
import { OIDC_REFUSALS, type OidcRefusal } from "@/lib/auth/oidc-accounts";
import { currentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { MIN_PASSWORD_LENGTH } from "@/lib/validations/auth";
import { oidcSignInAction, signInAction } from "../actions";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ error?: string; reset?: string; deleted?: string }> };

// Why the last sign-in did not happen, from Auth.js's ?error= (a refused single sign-on says which rule refused it).
function refusal(error: string | undefined): string | null {
  if (!error) return null;
  const reason = error.startsWith("oidc-") ? error.slice(5) : null;
  if (reason && reason in OIDC_REFUSALS) return OIDC_REFUSALS[reason as OidcRefusal];
  return "The sign-in did not work. Try again, or sign in with your password.";
}

export default async function SignInPage({ searchParams }: Props) {
  if (await currentUser()) redirect("/journal");
  // A fresh install has nobody to sign in as: start with creating the first (admin) account.
  if ((await userCount()) === 0) redirect("/setup");
  const canSignUp = await signUpAllowed();
  const query = await searchParams;
  const problem = refusal(query.error);
  return (
    <Card>
      <h1 className="mb-1 text-xl font-semibold">Welcome back</h1>
      <p className="mb-6 text-sm text-muted">Sign in to your journal.</p>
      <div className="mb-4 space-y-3 empty:hidden">
        {problem && <FormMessage>{problem}</FormMessage>}
        {query.reset === "done" && <FormMessage tone="ok">Password set. Sign in with it.</FormMessage>}
        {query.deleted === "1" && <FormMessage tone="ok">Your account and everything in it were deleted.</FormMessage>}
      </div>
      <AuthForm mode="sign-in" action={signInAction} minPasswordLength={MIN_PASSWORD_LENGTH} />
      {env.oidc && (
        <div className="mt-6 border-t border-line pt-6">
          <OidcSignIn action={oidcSignInAction} name={env.oidc.name} />
        </div>
      )}
      {canSignUp && (
        <p className="mt-6 text-sm text-muted">
          New here?{" "}
          <Link href="/sign-up" className="text-accent underline">
            Create an account
          </Link>
        </p>
      )}
    </Card>
  );
}
