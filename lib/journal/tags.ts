// A user's tags: the list with how many entries each has, and adding, renaming, merging and deleting them. Every
// read and write names the user, so another user's tag id is no tag at all. Entries keep their text whatever
// happens to a tag; deleting a tag only takes it off them.
import { db } from "@/lib/db";

export type TagSummary = { id: string; name: string; count: number };

export async function listTags(userId: string): Promise<TagSummary[]> {
  const rows = await db.tag.findMany({
    where: { userId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, _count: { select: { entries: true } } },
  });
  return rows.map((r) => ({ id: r.id, name: r.name, count: r._count.entries }));
}

export async function getTagByName(userId: string, name: string): Promise<TagSummary | null> {
  const row = await db.tag.findUnique({
    where: { userId_name: { userId, name } },
    select: { id: true, name: true, _count: { select: { entries: true } } },
  });
  return row && { id: row.id, name: row.name, count: row._count.entries };
}

export async function createTag(userId: string, name: string): Promise<"created" | "exists"> {
  if (await db.tag.findUnique({ where: { userId_name: { userId, name } }, select: { id: true } })) return "exists";
  await db.tag.create({ data: { userId, name }, select: { id: true } });
  return "created";
}

/** A rename to a name another of the user's tags has is refused: merging is its own, deliberate step. */
export async function renameTag(
  userId: string,
  tagId: string,
  name: string,
): Promise<"renamed" | "not-found" | "exists"> {
  return db.$transaction(async (tx) => {
    const tag = await tx.tag.findFirst({ where: { id: tagId, userId }, select: { name: true } });
    if (!tag) return "not-found";
    if (tag.name === name) return "renamed";
    if (await tx.tag.findUnique({ where: { userId_name: { userId, name } }, select: { id: true } })) return "exists";
    await tx.tag.update({ where: { id: tagId, userId }, data: { name }, select: { id: true } });
    return "renamed";
  });
}

/** Every entry of `tagId` gets `intoId` (once, if it had both), and `tagId` goes. */
export async function mergeTags(
  userId: string,
  tagId: string,
  intoId: string,
): Promise<{ result: "merged"; into: string } | { result: "not-found" } | { result: "same" }> {
  if (tagId === intoId) return { result: "same" };
  return db.$transaction(async (tx) => {
    const [from, into] = await Promise.all([
      tx.tag.findFirst({ where: { id: tagId, userId }, select: { entries: { select: { id: true } } } }),
      tx.tag.findFirst({ where: { id: intoId, userId }, select: { name: true } }),
    ]);
    if (!from || !into) return { result: "not-found" as const };
    await tx.tag.update({
      where: { id: intoId, userId },
      data: { entries: { connect: from.entries } },
      select: { id: true },
    });
    await tx.tag.delete({ where: { id: tagId, userId }, select: { id: true } });
    return { result: "merged" as const, into: into.name };
  });
}

export async function deleteTag(userId: string, tagId: string): Promise<boolean> {
  const { count } = await db.tag.deleteMany({ where: { id: tagId, userId } });
  return count > 0;
}
