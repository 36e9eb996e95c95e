"use client";

// Signing out at a shared computer leaves nothing behind: the user's drafts are saved first (or, if they cannot
// be, the user chooses to stay or discard them), the server ends the session, then this browser's copies of the
// user's drafts are deleted and the page is loaded afresh, which drops every page Next kept in memory. Text written
// in the offline shell is placed into drafts first (so it is saved like them), and what the installed app kept
// (its caches, its service worker, this browser's reminder push) goes with the drafts.
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { clearUserDrafts } from "@/components/editor/draft-store";
import { saveStoredDrafts } from "@/components/editor/save-drafts";
import { forgetOffline } from "@/components/pwa/forget-offline";
import { placeOfflineDrafts } from "@/components/pwa/offline-drafts";
import { turnPushOff } from "@/components/reminders/push-subscription";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { dayDate } from "@/i18n/formats";
import type { ActionResult } from "@/lib/server/action";

type Props = {
  userId: string;
  action: () => Promise<ActionResult>;
  label: string;
  variant?: "ghost" | "secondary";
};

export function SignOutButton({ userId, action, label, variant = "ghost" }: Props) {
  const [unsaved, setUnsaved] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const t = useTranslations("nav");
  const format = useFormatter();

  async function finish() {
    setBusy(true);
    // While the session still stands, so the server forgets this browser's reminder push; and before the action,
    // whose answer moves the page to sign-in at once, so nothing runs between that and the fresh load below.
    await turnPushOff().catch(() => undefined);
    await forgetOffline(userId);
    const result = await action().catch(() => ({ ok: false as const, error: t("unreachable") }));
    if (!result.ok) {
      setError(t("stillSignedIn", { error: result.error }));
      setBusy(false);
      return;
    }
    clearUserDrafts(userId);
    window.location.replace("/sign-in");
  }

  async function start() {
    setBusy(true);
    setError(null);
    const offline = await placeOfflineDrafts(userId);
    const left = [...new Set([...offline.left, ...(await saveStoredDrafts(userId))])];
    setBusy(false);
    if (left.length > 0) setUnsaved(left);
    else await finish();
  }

  return (
    <>
      <Button variant={variant} size="sm" onClick={() => void start()} disabled={busy}>
        {busy ? t("signingOut") : label}
      </Button>
      {error && (
        <span role="status" className="text-xs text-danger">
          {error}
        </span>
      )}
      <ConfirmDialog
        open={unsaved.length > 0}
        onOpenChange={(open) => !open && setUnsaved([])}
        title={t("unsavedTitle")}
        cancel={t("staySignedIn")}
        confirm={t("discardAndSignOut")}
        onConfirm={() => {
          setUnsaved([]);
          void finish();
        }}
      >
        <p>{t("unsavedText", { days: format.list(unsaved.map((day) => format.dateTime(dayDate(day), "day"))) })}</p>
      </ConfirmDialog>
    </>
  );
}
