// A permanent link to one entry. It leads to the entry's day; another user's id is a 404 like any unknown one.
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getEntryById } from "@/lib/journal/entries";

export default async function EntryPermalink({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const entry = await getEntryById(user.id, id);
  if (!entry) notFound();
  redirect(`/journal/${entry.date}`);
}
