import { beforeAll, describe, expect, it } from "vitest";
import { checkCredentials, signUp } from "@/lib/auth/accounts";
import { changePassword, updateProfile } from "@/lib/auth/profile";
import { startSession, sessionIsLive } from "@/lib/auth/sessions";
import { db } from "@/lib/db";

let alice: string;
let bob: string;

beforeAll(async () => {
  const a = await signUp({ email: "alice@example.com", password: "correct horse battery", name: "Alice" });
  const b = await signUp({ email: "bob@example.com", password: "another long password", name: "Bob" });
  if (!a.ok || !b.ok) throw new Error("sign-up failed");
  alice = a.user.id;
  bob = b.user.id;
});

const profileOf = (id: string) => db.user.findUniqueOrThrow({ where: { id }, select: { name: true, timeZone: true } });

describe("updateProfile", () => {
  it("changes only the given user's name and time zone", async () => {
    await updateProfile(alice, { name: "Alice Liddell", timeZone: "Europe/Berlin" });
    expect(await profileOf(alice)).toEqual({ name: "Alice Liddell", timeZone: "Europe/Berlin" });
    expect(await profileOf(bob)).toEqual({ name: "Bob", timeZone: "UTC" });
  });

  it("stores an empty name as no name", async () => {
    await updateProfile(alice, { name: "", timeZone: "Asia/Tokyo" });
    expect(await profileOf(alice)).toEqual({ name: null, timeZone: "Asia/Tokyo" });
  });
});

describe("changePassword", () => {
  it("refuses a wrong current password and keeps the old one", async () => {
    expect(await changePassword(alice, "not my password", "a brand new passphrase")).toEqual({
      ok: false,
      reason: "wrong-current",
    });
    expect(await checkCredentials("alice@example.com", "correct horse battery")).not.toBeNull();
    expect(await checkCredentials("alice@example.com", "a brand new passphrase")).toBeNull();
  });

  it("replaces the password when the current one is right and ends every session of the account", async () => {
    const [aliceSession, bobSession] = [await startSession(alice), await startSession(bob)];
    const changed = await changePassword(alice, "correct horse battery", "a brand new passphrase");
    expect(changed).toEqual({ ok: true });
    expect(await checkCredentials("alice@example.com", "a brand new passphrase")).toMatchObject({ id: alice });
    expect(await checkCredentials("alice@example.com", "correct horse battery")).toBeNull();
    expect(await sessionIsLive(aliceSession, alice)).toBe(false);
    // Bob's password and sessions are his own.
    expect(await checkCredentials("bob@example.com", "another long password")).toMatchObject({ id: bob });
    expect(await sessionIsLive(bobSession, bob)).toBe(true);
  });

  it("does not accept another user's current password", async () => {
    expect(await changePassword(bob, "a brand new passphrase", "bob takes over alice")).toEqual({
      ok: false,
      reason: "wrong-current",
    });
    expect(await checkCredentials("bob@example.com", "another long password")).not.toBeNull();
  });
});
