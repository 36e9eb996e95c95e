"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signUp } from "@/lib/auth/accounts";
import { signIn, signOut } from "@/lib/auth";
import { signInSchema, signUpSchema } from "@/lib/validations/auth";

export type AuthFormState = {
  message?: string;
  fieldErrors?: Partial<Record<"name" | "email" | "password", string[]>>;
  values?: { name?: string; email?: string };
};

function valuesOf(formData: FormData) {
  return { name: String(formData.get("name") ?? ""), email: String(formData.get("email") ?? "") };
}

async function signInOrExplain(email: string, password: string): Promise<AuthFormState> {
  try {
    await signIn("credentials", { email, password, redirectTo: "/journal" });
  } catch (error) {
    // signIn redirects by throwing; only Auth.js's own errors mean the credentials were wrong.
    if (error instanceof AuthError) return { message: "That email and password do not match an account." };
    throw error;
  }
  return {};
}

export async function signUpAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const values = valuesOf(formData);
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { fieldErrors: parsed.error.flatten().fieldErrors, values };
  const result = await signUp(parsed.data);
  if (!result.ok) {
    return result.reason === "taken"
      ? { fieldErrors: { email: ["An account with this email already exists. Sign in instead?"] }, values }
      : { message: "Sign-up is closed on this server. Ask its admin to add an account for you.", values };
  }
  return { ...(await signInOrExplain(parsed.data.email, parsed.data.password)), values };
}

export async function signInAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const values = valuesOf(formData);
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { fieldErrors: parsed.error.flatten().fieldErrors, values };
  return { ...(await signInOrExplain(parsed.data.email, parsed.data.password)), values };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirect: false });
  redirect("/sign-in");
}
