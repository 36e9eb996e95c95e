"use server";

// Adding, renaming, merging and deleting tags. Each names the tag by id and the data layer checks that it is the
// signed-in user's (lib/journal/tags.ts): another user's id is "not found". What each says is in the reader's
// language (the "tags" messages); a refused field's message is a key of those messages (lib/validations/tags.ts).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction, valueAction } from "@/lib/server/action";
import { createTag, deleteTag, mergeTags, renameTag } from "@/lib/journal/tags";
import { createTagSchema, deleteTagSchema, mergeTagSchema, renameTagSchema } from "@/lib/validations/tags";

const tagPage = (name: string) => `/tags/${encodeURIComponent(name)}`;

export const createTagAction = formAction(
  { name: "create-tag", access: "user", schema: createTagSchema, keep: ["name"] },
  async ({ name }, { user }) => {
    const t = await getTranslations("tags");
    if ((await createTag(user.id, name)) === "exists") return { fieldErrors: { name: ["errors.exists"] } };
    revalidatePath("/tags");
    return { done: t("created", { name }), values: { name: "" } };
  },
);

export const renameTagAction = formAction(
  { name: "rename-tag", access: "user", schema: renameTagSchema, keep: ["name"] },
  async ({ tagId, name }, { user }) => {
    const t = await getTranslations("tags");
    const result = await renameTag(user.id, tagId, name);
    if (result === "not-found") return { message: t("errors.notFound") };
    if (result === "exists") return { fieldErrors: { name: ["errors.renameExists"] } };
    revalidatePath("/", "layout");
    redirect(tagPage(name));
  },
);

export const mergeTagAction = formAction(
  { name: "merge-tag", access: "user", schema: mergeTagSchema },
  async ({ tagId, into }, { user }) => {
    const t = await getTranslations("tags");
    const merged = await mergeTags(user.id, tagId, into);
    if (merged.result === "same") return { fieldErrors: { into: ["errors.mergeSame"] } };
    if (merged.result === "not-found") return { message: t("errors.notFound") };
    revalidatePath("/", "layout");
    redirect(tagPage(merged.into));
  },
);

export const deleteTagAction = valueAction(
  { name: "delete-tag", access: "user", schema: deleteTagSchema },
  async ({ tagId }, { user }) => {
    if (!(await deleteTag(user.id, tagId)))
      return { ok: false, error: (await getTranslations("tags"))("errors.notFound") };
    revalidatePath("/", "layout");
    return { ok: true };
  },
);
