"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { changePassword, updateProfile } from "@/lib/auth/profile";
import { requireUser } from "@/lib/auth/session";
import { newPasswordSchema, settingsSchema } from "@/lib/validations/auth";

export type ProfileFormState = {
  saved?: boolean;
  fieldErrors?: Partial<Record<"name" | "timeZone", string[]>>;
  values?: { name: string; timeZone: string };
};

export type PasswordFormState = {
  saved?: boolean;
  fieldErrors?: Partial<Record<"currentPassword" | "newPassword", string[]>>;
};

// Not exported: a "use server" module may only export async functions.
const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").max(200),
    newPassword: newPasswordSchema,
  })
  .refine((p) => p.currentPassword !== p.newPassword, {
    path: ["newPassword"],
    message: "Choose a password different from the current one",
  });

export async function updateProfileAction(_prev: ProfileFormState, formData: FormData): Promise<ProfileFormState> {
  const user = await requireUser();
  const values = { name: String(formData.get("name") ?? ""), timeZone: String(formData.get("timeZone") ?? "") };
  const parsed = settingsSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: parsed.error.flatten().fieldErrors, values };
  await updateProfile(user.id, parsed.data);
  // The time zone decides what "today" is on every page, so nothing cached may keep the old one.
  revalidatePath("/", "layout");
  return { saved: true, values: parsed.data };
}

export async function changePasswordAction(_prev: PasswordFormState, formData: FormData): Promise<PasswordFormState> {
  const user = await requireUser();
  const parsed = passwordChangeSchema.safeParse({
    currentPassword: String(formData.get("currentPassword") ?? ""),
    newPassword: String(formData.get("newPassword") ?? ""),
  });
  if (!parsed.success) return { fieldErrors: parsed.error.flatten().fieldErrors };
  const result = await changePassword(user.id, parsed.data.currentPassword, parsed.data.newPassword);
  if (!result.ok) return { fieldErrors: { currentPassword: ["That is not your current password"] } };
  return { saved: true };
}
