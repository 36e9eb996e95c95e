"use server";

import { AuthError } from "next-auth";
import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { userCount } from "@/lib/auth/accounts";
import { AccountDisabled, OIDC_PROVIDER_ID, signIn, SignInLimited, signOut } from "@/lib/auth";
import { redeemPasswordReset } from "@/lib/auth/password-reset";
import { signUpAttempt } from "@/lib/auth/limited-attempts";
import { removeSetupCode, setupCodeMatches } from "@/lib/config/setup-code";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { formAction, type FormState, valueAction } from "@/lib/server/action";
import { clientAddress } from "@/lib/server/client-address";
import { newPasswordSchema, signInSchema, signUpSchema } from "@/lib/validations/auth";

async function signInOrExplain(email: string, password: string): Promise<FormState<"email" | "password">> {
  const t = await getTranslations("auth.refusals");
  try {
    await signIn("credentials", { email, password, redirectTo: "/journal" });
  } catch (error) {
    // The limit's own sentence, said in the reader's language by the action wrapper.
    if (error instanceof SignInLimited) return { message: error.limit.message };
    if (error instanceof AccountDisabled) return { message: t("accountDisabled") };
    // signIn redirects by throwing; only Auth.js's own errors mean the credentials were wrong.
    if (error instanceof AuthError) return { message: t("wrongPassword") };
    throw error;
  }
  return {};
}

// The first account needs the code from the link `npm start` printed (lib/config/setup-code.ts).
const signUpForm = signUpSchema.extend({ setupCode: z.string().max(200).optional() });

export const signUpAction = formAction(
  { name: "sign-up", access: "public", schema: signUpForm, keep: ["name", "email"] },
  async ({ setupCode, ...account }) => {
    const t = await getTranslations("auth.refusals");
    if ((await userCount()) === 0 && !setupCodeMatches(env.dataDir, setupCode ?? "")) {
      return { message: t("setupLinkNeeded") };
    }
    const locale = await getLocale();
    const result = await signUpAttempt({ ...account, locale }, clientAddress(await headers()));
    if (!result.ok) {
      return result.reason === "taken" ? { fieldErrors: { email: [t("emailTaken")] } } : { message: t("signUpClosed") };
    }
    if (result.user.role === "admin") removeSetupCode(env.dataDir);
    return signInOrExplain(account.email, account.password);
  },
);

export const signInAction = formAction(
  { name: "sign-in", access: "public", schema: signInSchema, keep: ["email"] },
  ({ email, password }) => signInOrExplain(email, password),
);

// Ends this browser's session on the server (Auth.js's signOut event, lib/auth/index.ts) and deletes the cookie.
// The browser then clears what it kept of the user (components/layout/sign-out-button.tsx).
export const signOutAction = valueAction({ name: "sign-out", access: "public", schema: z.undefined() }, async () => {
  await signOut({ redirect: false });
  return { ok: true };
});

// Single sign-on: off to the identity provider, back through Auth.js's callback (lib/auth/index.ts) to the journal.
export const oidcSignInAction = formAction(
  { name: "oidc-sign-in", access: "public", schema: z.object({}) },
  async (): Promise<FormState<never>> => {
    const t = await getTranslations("auth.refusals");
    if (!env.oidc) return { message: t("oidcNotSetUp") };
    try {
      await signIn(OIDC_PROVIDER_ID, { redirectTo: "/journal" });
    } catch (error) {
      // signIn redirects by throwing; Auth.js's own errors mean the provider could not be asked (it is down).
      if (error instanceof AuthError) {
        logger.warn({ err: error }, "single sign-on: the identity provider could not be reached");
        return { message: t("oidcUnreachable", { name: env.oidc.name }) };
      }
      throw error;
    }
    return {};
  },
);

const resetPasswordForm = z.object({ token: z.string().min(1).max(200), password: newPasswordSchema });

// A one-time link from the admin (lib/auth/password-reset.ts): the new password is set and the link used up.
export const resetPasswordAction = formAction(
  { name: "reset-password", access: "public", schema: resetPasswordForm },
  async ({ token, password }): Promise<FormState<"token" | "password">> => {
    if (!(await redeemPasswordReset(token, password))) {
      return { message: (await getTranslations("auth.refusals"))("linkExpired") };
    }
    redirect("/sign-in?reset=done");
  },
);
