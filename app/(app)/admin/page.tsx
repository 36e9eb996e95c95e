import type { Metadata } from "next";
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

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  const admin = await requireAdmin();
  const accounts = await listAccounts(admin.id);

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="min-w-0 space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="font-serif text-3xl">Accounts</h1>
          <p className="text-sm text-muted">
            {accounts.length} {accounts.length === 1 ? "account" : "accounts"} on this server
          </p>
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
        <h2 className="mb-1 text-lg font-semibold">Add account</h2>
        <p className="mb-4 text-sm text-muted">
          Choose a first password and pass it on; they can change it in Settings.
        </p>
        <AddAccountForm action={addAccountAction} minPasswordLength={MIN_PASSWORD_LENGTH} />
      </Card>
    </div>
  );
}
