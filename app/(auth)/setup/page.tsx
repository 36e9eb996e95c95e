import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthForm } from "@/components/auth/auth-form";
import { Card } from "@/components/ui/card";
import { userCount } from "@/lib/auth/accounts";
import { loadOrCreateSetupCode, SETUP_CODE_FILE, setupCodeMatches } from "@/lib/config/setup-code";
import { env } from "@/lib/env";
import { MIN_PASSWORD_LENGTH } from "@/lib/validations/auth";
import { signUpAction } from "../actions";

export const metadata: Metadata = { title: "Set up your journal" };

type Props = { searchParams: Promise<{ code?: string | string[] }> };

// The first account, made with the link `npm start` printed (lib/config/setup-code.ts).
export default async function SetupPage({ searchParams }: Props) {
  if ((await userCount()) > 0) redirect("/sign-in");
  const { code } = await searchParams;
  // Made here too when the server was started some other way than `npm start`, so that it can be read from the file.
  loadOrCreateSetupCode(env.dataDir);
  if (typeof code !== "string" || !setupCodeMatches(env.dataDir, code)) {
    return (
      <Card>
        <h1 className="mb-2 text-xl font-semibold">Set up your journal</h1>
        {code && <p className="mb-2 text-sm text-danger">That setup link is not right, or was already used.</p>}
        <p className="text-sm text-muted" data-testid="setup-needs-code">
          This server has no account yet. The first account becomes its admin, so it is made with the setup link that{" "}
          <code className="rounded bg-accent-soft px-1">npm start</code> printed when it started, like{" "}
          <code className="rounded bg-accent-soft px-1">http://localhost:3000/setup?code=…</code>. The code is also in
          the file <code className="rounded bg-accent-soft px-1">{SETUP_CODE_FILE}</code> in the data folder.
        </p>
      </Card>
    );
  }
  return (
    <Card>
      <h1 className="mb-1 text-xl font-semibold">Set up your journal</h1>
      <p className="mb-6 text-sm text-muted">This is the first account on this server, so it will also be the admin.</p>
      <AuthForm mode="sign-up" action={signUpAction} minPasswordLength={MIN_PASSWORD_LENGTH} setupCode={code} />
    </Card>
  );
}
