import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Card } from "@/components/ui/card";
import { passwordResetFor } from "@/lib/auth/password-reset";
import { MIN_PASSWORD_LENGTH } from "@/lib/validations/auth";
import { resetPasswordAction } from "../../actions";

export const metadata: Metadata = { title: "Choose a new password" };

type Props = { params: Promise<{ token: string }> };

export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  const reset = await passwordResetFor(token);
  if (!reset) {
    return (
      <Card>
        <h1 className="mb-1 text-xl font-semibold">This link no longer works</h1>
        <p className="text-sm text-muted">
          A password link works once, for a day. Ask the server&apos;s admin for a new one, or{" "}
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
      <h1 className="mb-1 text-xl font-semibold">Choose a new password</h1>
      <p className="mb-6 text-sm text-muted">
        For {reset.email}. Every device signed in to this account is signed out.
      </p>
      <ResetPasswordForm
        action={resetPasswordAction}
        token={token}
        email={reset.email}
        minPasswordLength={MIN_PASSWORD_LENGTH}
      />
    </Card>
  );
}
