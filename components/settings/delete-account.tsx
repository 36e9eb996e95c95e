"use client";

// Deleting one's own account: the password, then a dialog that says what goes, then the action. On success this
// browser's drafts go too and the page leaves for the sign-in page, loaded afresh (nothing of the user kept in memory).
import { useTranslations } from "next-intl";
import { useState } from "react";
import { clearUserDrafts } from "@/components/editor/draft-store";
import { forgetOffline } from "@/components/pwa/forget-offline";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import type { ActionResult } from "@/lib/server/action";

type Props = {
  userId: string;
  email: string;
  entryCount: number;
  action: (input: { password: string }) => Promise<ActionResult>;
};

export function DeleteAccount({ userId, email, entryCount, action }: Props) {
  const [password, setPassword] = useState("");
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const t = useTranslations("settings.delete");

  async function confirm() {
    setBusy(true);
    // Before the action, whose answer leaves the page at once (if it refuses, the next page installs them again).
    await forgetOffline(userId);
    const result = await action({ password }).catch(() => ({
      ok: false as const,
      error: t("unreachable"),
    }));
    if (!result.ok) {
      setBusy(false);
      setAsking(false);
      setError(result.error);
      return;
    }
    clearUserDrafts(userId);
    window.location.replace("/sign-in?deleted=1");
  }

  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setError(password ? null : t("passwordMissing"));
        if (password) setAsking(true);
      }}
    >
      {error && <FormMessage>{error}</FormMessage>}
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <TextField
        id="deletePassword"
        label={t("password")}
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        required
      />
      <Button type="submit" variant="danger">
        {t("submit")}
      </Button>
      <ConfirmDialog
        open={asking}
        onOpenChange={(open) => !busy && setAsking(open)}
        title={t("confirmTitle")}
        cancel={t("keep")}
        confirm={busy ? t("deleting") : t("confirm")}
        onConfirm={() => void confirm()}
        busy={busy}
      >
        <p>{t("what", { email, count: entryCount })}</p>
        <p>{t("copyFirst")}</p>
      </ConfirmDialog>
    </form>
  );
}
