import { beforeAll, describe, expect, it } from "vitest";
import { addAccountAsAdmin, checkCredentials, listAccounts, signUp } from "@/lib/auth/accounts";
import { db } from "@/lib/db";
import { saveEntry } from "@/lib/journal/entries";
import { signUpSchema } from "@/lib/validations/auth";

const ADMIN_PASSWORD = "correct horse battery";
let adminId: string;
let userId: string;

beforeAll(async () => {
  const first = await signUp({ email: "admin@example.com", password: ADMIN_PASSWORD, name: "Ada" });
  const second = await signUp({ email: "bob@example.com", password: "another long password" });
  if (!first.ok || !second.ok) throw new Error("sign-up failed");
  adminId = first.user.id;
  userId = second.user.id;
});

describe("accounts", () => {
  it("makes the first account the admin and later ones users", async () => {
    const roles = await db.user.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, role: true } });
    expect(roles).toEqual([
      { id: adminId, role: "admin" },
      { id: userId, role: "user" },
    ]);
  });

  it("refuses an email that is taken, whatever its case", async () => {
    const parsed = signUpSchema.parse({ email: "  BOB@Example.COM ", password: "yet another password" });
    expect(parsed.email).toBe("bob@example.com");
    expect(await signUp(parsed)).toEqual({ ok: false, reason: "taken" });
    expect(await db.user.count()).toBe(2);
  });

  it("checks credentials", async () => {
    expect(await checkCredentials("admin@example.com", ADMIN_PASSWORD)).toEqual({
      id: adminId,
      email: "admin@example.com",
      name: "Ada",
      disabled: false,
    });
    expect(await checkCredentials("admin@example.com", "correct horse batterY")).toBeNull();
    expect(await checkCredentials("nobody@example.com", ADMIN_PASSWORD)).toBeNull();
  });

  it("stores argon2id hashes, never the password", async () => {
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: adminId } });
    expect(passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(passwordHash).not.toContain(ADMIN_PASSWORD);
  });

  it("lets only an admin add accounts", async () => {
    const account = { email: "carol@example.com", password: "a long enough password" };
    await expect(addAccountAsAdmin(userId, account)).rejects.toThrow(/admin/);
    await expect(addAccountAsAdmin("no-such-id", account)).rejects.toThrow(/admin/);
    expect(await db.user.findUnique({ where: { email: account.email } })).toBeNull();

    const added = await addAccountAsAdmin(adminId, account);
    expect(added).toMatchObject({ ok: true, user: { email: "carol@example.com", role: "user" } });
    expect(await addAccountAsAdmin(adminId, account)).toEqual({ ok: false, reason: "taken" });
    expect(await checkCredentials(account.email, account.password)).not.toBeNull();
  });

  it("lists accounts with entry counts, for an admin only", async () => {
    await expect(listAccounts(userId)).rejects.toThrow(/admin/);
    await saveEntry(userId, "2026-03-01", { body: "One" });
    await saveEntry(userId, "2026-03-02", { body: "Two" });
    await saveEntry(adminId, "2026-03-01", { body: "Mine" });

    const accounts = await listAccounts(adminId);
    expect(accounts.map((a) => [a.email, a.role, a.entryCount])).toEqual([
      ["admin@example.com", "admin", 1],
      ["bob@example.com", "user", 2],
      ["carol@example.com", "user", 0],
    ]);
    expect(accounts[0]?.createdAt).toBeInstanceOf(Date);
    expect(accounts[0]).not.toHaveProperty("passwordHash");
  });
});
