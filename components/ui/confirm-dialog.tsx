"use client";

// A question that must be answered before something that cannot be undone (Radix's alert dialog: focus stays in it,
// Escape or the cancel button says no). Used by signing out with unsaved drafts and by deleting accounts.
import * as AlertDialog from "@radix-ui/react-alert-dialog";
import type { ReactNode } from "react";
import { Button } from "./button";

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  children: ReactNode;
  cancel: string;
  confirm: string;
  onConfirm: () => void;
  /** Kept open while the confirmed work runs (the confirm button shows `confirm` meanwhile). */
  busy?: boolean;
};

export function ConfirmDialog({ open, onOpenChange, title, children, cancel, confirm, onConfirm, busy }: Props) {
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 bg-black/40" />
        <AlertDialog.Content className="fixed top-1/2 left-1/2 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg border border-line bg-card p-6 text-ink shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold">{title}</AlertDialog.Title>
          <AlertDialog.Description asChild>
            <div className="mt-2 space-y-2 text-sm text-muted">{children}</div>
          </AlertDialog.Description>
          <div className="mt-6 flex flex-wrap justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <Button variant="secondary" disabled={busy}>
                {cancel}
              </Button>
            </AlertDialog.Cancel>
            {/* Not AlertDialog.Action, which would close the dialog before the work is done. */}
            <Button variant="danger" onClick={onConfirm} disabled={busy}>
              {confirm}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
