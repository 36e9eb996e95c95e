"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { dayDate } from "@/i18n/formats";

export function DeleteEntry({ entryId, date, onDeleted }: { entryId: string; date: string; onDeleted: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = useTranslations("editor.delete");
  const format = useFormatter();

  async function remove(event: React.MouseEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(`/api/entries/${entryId}`, { method: "DELETE" });
      if (!response.ok && response.status !== 404) throw new Error(String(response.status));
      onDeleted();
    } catch {
      setError(t("failed"));
      setBusy(false);
    }
  }

  return (
    <AlertDialog.Root onOpenChange={() => setError(null)}>
      <AlertDialog.Trigger asChild>
        <Button variant="ghost" size="sm" className="text-danger">
          {t("button")}
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 bg-black/40" />
        <AlertDialog.Content className="fixed top-1/2 left-1/2 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg border border-line bg-card p-6 text-ink shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold">{t("title")}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-muted">
            {t("text", { day: format.dateTime(dayDate(date), "day") })}
          </AlertDialog.Description>
          {error && <p className="mt-3 text-sm text-danger">{error}</p>}
          <div className="mt-6 flex justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <Button variant="secondary">{t("keep")}</Button>
            </AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <Button variant="danger" onClick={(event) => void remove(event)} disabled={busy}>
                {busy ? t("deleting") : t("confirm")}
              </Button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
