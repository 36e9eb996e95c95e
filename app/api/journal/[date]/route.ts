// The day's entry by date: what the editor autosaves to.
import { NextResponse } from "next/server";
import { z } from "zod";
import { userMessage } from "@/i18n/user-message";
import { todayIn } from "@/lib/dates";
import { InputError } from "@/lib/server/entry-point";
import { jsonError, route } from "@/lib/server/route";
import { getEntryByDate, saveEntry } from "@/lib/journal/entries";
import { afterEntrySaved } from "@/lib/journal/memory-hooks";
import { entryInputSchema, isoDaySchema, MAX_ENTRY_BYTES } from "@/lib/validations/entry";

const params = z.object({ date: isoDaySchema });

// Room for the JSON around a full-size entry.
const MAX_REQUEST_BYTES = MAX_ENTRY_BYTES + 16 * 1024;

function notInFuture(date: string, timeZone: string): string {
  if (date > todayIn(timeZone)) throw new InputError(400, userMessage("dayNotYet"));
  return date;
}

export const GET = route({ params }, async ({ user, params }) => {
  const entry = await getEntryByDate(user.id, notInFuture(params.date, user.timeZone));
  return entry ? NextResponse.json({ entry }) : jsonError(404, "No entry for that day");
});

export const PUT = route(
  { params, body: entryInputSchema, maxBytes: MAX_REQUEST_BYTES },
  async ({ user, params, body }) => {
    const entry = await saveEntry(user.id, notInFuture(params.date, user.timeZone), body);
    await afterEntrySaved(user.id, entry);
    return NextResponse.json({ entry });
  },
);
