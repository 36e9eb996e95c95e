import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthForm } from "@/components/auth/auth-form";
import { Card } from "@/components/ui/card";
import { signUpAllowed, userCount } from "@/lib/auth/accounts";
import { currentUser } from "@/lib/auth/session";
import { MIN_PASSWORD_LENGTH } from "@/lib/validations/auth";
import { signUpAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signUp"))("title") };
}

const signInLink = (chunks: React.ReactNode) => (
  <Link href="/sign-in" className="text-accent underline">
    {chunks}
  </Link>
);

export default async function SignUpPage() {
  if (await currentUser()) redirect("/journal");
  // The first account is made only with the setup link (app/(auth)/setup).
  if ((await userCount()) === 0) redirect("/setup");
  const t = await getTranslations("auth.signUp");
  if (!(await signUpAllowed())) {
    return (
      <Card>
        <h1 className="mb-2 text-xl font-semibold">{t("closedHeading")}</h1>
        <p className="text-sm text-muted">{t.rich("closedText", { link: signInLink })}</p>
      </Card>
    );
  }
  return (
    <Card>
      <h1 className="mb-1 text-xl font-semibold">{t("heading")}</h1>
      <p className="mb-6 text-sm text-muted">{t("lead")}</p>
      <AuthForm mode="sign-up" action={signUpAction} minPasswordLength={MIN_PASSWORD_LENGTH} />
      <p className="mt-6 text-sm text-muted">{t.rich("haveAccount", { link: signInLink })}</p>
    </Card>
  );
}
