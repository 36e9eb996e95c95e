// The day's entry by date: what the editor autosaves to.
import { NextResponse } from "next/server";
import { todayIn } from "@/lib/dates";
import { jsonError, readJson, withUser } from "@/lib/http";
import { getEntryByDate, saveEntry } from "@/lib/journal/entries";
import { afterEntrySaved } from "@/lib/journal/memory-hooks";
import { entryInputSchema, isoDaySchema, MAX_ENTRY_BYTES } from "@/lib/validations/entry";

type Context = { params: Promise<{ date: string }> };

// Room for the JSON around a full-size entry.
const MAX_REQUEST_BYTES = MAX_ENTRY_BYTES + 16 * 1024;

async function validDate(context: Context, timeZone: string) {
  const { date } = await context.params;
  const parsed = isoDaySchema.safeParse(date);
  if (!parsed.success) return { error: jsonError(400, parsed.error.issues[0]!.message) };
  if (date > todayIn(timeZone))
    return { error: jsonError(400, "That day hasn't come yet: entries can be written for today or earlier") };
  return { date };
}

export function GET(_request: Request, context: Context) {
  return withUser(async (user) => {
    const day = await validDate(context, user.timeZone);
    if (day.error) return day.error;
    const entry = await getEntryByDate(user.id, day.date);
    return entry ? NextResponse.json({ entry }) : jsonError(404, "No entry for that day");
  });
}

export function PUT(request: Request, context: Context) {
  return withUser(async (user) => {
    const day = await validDate(context, user.timeZone);
    if (day.error) return day.error;
    const body = await readJson(request, entryInputSchema, MAX_REQUEST_BYTES);
    if (!body.ok) return body.response;
    const entry = await saveEntry(user.id, day.date, body.data);
    await afterEntrySaved(user.id, entry);
    return NextResponse.json({ entry });
  });
}
