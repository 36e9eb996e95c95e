// What the offline shell (offline-journal.tsx) writes when this browser holds no draft of the day: the page opened
// offline does not know the day's saved entry, so its text is kept apart from the editor's drafts
// (components/editor/draft-store.ts), and once the server answers it is added after the saved entry, or after the
// editor's draft if there is one, into an ordinary draft that the editor saves. Nothing written offline replaces
// what the server has. Keys carry the user id like the editor's drafts; sign-out deletes them (forget-offline.ts).
import { z } from "zod";
import { type Draft, readDraft, storedKeysAfter, writeDraft } from "@/components/editor/draft-store";

const prefix = (userId: string) => `cellstate:offline-draft:${userId}:`;

// Who was signed in here last, so the shell knows whose drafts to keep and what "today" is for them.
const USER_KEY = "cellstate:offline-user";
const offlineUserSchema = z.object({ id: z.string().min(1), timeZone: z.string().min(1) });
export type OfflineUser = z.infer<typeof offlineUserSchema>;

export function rememberOfflineUser(user: OfflineUser): void {
  try {
    localStorage.setItem(USER_KEY, JSON.stringify(user));
  } catch {
    // Storage disabled: the shell will ask the user to sign in when back online.
  }
}

export function readOfflineUser(): OfflineUser | null {
  try {
    const parsed = offlineUserSchema.safeParse(JSON.parse(localStorage.getItem(USER_KEY) ?? "null"));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function readOfflineText(userId: string, date: string): string {
  try {
    return localStorage.getItem(prefix(userId) + date) ?? "";
  } catch {
    return "";
  }
}

export function writeOfflineText(userId: string, date: string, text: string): void {
  try {
    if (text === "") localStorage.removeItem(prefix(userId) + date);
    else localStorage.setItem(prefix(userId) + date, text);
  } catch {
    // Storage full or disabled: the text is still on screen.
  }
}

const offlineDays = (userId: string) => storedKeysAfter(prefix(userId));

const savedSchema = z.object({
  entry: z.object({ body: z.string(), mood: z.number().nullable(), tags: z.array(z.string()) }),
});

async function savedEntry(date: string): Promise<Draft | null | "unreachable"> {
  try {
    const response = await fetch(`/api/journal/${date}`, { signal: AbortSignal.timeout(10_000) });
    if (response.status === 404) return null;
    if (!response.ok) return "unreachable";
    return savedSchema.parse(await response.json()).entry;
  } catch {
    return "unreachable";
  }
}

function joined(base: Draft | null, text: string): Draft {
  if (!base || base.body.trim() === "") return { body: text, mood: base?.mood ?? null, tags: base?.tags ?? [] };
  return { ...base, body: `${base.body.trimEnd()}\n\n${text}` };
}

/**
 * Turns each day's offline text into the editor's draft of that day, after what the day already holds. Returns the
 * days whose text could not be placed yet (the server did not answer); their text stays where it is.
 */
export async function placeOfflineDrafts(userId: string): Promise<{ placed: string[]; left: string[] }> {
  const placed: string[] = [];
  const left: string[] = [];
  for (const date of offlineDays(userId)) {
    const text = readOfflineText(userId, date);
    const draft = readDraft(userId, date);
    const base = draft ?? (text.trim() === "" ? null : await savedEntry(date));
    if (base === "unreachable") {
      left.push(date);
      continue;
    }
    if (text.trim() !== "") {
      writeDraft(userId, date, joined(base, text));
      placed.push(date);
    }
    writeOfflineText(userId, date, "");
  }
  return { placed, left };
}

// Sign-out: nothing written here, nor whose it was, stays for the next person at this browser.
export function clearOfflineDrafts(userId: string): void {
  for (const date of offlineDays(userId)) writeOfflineText(userId, date, "");
  try {
    localStorage.removeItem(USER_KEY);
  } catch {
    // Nothing to clear.
  }
}
