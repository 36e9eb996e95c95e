"use client";

import type { SaveStatus } from "./use-autosave";

const time = (at: Date) => at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

function describe(status: SaveStatus, exists: boolean): { text: string; tone: "muted" | "ok" | "warn" } {
  switch (status.kind) {
    case "idle":
      return { text: exists ? "All changes saved" : "Start writing; it saves as you type", tone: "muted" };
    case "pending":
      return { text: "Unsaved changes…", tone: "muted" };
    case "saving":
      return { text: "Saving…", tone: "muted" };
    case "saved":
      return { text: `Saved at ${time(status.at)}`, tone: "ok" };
    case "empty":
      return {
        text: exists ? "An empty entry is not saved. To remove the entry, use Delete." : "Nothing to save yet",
        tone: exists ? "warn" : "muted",
      };
    case "failed":
      return {
        text: `Couldn't reach the server. Your text is kept in this browser; retrying in ${status.retryInSeconds} s.`,
        tone: "warn",
      };
    case "rejected":
      return { text: `Not saved: ${status.message}. Your text is kept in this browser.`, tone: "warn" };
    case "signed-out":
      return {
        text: "You were signed out. Sign in again in another tab; your text is kept in this browser.",
        tone: "warn",
      };
  }
}

export function SaveStatusLine({ status, exists }: { status: SaveStatus; exists: boolean }) {
  const { text, tone } = describe(status, exists);
  return (
    <p
      aria-live="polite"
      data-testid="save-status"
      data-state={status.kind}
      className={tone === "warn" ? "text-sm text-danger" : tone === "ok" ? "text-sm text-accent" : "text-sm text-muted"}
    >
      {text}
    </p>
  );
}
