"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { LOCALE_COOKIE } from "@/i18n/locales";
import { userMessage } from "@/i18n/user-message";
import { signIn, signOut } from "@/lib/auth";
import { setSummaryEmail, updateProfile } from "@/lib/auth/profile";
import { accountDeletionAttempt, passwordChangeAttempt } from "@/lib/auth/limited-attempts";
import { endAllSessions } from "@/lib/auth/sessions";
import { deleteAllPushSubscriptions, reminderTimeSchema, saveReminder } from "@/lib/journal/reminders";
import { formAction, valueAction } from "@/lib/server/action";
import { clientAddress } from "@/lib/server/client-address";
import { newPasswordSchema, settingsSchema } from "@/lib/validations/auth";

// Not exported: a "use server" module may only export async functions.
const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, userMessage("currentPasswordMissing")).max(200),
    newPassword: newPasswordSchema,
  })
  .refine((p) => p.currentPassword !== p.newPassword, {
    path: ["newPassword"],
    message: userMessage("samePassword"),
  });

const YEAR_SECONDS = 365 * 24 * 60 * 60;

export const updateProfileAction = formAction(
  { name: "update-profile", access: "user", schema: settingsSchema, keep: ["name", "timeZone", "locale"] },
  async (data, { user }) => {
    await updateProfile(user.id, data);
    // The language is kept in the browser too, so the sign-in page after a sign-out speaks it (i18n/request.ts).
    if (data.locale) {
      (await cookies()).set(LOCALE_COOKIE, data.locale, { path: "/", maxAge: YEAR_SECONDS, sameSite: "lax" });
    }
    // The time zone decides what "today" is on every page, and the language how it is said, so nothing cached may
    // keep the old ones.
    revalidatePath("/", "layout");
    // Said in the language just chosen.
    const t = await getTranslations({ locale: data.locale ?? (await getLocale()), namespace: "settings.profile" });
    return { done: t("saved"), values: { name: data.name, timeZone: data.timeZone, locale: data.locale ?? "" } };
  },
);

export const changePasswordAction = formAction(
  { name: "change-password", access: "user", schema: passwordChangeSchema },
  async ({ currentPassword, newPassword }, { user }) => {
    const result = await passwordChangeAttempt(user, currentPassword, newPassword, clientAddress(await headers()));
    if (!result.ok) {
      return { fieldErrors: { currentPassword: [(await getTranslations("settings.password"))("wrongCurrent")] } };
    }
    // The change ended every session of the account, this browser's too; a new one is started here with the new
    // password (server-side: nothing the browser sends decides what its token holds). The page is loaded again
    // rather than re-rendered: this request still carries the old cookie.
    await signIn("credentials", { email: user.email, password: newPassword, redirect: false });
    redirect("/settings?password=changed");
  },
);

// A checkbox sends "on" when ticked and nothing when not; anything else is not from our form.
const summaryEmailSchema = z.object({
  summaryEmail: z.enum(["on"], userMessage("checkboxInvalid")).optional(),
});

export const updateSummaryEmailAction = formAction(
  { name: "update-summary-email", access: "user", schema: summaryEmailSchema, keep: ["summaryEmail"] },
  async ({ summaryEmail }, { user }) => {
    const on = summaryEmail === "on";
    await setSummaryEmail(user.id, on);
    const t = await getTranslations("settings.summaries");
    return {
      done: on ? t("on", { email: user.email }) : t("off"),
      values: { summaryEmail: on ? "on" : "" },
    };
  },
);

// "Sign out of all devices": every session of the account ends, this one included.
export const signOutEverywhereAction = valueAction(
  { name: "sign-out-everywhere", access: "user", schema: z.undefined() },
  async (_input, { user }) => {
    await endAllSessions(user.id);
    await deleteAllPushSubscriptions(user.id);
    await signOut({ redirect: false });
    return { ok: true };
  },
);

const deleteAccountSchema = z.object({ password: z.string().min(1, userMessage("passwordMissing")).max(200) });

// Deleting the account, after the confirmation dialog (components/settings/delete-account.tsx): everything of it goes
// (lib/auth/account-deletion.ts). The browser then clears its drafts and leaves.
export const deleteAccountAction = valueAction(
  { name: "delete-account", access: "user", schema: deleteAccountSchema },
  async ({ password }, { user }) => {
    const result = await accountDeletionAttempt(user, password, clientAddress(await headers()));
    const t = await getTranslations("settings.delete");
    if (result === "wrong-password") return { ok: false, error: t("wrongPassword") };
    if (result === "last-admin") return { ok: false, error: t("lastAdmin") };
    await signOut({ redirect: false });
    return { ok: true };
  },
);

// The daily reminder (components/reminders/reminder-form.tsx), written in the language the page is read in.
const reminderSchema = z.object({
  enabled: z.enum(["on"], "Tick the box or leave it empty").optional(),
  time: reminderTimeSchema,
  email: z.enum(["on"], "Tick the box or leave it empty").optional(),
});

export const updateReminderAction = formAction(
  { name: "update-reminder", access: "user", schema: reminderSchema, keep: ["enabled", "time", "email"] },
  async ({ enabled, time, email }, { user }) => {
    const on = enabled === "on";
    await saveReminder(user.id, {
      enabled: on,
      time,
      email: email === "on",
      timeZone: user.timeZone,
    });
    const t = await getTranslations("reminders");
    return {
      done: on ? t("savedOn", { time }) : t("savedOff"),
      values: { enabled: on ? "on" : "", time, email: email === "on" ? "on" : "" },
    };
  },
);
