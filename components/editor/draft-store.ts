// Unsaved text lives in localStorage until the server confirms it, so a failed save, a closed tab or a
// reload never loses what was typed. Keys include the user id: two people sharing a browser never see
// each other's drafts.
import { z } from "zod";

export type Draft = { body: string; mood: number | null; tags: string[] };

// What another version of this page stored may lack a mood or tags, or hold something else there: only the text
// is needed to keep the draft.
const storedDraftSchema = z.object({
  body: z.string(),
  mood: z.number().nullable().catch(null),
  tags: z
    .array(z.unknown())
    .catch([])
    .transform((tags) => tags.filter((t) => typeof t === "string")),
});

const prefix = (userId: string) => `cellstate:draft:${userId}:`;
const key = (userId: string, date: string) => prefix(userId) + date;

export function readDraft(userId: string, date: string): Draft | null {
  try {
    const raw = localStorage.getItem(key(userId, date));
    if (!raw) return null;
    const parsed = storedDraftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeDraft(userId: string, date: string, draft: Draft): void {
  try {
    localStorage.setItem(key(userId, date), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the text is still on screen and autosave keeps trying.
  }
}

export function clearDraft(userId: string, date: string): void {
  try {
    localStorage.removeItem(key(userId, date));
  } catch {
    // Nothing to clear.
  }
}

export function sameDraft(a: Draft, b: Draft): boolean {
  return a.body === b.body && a.mood === b.mood && a.tags.join("\n") === b.tags.join("\n");
}

// What follows the prefix in each stored key that has it (the offline shell's text is kept the same way).
export function storedKeysAfter(keyPrefix: string): string[] {
  try {
    return Object.keys(localStorage)
      .filter((name) => name.startsWith(keyPrefix))
      .map((name) => name.slice(keyPrefix.length));
  } catch {
    return [];
  }
}

// Every day this user has a draft for in this browser (sign-out saves them all first).
export function storedDraftDays(userId: string): string[] {
  return storedKeysAfter(prefix(userId));
}

// On sign-out: nothing of this user's text is left for the next person at this browser.
export function clearUserDrafts(userId: string): void {
  for (const date of storedDraftDays(userId)) clearDraft(userId, date);
}
