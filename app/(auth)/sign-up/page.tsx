import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthForm } from "@/components/auth/auth-form";
import { Card } from "@/components/ui/card";
import { signUpAllowed, userCount } from "@/lib/auth/accounts";
import { currentUser } from "@/lib/auth/session";
import { MIN_PASSWORD_LENGTH } from "@/lib/validations/auth";
import { signUpAction } from "../actions";

export const metadata: Metadata = { title: "Create account" };

export default async function SignUpPage() {
  if (await currentUser()) redirect("/journal");
  // The first account is made only with the setup link (app/(auth)/setup).
  if ((await userCount()) === 0) redirect("/setup");
  if (!(await signUpAllowed())) {
    return (
      <Card>
        <h1 className="mb-2 text-xl font-semibold">Sign-up is closed</h1>
        <p className="text-sm text-muted">
          This server only has accounts its admin created. Ask them to add one for you, or{" "}
          <Link href="/sign-in" className="text-accent underline">
            sign in
          </Link>
          .
        </p>
      </Card>
    );
  }
  return (
    <Card>
      <h1 className="mb-1 text-xl font-semibold">Create your account</h1>
      <p className="mb-6 text-sm text-muted">Your entries stay on this server and are visible only to you.</p>
      <AuthForm mode="sign-up" action={signUpAction} minPasswordLength={MIN_PASSWORD_LENGTH} />
      <p className="mt-6 text-sm text-muted">
        Already have an account?{" "}
        <Link href="/sign-in" className="text-accent underline">
          Sign in
        </Link>
      </p>
    </Card>
  );
}
