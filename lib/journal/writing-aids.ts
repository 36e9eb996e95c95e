// The user's own prompts and templates. Like every read and write of the journal, each function takes the owner's
// id and filters by it: an id of another user's prompt names nothing here, so it can be neither read, changed nor
// deleted (the caller answers "not found").
import { db } from "@/lib/db";
import { MAX_PROMPTS, MAX_TEMPLATES, type PromptInput, type TemplateInput } from "@/lib/validations/writing-aids";

export type OwnPrompt = { id: string; text: string };
export type OwnTemplate = { id: string; name: string; body: string };

/** "saved", or why not: the id is not one of the user's, or a new one would pass the limit. */
export type AidWrite = "saved" | "not-found" | "too-many";

const oldestFirst = { createdAt: "asc" } as const;

export function listPrompts(userId: string): Promise<OwnPrompt[]> {
  return db.writingPrompt.findMany({ where: { userId }, select: { id: true, text: true }, orderBy: oldestFirst });
}

export function listTemplates(userId: string): Promise<OwnTemplate[]> {
  return db.entryTemplate.findMany({
    where: { userId },
    select: { id: true, name: true, body: true },
    orderBy: oldestFirst,
  });
}

// The count and the insert in one transaction, so two saves at once cannot both pass the limit.
export async function savePrompt(userId: string, { id, text }: PromptInput): Promise<AidWrite> {
  if (id)
    return (await db.writingPrompt.updateMany({ where: { id, userId }, data: { text } })).count ? "saved" : "not-found";
  return db.$transaction(async (tx) => {
    if ((await tx.writingPrompt.count({ where: { userId } })) >= MAX_PROMPTS) return "too-many";
    await tx.writingPrompt.create({ data: { userId, text }, select: { id: true } });
    return "saved";
  });
}

export async function saveTemplate(userId: string, { id, name, body }: TemplateInput): Promise<AidWrite> {
  const data = { name, body };
  if (id) return (await db.entryTemplate.updateMany({ where: { id, userId }, data })).count ? "saved" : "not-found";
  return db.$transaction(async (tx) => {
    if ((await tx.entryTemplate.count({ where: { userId } })) >= MAX_TEMPLATES) return "too-many";
    await tx.entryTemplate.create({ data: { userId, ...data }, select: { id: true } });
    return "saved";
  });
}

/** False when the id is not one of the user's prompts. */
export async function deletePrompt(userId: string, id: string): Promise<boolean> {
  return (await db.writingPrompt.deleteMany({ where: { id, userId } })).count > 0;
}

export async function deleteTemplate(userId: string, id: string): Promise<boolean> {
  return (await db.entryTemplate.deleteMany({ where: { id, userId } })).count > 0;
}
