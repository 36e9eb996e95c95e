import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthForm } from "@/components/auth/auth-form";
import { Card } from "@/components/ui/card";
import { signUpAllowed, userCount } from "@/lib/auth/accounts";
import { currentUser } from "@/lib/auth/session";
import { MIN_PASSWORD_LENGTH } from "@/lib/validations/auth";
import { signInAction } from "../actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await currentUser()) redirect("/journal");
  // A fresh install has nobody to sign in as: start with creating the first (admin) account.
  if ((await userCount()) === 0) redirect("/setup");
  const canSignUp = await signUpAllowed();
  return (
    <Card>
      <h1 className="mb-1 text-xl font-semibold">Welcome back</h1>
      <p className="mb-6 text-sm text-muted">Sign in to your journal.</p>
      <AuthForm mode="sign-in" action={signInAction} minPasswordLength={MIN_PASSWORD_LENGTH} />
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
