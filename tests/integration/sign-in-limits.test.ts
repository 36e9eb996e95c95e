// Guessing limits on a real SQLite file with real argon2: 10 wrong tries per account in 15 minutes, then even the
// right password waits; other accounts are not affected; the per-address limit is looser (50) but holds; a
// restart (a fresh limiter over the same database) remembers; sign-up and the password check count too.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ACCOUNT_FAILURES, ADDRESS_FAILURES } from "@/lib/auth/rate-limit";
import { passwordChangeAttempt, signInAttempt, signUpAttempt } from "@/lib/auth/limited-attempts";
import { db } from "@/lib/db";
import { TooManyTries } from "@/lib/server/entry-point";
import { createUser } from "../setup/users";

const PASSWORD = "correct horse battery";
const users: Record<string, string> = {};

beforeAll(async () => {
  for (const name of ["alice", "bob", "carol", "dave", "erin"]) users[name] = await createUser(`${name}@example.com`);
});

afterEach(() => vi.useRealTimers());

const attempt = (email: string, password: string, address = "192.0.2.1") => signInAttempt({ email, password }, address);

async function refusal(promise: Promise<unknown>): Promise<TooManyTries> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TooManyTries);
  return error as TooManyTries;
}

describe("per account", () => {
  it("refuses the 11th wrong try within 15 minutes, and the right password after it, saying when to come back", async () => {
    for (let i = 0; i < ACCOUNT_FAILURES; i++) expect(await attempt("alice@example.com", `wrong ${i}`)).toBeNull();
    const eleventh = await refusal(attempt("alice@example.com", "wrong again"));
    expect(eleventh.message).toBe("Too many tries. Try again in 15 minutes.");
    expect(eleventh.retryAfterSeconds).toBeGreaterThan(14 * 60);
    await refusal(attempt("alice@example.com", PASSWORD));
    // From another address too: the account is what is protected. Case and spaces do not make a new account.
    await refusal(attempt(" ALICE@example.com ", PASSWORD, "198.51.100.7"));
  });

  it("leaves other accounts alone, from the same address", async () => {
    expect(await attempt("bob@example.com", PASSWORD)).toMatchObject({ id: users.bob });
  });

  it("is remembered by a fresh limiter over the same database (a restart)", async () => {
    vi.resetModules();
    const fresh = await import("@/lib/auth/limited-attempts");
    const freshError = await import("@/lib/server/entry-point");
    const error = await fresh
      .signInAttempt({ email: "alice@example.com", password: PASSWORD }, "192.0.2.1")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(freshError.TooManyTries);
    expect(await db.rateLimit.count({ where: { key: "account:alice@example.com" } })).toBe(1);
  });

  it("lets the account in again once the 15 minutes are over", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 15 * 60 * 1000 + 1000);
    expect(await attempt("alice@example.com", PASSWORD)).toMatchObject({ id: users.alice });
  });

  it("counts wrong current passwords on a password change against the same account", async () => {
    const carol = { id: users.carol!, email: "carol@example.com" };
    for (let i = 0; i < ACCOUNT_FAILURES; i++) {
      expect(await passwordChangeAttempt(carol, `wrong ${i}`, "a new password here", "192.0.2.9")).toEqual({
        ok: false,
        reason: "wrong-current",
      });
    }
    await refusal(passwordChangeAttempt(carol, PASSWORD, "a new password here", "192.0.2.9"));
    await refusal(attempt("carol@example.com", PASSWORD, "192.0.2.9"));
  });

  it("counts sign-ups refused for a taken address (each says the account exists)", async () => {
    for (let i = 0; i < ACCOUNT_FAILURES; i++) {
      expect(
        await signUpAttempt({ email: "dave@example.com", password: "another password" }, `203.0.113.${i}`),
      ).toEqual({ ok: false, reason: "taken" });
    }
    await refusal(signUpAttempt({ email: "dave@example.com", password: "another password" }, "203.0.113.99"));
    // A new address signs up as before.
    expect(
      await signUpAttempt({ email: "frank@example.com", password: "another password" }, "203.0.113.99"),
    ).toMatchObject({
      ok: true,
    });
  });
});

describe("per address", () => {
  it("is looser: a household's wrong tries on several accounts pass until 50, then that address waits", async () => {
    const household = "10.9.8.7";
    // Nine wrong tries on each of several accounts (none reaches its own limit), 50 in all.
    for (let i = 0; i < ADDRESS_FAILURES; i++) {
      expect(await attempt(`member${Math.floor(i / 9)}@example.com`, "wrong", household)).toBeNull();
    }
    expect(ADDRESS_FAILURES).toBeGreaterThan(ACCOUNT_FAILURES);
    await refusal(attempt("erin@example.com", PASSWORD, household));
    // Erin from anywhere else is fine.
    expect(await attempt("erin@example.com", PASSWORD, "10.9.8.8")).toMatchObject({ id: users.erin });
  });
});
