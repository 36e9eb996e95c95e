"use server";

import { revalidatePath } from "next/cache";
import { addAccountAsAdmin } from "@/lib/auth/accounts";
import { requireAdmin } from "@/lib/auth/session";
import { adminAddUserSchema } from "@/lib/validations/auth";

export type AddAccountState = {
  created?: string;
  message?: string;
  fieldErrors?: Partial<Record<"name" | "email" | "password", string[]>>;
  values?: { name: string; email: string };
};

export async function addAccountAction(_prev: AddAccountState, formData: FormData): Promise<AddAccountState> {
  const admin = await requireAdmin();
  const values = { name: String(formData.get("name") ?? ""), email: String(formData.get("email") ?? "") };
  const parsed = adminAddUserSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { fieldErrors: parsed.error.flatten().fieldErrors, values };

  // The admin's time zone is a better first guess than UTC for someone on the same server; they can change it.
  const result = await addAccountAsAdmin(admin.id, { ...parsed.data, timeZone: admin.timeZone });
  if (!result.ok) {
    return result.reason === "taken"
      ? { fieldErrors: { email: ["An account with this email already exists."] }, values }
      : { message: "The account could not be created.", values };
  }
  revalidatePath("/admin");
  return { created: result.user.email, values: { name: "", email: "" } };
}
