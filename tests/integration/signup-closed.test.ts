// lib/env.ts reads process.env once, at import: the setting must be in place before the first import.
import { describe, expect, it } from "vitest";

process.env.SIGNUP = "closed";
const { addAccountAsAdmin, signUp, signUpAllowed } = await import("@/lib/auth/accounts");
const { accountForOidcProfile } = await import("@/lib/auth/oidc-accounts");

describe("with SIGNUP=closed", () => {
  it("still lets the first account in, as admin, then only the admin adds accounts", async () => {
    expect(await signUpAllowed()).toBe(true);
    const first = await signUp({ email: "owner@example.com", password: "correct horse battery" });
    expect(first).toMatchObject({ ok: true, user: { role: "admin" } });
    if (!first.ok) return;

    expect(await signUpAllowed()).toBe(false);
    expect(await signUp({ email: "stranger@example.com", password: "another long password" })).toEqual({
      ok: false,
      reason: "closed",
    });

    const added = await addAccountAsAdmin(first.user.id, {
      email: "friend@example.com",
      password: "a long enough password",
    });
    expect(added).toMatchObject({ ok: true, user: { email: "friend@example.com", role: "user" } });
  });

  it("refuses a single sign-on by an unknown e-mail, verified or not, and links a known one", async () => {
    expect(await accountForOidcProfile({ email: "stranger@example.com", email_verified: true })).toEqual({
      ok: false,
      reason: "closed",
    });
    expect(await accountForOidcProfile({ email: "friend@example.com", email_verified: true })).toMatchObject({
      ok: true,
    });
    const { db } = await import("@/lib/db");
    expect(await db.user.count({ where: { email: "stranger@example.com" } })).toBe(0);
  });
});
