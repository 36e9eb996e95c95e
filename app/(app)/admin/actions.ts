"use server";

import { revalidatePath } from "next/cache";
import { addAccountAsAdmin } from "@/lib/auth/accounts";
import { formAction } from "@/lib/server/action";
import { adminAddUserSchema } from "@/lib/validations/auth";

export const addAccountAction = formAction(
  { name: "add-account", access: "admin", schema: adminAddUserSchema, keep: ["name", "email"] },
  async (account, { user: admin }) => {
    // The admin's time zone is a better first guess than UTC for someone on the same server; they can change it.
    const result = await addAccountAsAdmin(admin.id, { ...account, timeZone: admin.timeZone });
    if (!result.ok) {
      return result.reason === "taken"
        ? { fieldErrors: { email: ["An account with this email already exists."] } }
        : { message: "The account could not be created." };
    }
    revalidatePath("/admin");
    return {
      done: `Account created for ${result.user.email} — give them the password you chose; they can change it in Settings.`,
      values: { name: "", email: "" },
    };
  },
);
