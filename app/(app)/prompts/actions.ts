"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { deletePrompt, deleteTemplate, savePrompt, saveTemplate, type AidWrite } from "@/lib/journal/writing-aids";
import { formAction, valueAction } from "@/lib/server/action";
import { aidIdSchema, promptInputSchema, templateInputSchema } from "@/lib/validations/writing-aids";

// The sentence for a write that did not happen, in the reader's language.
async function refusal(write: Exclude<AidWrite, "saved">, tooMany: "tooManyPrompts" | "tooManyTemplates") {
  const t = await getTranslations("prompts.errors");
  return t(write === "not-found" ? "notFound" : tooMany);
}

// Both the editor's day pages and this page list them.
function changed() {
  revalidatePath("/prompts");
  revalidatePath("/journal/[date]", "page");
}

export const savePromptAction = formAction(
  { name: "save-prompt", access: "user", schema: promptInputSchema, keep: ["id", "text"] },
  async (input, { user }) => {
    const write = await savePrompt(user.id, input);
    if (write !== "saved") return { message: await refusal(write, "tooManyPrompts") };
    changed();
    // Emptied, so the form for a new one is ready for the next.
    return { done: (await getTranslations("prompts.page"))("saved"), values: { id: "", text: "" } };
  },
);

export const saveTemplateAction = formAction(
  { name: "save-template", access: "user", schema: templateInputSchema, keep: ["id", "name", "body"] },
  async (input, { user }) => {
    const write = await saveTemplate(user.id, input);
    if (write !== "saved") return { message: await refusal(write, "tooManyTemplates") };
    changed();
    return { done: (await getTranslations("prompts.page"))("saved"), values: { id: "", name: "", body: "" } };
  },
);

const idInput = z.object({ id: aidIdSchema });

export const deletePromptAction = valueAction(
  { name: "delete-prompt", access: "user", schema: idInput },
  async ({ id }, { user }) => {
    if (!(await deletePrompt(user.id, id))) return { ok: false, error: await refusal("not-found", "tooManyPrompts") };
    changed();
    return { ok: true };
  },
);

export const deleteTemplateAction = valueAction(
  { name: "delete-template", access: "user", schema: idInput },
  async ({ id }, { user }) => {
    if (!(await deleteTemplate(user.id, id)))
      return { ok: false, error: await refusal("not-found", "tooManyTemplates") };
    changed();
    return { ok: true };
  },
);
