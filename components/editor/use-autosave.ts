"use client";

// Debounced autosave of the day's entry. One request at a time; edits made while a save is in flight are
// saved right after it. Network and server failures retry with backoff; a 4xx is the server saying the
// text cannot be saved as it is, so it waits for the next edit instead of retrying.
import { useCallback, useEffect, useRef, useState } from "react";
import { z } from "zod";
import { clearDraft, type Draft, readDraft, sameDraft, writeDraft } from "./draft-store";

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "empty" }
  | { kind: "failed"; retryInSeconds: number }
  // The server's own sentence (in the reader's language), or just its status when it gave none.
  | { kind: "rejected"; message: string | null; status: number }
  | { kind: "signed-out" };

export type SavedEntry = { id: string; body: string; mood: number | null; tags: string[] };

const DEBOUNCE_MS = 800;
const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 30_000;

// Of the saved entry the answer holds, only its id is new to the editor: the text is what it sent.
const savedSchema = z.object({ entry: z.object({ id: z.string() }) });
// The API's refusals are `{ error }` (lib/server/route.ts); a proxy's error page is not.
const refusalSchema = z.object({ error: z.string() });

const EMPTY: Draft = { body: "", mood: null, tags: [] };

function draftOf(entry: SavedEntry | null): Draft {
  return entry ? { body: entry.body, mood: entry.mood, tags: entry.tags } : EMPTY;
}

export function useAutosave({ userId, date, initial }: { userId: string; date: string; initial: SavedEntry | null }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const [entryId, setEntryId] = useState<string | null>(initial?.id ?? null);
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [restored, setRestored] = useState(false);

  const latest = useRef<Draft>(draftOf(initial));
  const saved = useRef<Draft>(draftOf(initial));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef(false);
  const again = useRef(false);
  const retryMs = useRef(FIRST_RETRY_MS);

  const schedule = useCallback((ms: number, save: () => void) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(save, ms);
  }, []);

  // The retry and the save of edits made in flight call `run` itself, not `flush`: a callback that names
  // its own memoised value reads it before it is declared.
  const flush = useCallback((): Promise<void> => {
    async function run(): Promise<void> {
      clearTimeout(timer.current);
      const sending = latest.current;
      if (sameDraft(sending, saved.current)) {
        clearDraft(userId, date);
        setStatus((s) => (s.kind === "saved" ? s : { kind: "idle" }));
        return;
      }
      if (sending.body.trim() === "") {
        setStatus({ kind: "empty" });
        return;
      }
      if (inFlight.current) {
        again.current = true;
        return;
      }
      inFlight.current = true;
      setStatus({ kind: "saving" });
      try {
        const response = await fetch(`/api/journal/${date}`, {
          method: "PUT",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(sending),
        });
        if (response.ok) {
          // An answer that does not read is retried like a failed request.
          const { entry } = savedSchema.parse(await response.json());
          saved.current = sending;
          setEntryId(entry.id);
          retryMs.current = FIRST_RETRY_MS;
          if (sameDraft(latest.current, sending)) clearDraft(userId, date);
          setStatus({ kind: "saved", at: new Date() });
        } else if (response.status === 401) {
          setStatus({ kind: "signed-out" });
        } else if (response.status < 500) {
          const refusal = refusalSchema.safeParse(await response.json().catch(() => null));
          setStatus({
            kind: "rejected",
            message: refusal.success ? refusal.data.error : null,
            status: response.status,
          });
        } else {
          throw new Error(`Server error ${response.status}`);
        }
      } catch {
        const wait = retryMs.current;
        retryMs.current = Math.min(wait * 2, MAX_RETRY_MS);
        setStatus({ kind: "failed", retryInSeconds: Math.round(wait / 1000) });
        schedule(wait, () => void run());
      } finally {
        inFlight.current = false;
        if (again.current) {
          again.current = false;
          void run();
        }
      }
    }
    return run();
  }, [date, schedule, userId]);

  const update = useCallback(
    (change: Partial<Draft>) => {
      const next = { ...latest.current, ...change };
      latest.current = next;
      setDraft(next);
      writeDraft(userId, date, next);
      setStatus({ kind: "pending" });
      retryMs.current = FIRST_RETRY_MS;
      schedule(DEBOUNCE_MS, () => void flush());
    },
    [date, flush, schedule, userId],
  );

  // A draft left by an earlier failed save (or a closed tab) wins over the server copy: it is newer.
  useEffect(() => {
    const stored = readDraft(userId, date);
    if (stored && !sameDraft(stored, saved.current)) {
      latest.current = stored;
      setDraft(stored);
      setRestored(true);
      void flush();
    } else if (stored) {
      clearDraft(userId, date);
    }
  }, [date, flush, userId]);

  useEffect(() => {
    const retryNow = () => void flush();
    const warn = (event: BeforeUnloadEvent) => {
      // A draft no longer stored was saved or discarded by signing out (components/layout/sign-out-button.tsx).
      const unsaved = !sameDraft(latest.current, saved.current) && readDraft(userId, date) !== null;
      if (unsaved && latest.current.body.trim() !== "") event.preventDefault();
    };
    window.addEventListener("online", retryNow);
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("online", retryNow);
      window.removeEventListener("beforeunload", warn);
      clearTimeout(timer.current);
    };
  }, [date, flush, userId]);

  // After a delete the page starts over empty, and nothing of the old text is kept.
  const reset = useCallback(() => {
    clearTimeout(timer.current);
    latest.current = EMPTY;
    saved.current = EMPTY;
    clearDraft(userId, date);
    setDraft(EMPTY);
    setEntryId(null);
    setRestored(false);
    setStatus({ kind: "idle" });
  }, [date, userId]);

  return { draft, update, status, entryId, restored, flush, reset };
}
