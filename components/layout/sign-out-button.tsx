"use client";

// Signing out at a shared computer leaves nothing behind: the user's drafts are saved first (or, if they cannot
// be, the user chooses to stay or discard them), the server ends the session, then this browser's copies of the
// user's drafts are deleted and the page is loaded afresh, which drops every page Next kept in memory.
import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useState } from "react";
import { clearUserDrafts } from "@/components/editor/draft-store";
import { saveStoredDrafts } from "@/components/editor/save-drafts";
import { Button } from "@/components/ui/button";
import { formatDay } from "@/lib/dates";
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

  async function finish() {
    setBusy(true);
    const result = await action().catch(() => ({ ok: false as const, error: "Couldn't reach the server." }));
    if (!result.ok) {
      setError(`${result.error} You are still signed in.`);
      setBusy(false);
      return;
    }
    clearUserDrafts(userId);
    window.location.replace("/sign-in");
  }

  async function start() {
    setBusy(true);
    setError(null);
    const left = await saveStoredDrafts(userId);
    setBusy(false);
    if (left.length > 0) setUnsaved(left);
    else await finish();
  }

  return (
    <>
      <Button variant={variant} size="sm" onClick={() => void start()} disabled={busy}>
        {busy ? "Signing out…" : label}
      </Button>
      {error && (
        <span role="status" className="text-xs text-danger">
          {error}
        </span>
      )}
      <AlertDialog.Root open={unsaved.length > 0} onOpenChange={(open) => !open && setUnsaved([])}>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="fixed inset-0 bg-black/40" />
          <AlertDialog.Content className="fixed top-1/2 left-1/2 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg border border-line bg-card p-6 text-ink shadow-xl">
            <AlertDialog.Title className="text-lg font-semibold">Unsaved writing</AlertDialog.Title>
            <AlertDialog.Description className="mt-2 text-sm text-muted">
              What you wrote for {unsaved.map((day) => formatDay(day)).join(", ")} could not be saved to the server.
              Signing out deletes it from this browser.
            </AlertDialog.Description>
            <div className="mt-6 flex justify-end gap-2">
              <AlertDialog.Cancel asChild>
                <Button variant="secondary">Stay signed in</Button>
              </AlertDialog.Cancel>
              <AlertDialog.Action asChild>
                <Button variant="danger" onClick={() => void finish()}>
                  Discard and sign out
                </Button>
              </AlertDialog.Action>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
    </>
  );
}
