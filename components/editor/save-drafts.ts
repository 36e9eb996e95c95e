// Before signing out: every draft this browser holds for the user is sent to the server, as the editor's autosave
// would send it. Returns the days that could not be saved (offline, or refused), so the user can be asked.
import { clearDraft, readDraft, storedDraftDays } from "./draft-store";

export async function saveStoredDrafts(userId: string): Promise<string[]> {
  const unsaved: string[] = [];
  for (const date of storedDraftDays(userId)) {
    const draft = readDraft(userId, date);
    // An empty draft holds nothing to keep (the editor never saves one either).
    if (!draft || draft.body.trim() === "") {
      clearDraft(userId, date);
      continue;
    }
    try {
      const response = await fetch(`/api/journal/${date}`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(draft),
        // A server that does not answer must not keep the user from signing out: they are asked instead.
        signal: AbortSignal.timeout(10_000),
      });
      if (response.ok) clearDraft(userId, date);
      else unsaved.push(date);
    } catch {
      unsaved.push(date);
    }
  }
  return unsaved;
}
