"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { setThemeMark } from "@/lib/journal/memory-marks";

const markSchema = z.object({
  themeId: z.string().min(1).max(64),
  kind: z.enum(["keep", "let-go"]),
  on: z.boolean(),
});

export type MarkResult = { ok: true } | { ok: false; error: string };

// Keep (pin) or Let go of a theme in the memory, or undo either. Only the user's own themes.
export async function setMarkAction(input: unknown): Promise<MarkResult> {
  const user = await requireUser();
  const parsed = markSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "That request was not understood." };
  const { themeId, kind, on } = parsed.data;
  if (!(await setThemeMark(user.id, themeId, kind, on))) return { ok: false, error: "That theme was not found." };
  revalidatePath("/journal/[date]", "page");
  return { ok: true };
}
