import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Card } from "@/components/ui/card";
import { passwordResetFor } from "@/lib/auth/password-reset";
import { MIN_PASSWORD_LENGTH } from "@/lib/validations/auth";
import { resetPasswordAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.reset"))("title") };
}

type Props = { params: Promise<{ token: string }> };

export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  const reset = await passwordResetFor(token);
  const t = await getTranslations("auth.reset");
  if (!reset) {
    return (
      <Card>
        <h1 className="mb-1 text-xl font-semibold">{t("expiredHeading")}</h1>
        <p className="text-sm text-muted">
          {t.rich("expiredText", {
            link: (chunks) => (
              <Link href="/sign-in" className="text-accent underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </Card>
    );
  }
  return (
    <Card>
      <h1 className="mb-1 text-xl font-semibold">{t("title")}</h1>
      <p className="mb-6 text-sm text-muted">{t("lead", { email: reset.email })}</p>
      <ResetPasswordForm
        action={resetPasswordAction}
        token={token}
        email={reset.email}
        minPasswordLength={MIN_PASSWORD_LENGTH}
      />
    </Card>
  );
}
