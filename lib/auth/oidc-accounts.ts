// Single sign-on (OpenID Connect, lib/auth/index.ts): which Cellstate account an identity provider's sign-in is.
// Accounts are linked by e-mail, and only by an address the provider says it verified (`email_verified`): else
// anyone who can name an address at the provider would get that person's journal. The sign-up rules still hold: an
// unknown address gets a new account only while SIGNUP=open, and never the first (admin) account, which needs the
// setup link. A disabled account is refused here as it is for a password.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { userMessage } from "@/i18n/user-message";
import { db } from "@/lib/db";
import { emailSchema } from "@/lib/validations/auth";
import { signUpAllowed, signUp, userCount } from "./accounts";

// The claims read from the ID token / userinfo. Some providers send email_verified as the string "true".
const profileSchema = z.object({
  email: emailSchema,
  email_verified: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]).optional(),
  name: z.string().trim().max(80).optional().catch(undefined),
});

export type OidcRefusal = "no-email" | "unverified" | "disabled" | "closed" | "setup-first";
export type OidcResult = { ok: true; userId: string } | { ok: false; reason: OidcRefusal };

export async function accountForOidcProfile(raw: unknown): Promise<OidcResult> {
  const parsed = profileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "no-email" };
  const { email, email_verified: verified, name } = parsed.data;
  if (verified !== true) return { ok: false, reason: "unverified" };
  const user = await db.user.findUnique({ where: { email }, select: { id: true, disabledAt: true } });
  if (user) return user.disabledAt ? { ok: false, reason: "disabled" } : { ok: true, userId: user.id };
  if ((await userCount()) === 0) return { ok: false, reason: "setup-first" };
  if (!(await signUpAllowed())) return { ok: false, reason: "closed" };
  // The account signs in through the provider; its password is random and never shown, until the owner gets a
  // reset link from the admin.
  const created = await signUp({ email, password: randomBytes(32).toString("base64url"), name });
  if (created.ok) return { ok: true, userId: created.user.id };
  // Taken: another request made it in between; it is the same person, verified the same way.
  if (created.reason === "taken") return accountForOidcProfile(raw);
  return { ok: false, reason: "closed" };
}

/** What the sign-in page says for each refusal (`?error=oidc-<reason>`). */
export const OIDC_REFUSALS: Record<OidcRefusal, string> = {
  "no-email": userMessage("oidcNoEmail"),
  unverified: userMessage("oidcUnverified"),
  disabled: userMessage("accountDisabled"),
  closed: userMessage("oidcClosed"),
  "setup-first": userMessage("oidcSetupFirst"),
};
