// An entry by id. Another user's id answers exactly like a missing one: 404.
import { NextResponse } from "next/server";
import { z } from "zod";
import { deleteEntry, getEntryById } from "@/lib/journal/entries";
import { afterJournalChanged } from "@/lib/journal/memory-hooks";
import { jsonError, route } from "@/lib/server/route";

const params = z.object({ id: z.string().min(1).max(64) });

export const GET = route({ params }, async ({ user, params }) => {
  const entry = await getEntryById(user.id, params.id);
  return entry ? NextResponse.json({ entry }) : jsonError(404, "No such entry");
});

export const DELETE = route({ params }, async ({ user, params }) => {
  if (!(await deleteEntry(user.id, params.id))) return jsonError(404, "No such entry");
  await afterJournalChanged(user.id);
  return new NextResponse(null, { status: 204 });
});
