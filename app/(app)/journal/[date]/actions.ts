"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setThemeMark } from "@/lib/journal/memory-marks";
import { valueAction } from "@/lib/server/action";

const markSchema = z.object({
  themeId: z.string().min(1).max(64),
  kind: z.enum(["keep", "let-go"]),
  on: z.boolean(),
});

// Keep (pin) or Let go of a theme in the memory, or undo either. Only the user's own themes.
export const setMarkAction = valueAction(
  { name: "set-mark", access: "user", schema: markSchema },
  async ({ themeId, kind, on }, { user }) => {
    if (!(await setThemeMark(user.id, themeId, kind, on))) {
      return { ok: false, error: (await getTranslations("memory.item"))("notFound") };
    }
    revalidatePath("/journal/[date]", "page");
    return { ok: true };
  },
);
