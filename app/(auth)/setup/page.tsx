import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { AuthForm } from "@/components/auth/auth-form";
import { Card } from "@/components/ui/card";
import { richTags } from "@/components/ui/rich-text";
import { userCount } from "@/lib/auth/accounts";
import { loadOrCreateSetupCode, SETUP_CODE_FILE, setupCodeMatches } from "@/lib/config/setup-code";
import { env } from "@/lib/env";
import { MIN_PASSWORD_LENGTH } from "@/lib/validations/auth";
import { signUpAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.setup"))("title") };
}

type Props = { searchParams: Promise<{ code?: string | string[] }> };

// The first account, made with the link `npm start` printed (lib/config/setup-code.ts).
export default async function SetupPage({ searchParams }: Props) {
  if ((await userCount()) > 0) redirect("/sign-in");
  const { code } = await searchParams;
  // Made here too when the server was started some other way than `npm start`, so that it can be read from the file.
  loadOrCreateSetupCode(env.dataDir);
  const t = await getTranslations("auth.setup");
  if (typeof code !== "string" || !setupCodeMatches(env.dataDir, code)) {
    return (
      <Card>
        <h1 className="mb-2 text-xl font-semibold">{t("title")}</h1>
        {code && <p className="mb-2 text-sm text-danger">{t("wrongLink")}</p>}
        <p className="text-sm text-muted" data-testid="setup-needs-code">
          {t.rich("needsCode", { ...richTags, file: SETUP_CODE_FILE })}
        </p>
      </Card>
    );
  }
  return (
    <Card>
      <h1 className="mb-1 text-xl font-semibold">{t("title")}</h1>
      <p className="mb-6 text-sm text-muted">{t("lead")}</p>
      <AuthForm mode="sign-up" action={signUpAction} minPasswordLength={MIN_PASSWORD_LENGTH} setupCode={code} />
    </Card>
  );
}
