"use client";

// The offline shell's editor (app/offline/page.tsx): the service worker sends the browser here when a page cannot be
// reached. It knows no journal data, only this browser's: who was signed in (offline-drafts.ts), and their draft of
// the day if the editor left one (components/editor/draft-store.ts), which it goes on writing; without one, the
// text is kept apart and added after the saved entry later (offline-drafts.ts). When the server answers again the
// day's page is opened, and the editor there restores the draft and saves it.
import { useFormatter, useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import { readDraft, writeDraft } from "@/components/editor/draft-store";
import { useHydrated } from "@/components/ui/use-browser";
import { isIsoDay, todayIn } from "@/lib/dates";
import {
  type OfflineUser,
  placeOfflineDrafts,
  readOfflineText,
  readOfflineUser,
  writeOfflineText,
} from "./offline-drafts";

const RETRY_MS = 10_000;

// The day the unreachable page was for (the worker puts it after #), else the user's today.
function dayToWrite(user: OfflineUser): string {
  const today = todayIn(user.timeZone);
  const asked = window.location.hash.slice(1);
  return isIsoDay(asked) && asked <= today ? asked : today;
}

// What the server says now: null while it cannot be reached (offline, or down).
async function serverStatus(date: string): Promise<number | null> {
  try {
    return (await fetch(`/api/journal/${date}`, { signal: AbortSignal.timeout(5_000) })).status;
  } catch {
    return null;
  }
}

export function OfflineJournal() {
  const t = useTranslations("offline");
  const hydrated = useHydrated();
  // localStorage exists only in the browser: the server renders the shell empty.
  if (!hydrated) return <p className="text-muted">{t("loading")}</p>;
  const user = readOfflineUser();
  if (!user) return <p data-testid="offline-signed-out">{t("signedOut")}</p>;
  return <OfflineDay user={user} date={dayToWrite(user)} />;
}

function OfflineDay({ user, date }: { user: OfflineUser; date: string }) {
  const t = useTranslations("offline");
  const format = useFormatter();
  // A draft the editor left is the whole entry as last edited: go on with it. Otherwise start on the side.
  const [draft] = useState(() => readDraft(user.id, date));
  const [text, setText] = useState(() => draft?.body ?? readOfflineText(user.id, date));
  const [reconnecting, setReconnecting] = useState(false);

  function change(body: string) {
    setText(body);
    if (draft) writeDraft(user.id, date, { ...draft, body });
    else writeOfflineText(user.id, date, body);
  }

  const handOff = useCallback(async () => {
    const status = await serverStatus(date);
    if (status === null || status >= 500) return;
    // Signed out meanwhile: the day's page leads to sign-in; the text stays here, placed after signing in again.
    if (status === 401) return window.location.replace(`/journal/${date}`);
    setReconnecting(true);
    const { left } = await placeOfflineDrafts(user.id);
    if (left.includes(date)) setReconnecting(false);
    else window.location.replace(`/journal/${date}`);
  }, [date, user.id]);

  useEffect(() => {
    const retry = () => void handOff();
    retry();
    const timer = setInterval(retry, RETRY_MS);
    window.addEventListener("online", retry);
    return () => {
      clearInterval(timer);
      window.removeEventListener("online", retry);
    };
  }, [handOff]);

  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl">
        {format.dateTime(new Date(Date.UTC(year, month - 1, day)), { dateStyle: "full", timeZone: "UTC" })}
      </h1>
      <p className="rounded-md bg-accent-soft px-3 py-2 text-sm" data-testid="offline-notice">
        {draft ? t("continuingDraft") : t("writingApart")}
      </p>
      <label htmlFor="offline-body" className="sr-only">
        {t("entryLabel")}
      </label>
      <textarea
        id="offline-body"
        value={text}
        onChange={(event) => change(event.target.value)}
        placeholder={t("placeholder")}
        className="prose-entry block min-h-[40vh] w-full resize-y rounded-lg border border-line bg-card px-5 py-4 text-ink placeholder:text-muted [field-sizing:content]"
      />
      <p aria-live="polite" data-testid="offline-status" className="text-sm text-muted">
        {reconnecting ? t("reconnecting") : t("kept")}
      </p>
    </div>
  );
}
