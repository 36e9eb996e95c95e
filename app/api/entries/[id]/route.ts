// An entry by id. Another user's id answers exactly like a missing one: 404.
import { NextResponse } from "next/server";
import { jsonError, withUser } from "@/lib/http";
import { deleteEntry, getEntryById } from "@/lib/journal/entries";
import { afterJournalChanged } from "@/lib/journal/memory-hooks";

type Context = { params: Promise<{ id: string }> };

export function GET(_request: Request, context: Context) {
  return withUser(async (user) => {
    const { id } = await context.params;
    const entry = await getEntryById(user.id, id);
    return entry ? NextResponse.json({ entry }) : jsonError(404, "No such entry");
  });
}

export function DELETE(_request: Request, context: Context) {
  return withUser(async (user) => {
    const { id } = await context.params;
    if (!(await deleteEntry(user.id, id))) return jsonError(404, "No such entry");
    await afterJournalChanged(user.id);
    return new NextResponse(null, { status: 204 });
  });
}
