import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountList } from "@/components/admin/account-list";
import { AddAccountForm } from "@/components/admin/add-account-form";
import { SignupMode } from "@/components/admin/signup-mode";
import { Card } from "@/components/ui/card";
import { listAccounts } from "@/lib/auth/accounts";
import { requireAdmin } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { MIN_PASSWORD_LENGTH } from "@/lib/validations/auth";
import {
  addAccountAction,
  deleteAccountAsAdminAction,
  resetLinkAction,
  setDisabledAction,
  setRoleAction,
} from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminPage() {
  const admin = await requireAdmin();
  const accounts = await listAccounts(admin.id);
  const t = await getTranslations("admin");

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="min-w-0 space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="font-serif text-3xl">{t("accounts")}</h1>
          <p className="text-sm text-muted">{t("count", { count: accounts.length })}</p>
        </div>
        <SignupMode mode={env.signup} />
        <AccountList
          accounts={accounts}
          selfId={admin.id}
          timeZone={admin.timeZone}
          actions={{
            setDisabled: setDisabledAction,
            setRole: setRoleAction,
            remove: deleteAccountAsAdminAction,
            resetLink: resetLinkAction,
          }}
        />
      </div>
      <Card className="h-fit">
        <h2 className="mb-1 text-lg font-semibold">{t("addHeading")}</h2>
        <p className="mb-4 text-sm text-muted">{t("addLead")}</p>
        <AddAccountForm action={addAccountAction} minPasswordLength={MIN_PASSWORD_LENGTH} />
      </Card>
    </div>
  );
}
