"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { changePassword, setSummaryEmail, updateProfile } from "@/lib/auth/profile";
import { updateSession } from "@/lib/auth";
import { requireUser } from "@/lib/auth/session";
import { newPasswordSchema, settingsSchema } from "@/lib/validations/auth";

export type ProfileFormState = {
  saved?: boolean;
  fieldErrors?: Partial<Record<"name" | "timeZone", string[]>>;
  values?: { name: string; timeZone: string };
};

export type PasswordFormState = {
  fieldErrors?: Partial<Record<"currentPassword" | "newPassword", string[]>>;
};

export type SummaryEmailFormState = { saved?: boolean; on?: boolean; error?: string };

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
  // This session stays signed in; every other one is signed out by the new password's fingerprint. The page is
  // loaded again rather than re-rendered here: this request still carries the old session cookie.
  await updateSession({ passwordKey: result.passwordKey } as Parameters<typeof updateSession>[0]);
  redirect("/settings?password=changed");
}

// A checkbox sends "on" when ticked and nothing when not; anything else is not from our form.
const summaryEmailSchema = z.enum(["on", ""], "Tick the box or leave it empty");

export async function updateSummaryEmailAction(
  _prev: SummaryEmailFormState,
  formData: FormData,
): Promise<SummaryEmailFormState> {
  const user = await requireUser();
  const parsed = summaryEmailSchema.safeParse(String(formData.get("summaryEmail") ?? ""));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message };
  const on = parsed.data === "on";
  await setSummaryEmail(user.id, on);
  return { saved: true, on };
}
