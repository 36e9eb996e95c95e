// What an admin does to other accounts (lib/auth/account-admin.ts) and one-time password links
// (lib/auth/password-reset.ts), on a real database: disabling ends sessions and refuses the password, the last
// admin cannot be taken away (not even by two admins acting at once), links are stored hashed and work once.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  deleteAccountAsAdmin,
  passwordResetAsAdmin,
  setAccountDisabled,
  setAccountRole,
} from "@/lib/auth/account-admin";
import { deleteOwnAccount } from "@/lib/auth/account-deletion";
import { checkCredentials } from "@/lib/auth/accounts";
import { accountForOidcProfile } from "@/lib/auth/oidc-accounts";
import { createPasswordReset, passwordResetFor, redeemPasswordReset } from "@/lib/auth/password-reset";
import { sessionIsLive, startSession } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { createUser } from "../setup/users";

const PASSWORD = "correct horse battery";
let admin: string;
let bob: string;
let carol: string;

beforeAll(async () => {
  admin = await createUser("admin@example.com");
  bob = await createUser("bob@example.com");
  carol = await createUser("carol@example.com");
});

describe("disabling an account", () => {
  it("ends its sessions, refuses its password and its single sign-on, until it is enabled again", async () => {
    const sid = await startSession(bob);
    expect(await setAccountDisabled(admin, bob, true)).toEqual({ ok: true, email: "bob@example.com" });
    expect(await sessionIsLive(sid, bob)).toBe(false);
    expect(await checkCredentials("bob@example.com", PASSWORD)).toMatchObject({ id: bob, disabled: true });
    expect(await accountForOidcProfile({ email: "bob@example.com", email_verified: true })).toEqual({
      ok: false,
      reason: "disabled",
    });
    expect(await setAccountDisabled(admin, bob, false)).toMatchObject({ ok: true });
    expect(await checkCredentials("bob@example.com", PASSWORD)).toMatchObject({ id: bob, disabled: false });
  });

  it("is for other accounts: the admin's own is refused, and only an admin may", async () => {
    expect(await setAccountDisabled(admin, admin, true)).toEqual({ ok: false, reason: "self" });
    expect(await setAccountDisabled(admin, "no-such-account", true)).toEqual({ ok: false, reason: "not-found" });
    await expect(setAccountDisabled(bob, carol, true)).rejects.toThrow(/Only an admin/);
  });
});

describe("the last admin", () => {
  it("cannot be disabled, made a user or deleted while other accounts exist", async () => {
    expect(await setAccountRole(admin, bob, "admin")).toMatchObject({ ok: true });
    // Two admins: either may take the other away, but not both at once (the second, disabled by then, is no admin).
    const both = await Promise.allSettled([setAccountDisabled(admin, bob, true), setAccountDisabled(bob, admin, true)]);
    const done = both.map((result) => result.status === "fulfilled" && result.value.ok);
    expect(done.filter(Boolean)).toHaveLength(1);
    const [survivor, other] = done[0] ? [admin, bob] : [bob, admin];
    expect(await setAccountDisabled(survivor, other, false)).toMatchObject({ ok: true });
    // Back to one admin, who then cannot be removed by anyone.
    expect(await setAccountRole(survivor, other, "user")).toMatchObject({ ok: true });
    expect(await deleteOwnAccount(survivor, PASSWORD)).toBe("last-admin");
    expect(await db.user.count({ where: { id: survivor } })).toBe(1);
    await expect(setAccountRole(other, survivor, "user")).rejects.toThrow(/Only an admin/);
    if (survivor !== admin) {
      // Put the roles back as the tests below expect them.
      expect(await setAccountRole(survivor, admin, "admin")).toMatchObject({ ok: true });
      expect(await setAccountRole(admin, survivor, "user")).toMatchObject({ ok: true });
    }
  });

  it("deletes another account with everything in it", async () => {
    const doomed = await createUser("doomed@example.com");
    await startSession(doomed);
    expect(await deleteAccountAsAdmin(admin, doomed)).toEqual({ ok: true, email: "doomed@example.com" });
    expect(await db.user.count({ where: { id: doomed } })).toBe(0);
    expect(await db.authSession.count({ where: { userId: doomed } })).toBe(0);
    expect(await deleteAccountAsAdmin(admin, admin)).toEqual({ ok: false, reason: "self" });
  });
});

describe("a password link", () => {
  it("is stored only as its hash, works once, sets the password and ends every session", async () => {
    const made = await passwordResetAsAdmin(admin, carol);
    if (!made.ok) throw new Error("no link was made");
    const stored = await db.passwordReset.findMany({ where: { userId: carol } });
    expect(stored.map((row) => row.tokenHash)).toEqual([createHash("sha256").update(made.token).digest("hex")]);
    expect(JSON.stringify(stored)).not.toContain(made.token);

    const sid = await startSession(carol);
    expect(await passwordResetFor(made.token)).toEqual({ email: "carol@example.com" });
    expect(await redeemPasswordReset(made.token, "a brand new passphrase")).toEqual({ email: "carol@example.com" });
    expect(await sessionIsLive(sid, carol)).toBe(false);
    expect(await checkCredentials("carol@example.com", "a brand new passphrase")).toMatchObject({ id: carol });
    expect(await checkCredentials("carol@example.com", PASSWORD)).toBeNull();
    // Used up.
    expect(await passwordResetFor(made.token)).toBeNull();
    expect(await redeemPasswordReset(made.token, "yet another passphrase")).toBeNull();
  });

  it("expires after a day, and a new link replaces the older one", async () => {
    const old = await createPasswordReset(bob, new Date(Date.now() - 25 * 3_600_000));
    expect(await passwordResetFor(old)).toBeNull();
    expect(await redeemPasswordReset(old, "a brand new passphrase")).toBeNull();
    const first = await createPasswordReset(bob);
    const second = await createPasswordReset(bob);
    expect(await passwordResetFor(first)).toBeNull();
    expect(await passwordResetFor(second)).toEqual({ email: "bob@example.com" });
    expect(await checkCredentials("bob@example.com", PASSWORD)).toMatchObject({ id: bob });
  });

  it("two uses of one link at once: only one sets its password", async () => {
    const token = await createPasswordReset(bob);
    const results = await Promise.all([
      redeemPasswordReset(token, "first racing passphrase"),
      redeemPasswordReset(token, "second racing passphrase"),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});

describe("single sign-on's accounts", () => {
  it("links a verified e-mail to its account, refuses an unverified one, and signs up a new one while open", async () => {
    expect(await accountForOidcProfile({ email: "Carol@Example.com", email_verified: true })).toEqual({
      ok: true,
      userId: carol,
    });
    expect(await accountForOidcProfile({ email: "carol@example.com", email_verified: false })).toEqual({
      ok: false,
      reason: "unverified",
    });
    expect(await accountForOidcProfile({ email: "carol@example.com" })).toEqual({ ok: false, reason: "unverified" });
    expect(await accountForOidcProfile({ sub: "no e-mail" })).toEqual({ ok: false, reason: "no-email" });
    const made = await accountForOidcProfile({ email: "dana@example.com", email_verified: "true", name: "Dana" });
    expect(made).toMatchObject({ ok: true });
    expect(
      await db.user.findUnique({ where: { email: "dana@example.com" }, select: { role: true, name: true } }),
    ).toEqual({ role: "user", name: "Dana" });
  });
});
