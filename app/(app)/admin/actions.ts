"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { z } from "zod";
import { userMessage } from "@/i18n/user-message";
import {
  type AdminRefusal,
  type AdminResult,
  deleteAccountAsAdmin,
  passwordResetAsAdmin,
  setAccountDisabled,
  setAccountRole,
} from "@/lib/auth/account-admin";
import { addAccountAsAdmin } from "@/lib/auth/accounts";
import { RESET_LINK_HOURS, RESET_PATH } from "@/lib/auth/password-reset";
import { type ActionResult, formAction, valueAction } from "@/lib/server/action";
import { publicOrigin } from "@/lib/server/public-origin";
import { adminAddUserSchema } from "@/lib/validations/auth";

export const addAccountAction = formAction(
  { name: "add-account", access: "admin", schema: adminAddUserSchema, keep: ["name", "email"] },
  async (account, { user: admin }) => {
    // The admin's time zone is a better first guess than UTC for someone on the same server; they can change it.
    const result = await addAccountAsAdmin(admin.id, { ...account, timeZone: admin.timeZone });
    const t = await getTranslations("admin.answers");
    if (!result.ok) {
      return result.reason === "taken" ? { fieldErrors: { email: [t("taken")] } } : { message: t("notCreated") };
    }
    revalidatePath("/admin");
    return { done: t("created", { email: result.user.email }), values: { name: "", email: "" } };
  },
);

const REFUSALS = { "not-found": "notFound", self: "self", "last-admin": "lastAdmin" } as const satisfies Record<
  AdminRefusal,
  string
>;

async function refusal(reason: AdminRefusal): Promise<string> {
  return (await getTranslations("admin.answers"))(REFUSALS[reason]);
}

// What every change to an account answers: the page is read again, or the refusal is said.
async function answer(result: AdminResult): Promise<ActionResult> {
  if (!result.ok) return { ok: false, error: await refusal(result.reason) };
  revalidatePath("/admin");
  return { ok: true };
}

// Account ids are cuids; anything else (a lone surrogate the database cannot compare, a path) names no account.
const accountId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, userMessage("notAnAccount"));

export const setDisabledAction = valueAction(
  { name: "set-disabled", access: "admin", schema: z.object({ userId: accountId, disabled: z.boolean() }) },
  async ({ userId, disabled }, { user: admin }) => answer(await setAccountDisabled(admin.id, userId, disabled)),
);

export const setRoleAction = valueAction(
  { name: "set-role", access: "admin", schema: z.object({ userId: accountId, role: z.enum(["admin", "user"]) }) },
  async ({ userId, role }, { user: admin }) => answer(await setAccountRole(admin.id, userId, role)),
);

export const deleteAccountAsAdminAction = valueAction(
  { name: "delete-account-as-admin", access: "admin", schema: z.object({ userId: accountId }) },
  async ({ userId }, { user: admin }) => answer(await deleteAccountAsAdmin(admin.id, userId)),
);

// The link is shown once, to the admin, who passes it on; only its hash is kept (lib/auth/password-reset.ts).
export const resetLinkAction = valueAction(
  { name: "reset-link", access: "admin", schema: z.object({ userId: accountId }) },
  async ({ userId }, { user: admin }): Promise<ActionResult<{ link: string; hours: number }>> => {
    const result = await passwordResetAsAdmin(admin.id, userId);
    if (!result.ok) return { ok: false, error: await refusal(result.reason) };
    const link = new URL(`${RESET_PATH}/${result.token}`, publicOrigin(await headers())).toString();
    return { ok: true, link, hours: RESET_LINK_HOURS };
  },
);
