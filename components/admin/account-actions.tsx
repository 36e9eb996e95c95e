"use client";

// What the admin can do to another account, one row of the account list: disable or enable it, make it an admin or
// a user, make a one-time password link (shown here once, to pass on), or delete it after a confirmation.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { Role } from "@/lib/auth/accounts";
import type { ActionResult } from "@/lib/server/action";

export type AccountActionsProps = {
  account: { id: string; email: string; role: Role; disabled: boolean; entryCount: number };
  setDisabled: (input: { userId: string; disabled: boolean }) => Promise<ActionResult>;
  setRole: (input: { userId: string; role: Role }) => Promise<ActionResult>;
  remove: (input: { userId: string }) => Promise<ActionResult>;
  resetLink: (input: { userId: string }) => Promise<ActionResult<{ link: string; hours: number }>>;
};

export function AccountActions({ account, setDisabled, setRole, remove, resetLink }: AccountActionsProps) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState<{ link: string; hours: number } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const userId = account.id;
  const t = useTranslations("admin.actions");

  async function run<T extends object>(call: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
    setBusy(true);
    setError(null);
    const result = await call().catch(() => ({ ok: false as const, error: t("unreachable") }));
    setBusy(false);
    if (!result.ok) setError(result.error);
    else router.refresh();
    return result;
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button
          size="sm"
          variant="secondary"
          disabled={busy}
          onClick={() => void run(() => setDisabled({ userId, disabled: !account.disabled }))}
        >
          {account.disabled ? t("enable") : t("disable")}
        </Button>
        <Button
          size="sm"
          variant="secondary"
          disabled={busy}
          onClick={() => void run(() => setRole({ userId, role: account.role === "admin" ? "user" : "admin" }))}
        >
          {account.role === "admin" ? t("makeUser") : t("makeAdmin")}
        </Button>
        <Button
          size="sm"
          variant="secondary"
          disabled={busy}
          onClick={() =>
            void run(() => resetLink({ userId })).then((result) => result.ok && "link" in result && setLink(result))
          }
        >
          {t("passwordLink")}
        </Button>
        <Button size="sm" variant="danger" disabled={busy} onClick={() => setConfirming(true)}>
          {t("delete")}
        </Button>
      </div>
      {error && (
        <p role="status" className="text-xs text-danger">
          {error}
        </p>
      )}
      {link && (
        <div className="space-y-1" data-testid="reset-link">
          <label htmlFor={`link-${userId}`} className="text-xs text-muted">
            {t("linkLabel", { email: account.email, hours: link.hours })}
          </label>
          <input
            id={`link-${userId}`}
            readOnly
            value={link.link}
            onFocus={(event) => event.target.select()}
            className="w-full rounded-md border border-line bg-paper px-2 py-1 font-mono text-xs"
          />
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        onOpenChange={(open) => !busy && setConfirming(open)}
        title={t("deleteTitle", { email: account.email })}
        cancel={t("keep")}
        confirm={busy ? t("deleting") : t("deleteEverything")}
        busy={busy}
        onConfirm={() => void run(() => remove({ userId })).then(() => setConfirming(false))}
      >
        <p>{t("deleteText", { count: account.entryCount })}</p>
      </ConfirmDialog>
    </div>
  );
}
