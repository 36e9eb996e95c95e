"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { SaveStatus } from "./use-autosave";

type Tone = "muted" | "ok" | "warn";

function useDescribe(): (status: SaveStatus, exists: boolean) => { text: string; tone: Tone } {
  const t = useTranslations("editor.status");
  const format = useFormatter();
  // The browser's own clock time (the formatter's default zone is UTC, for journal days).
  const time = (at: Date) =>
    format.dateTime(at, {
      hour: "2-digit",
      minute: "2-digit",
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
  return (status, exists) => {
    switch (status.kind) {
      case "idle":
        return { text: exists ? t("saved") : t("start"), tone: "muted" };
      case "pending":
        return { text: t("pending"), tone: "muted" };
      case "saving":
        return { text: t("saving"), tone: "muted" };
      case "saved":
        return { text: t("savedAt", { time: time(status.at) }), tone: "ok" };
      case "empty":
        return { text: exists ? t("emptyExists") : t("emptyNew"), tone: exists ? "warn" : "muted" };
      case "failed":
        return { text: t("failed", { seconds: status.retryInSeconds }), tone: "warn" };
      case "rejected":
        return {
          text: t("rejected", {
            message: status.message ?? t("refusedStatus", { status: status.status }),
          }),
          tone: "warn",
        };
      case "signed-out":
        return { text: t("signedOut"), tone: "warn" };
    }
  };
}

export function SaveStatusLine({ status, exists }: { status: SaveStatus; exists: boolean }) {
  const { text, tone } = useDescribe()(status, exists);
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
