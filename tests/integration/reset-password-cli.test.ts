// `npm run reset-password -- --user <email>`, run as its own process against this test file's database: it prints a
// one-time link that sets the password, and says so plainly when the account does not exist.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { checkCredentials } from "@/lib/auth/accounts";
import { passwordResetFor, redeemPasswordReset } from "@/lib/auth/password-reset";
import { createUser } from "../setup/users";

function resetPassword(...args: string[]) {
  const run = spawnSync("npx", ["tsx", "scripts/reset-password.ts", ...args], {
    env: { ...process.env, AUTH_URL: "https://journal.example.org" },
    encoding: "utf8",
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("npm run reset-password", () => {
  it("prints a one-time link, at AUTH_URL, that sets a new password", async () => {
    await createUser("locked-out@example.com");
    const run = resetPassword("--user", "Locked-Out@example.com");
    expect(run.status, run.stderr).toBe(0);
    const link = /https:\/\/journal\.example\.org\/reset-password\/([\w-]{40,})/.exec(run.stdout);
    expect(link, run.stdout).not.toBeNull();
    const token = link![1]!;
    expect(await passwordResetFor(token)).toEqual({ email: "locked-out@example.com" });
    expect(await redeemPasswordReset(token, "back in at last, thanks")).toEqual({ email: "locked-out@example.com" });
    expect(await checkCredentials("locked-out@example.com", "back in at last, thanks")).toMatchObject({
      email: "locked-out@example.com",
    });
  });

  it("names an unknown account and the usage, and exits 1", () => {
    const unknown = resetPassword("--user", "nobody@example.com");
    expect([unknown.status, unknown.stderr.trim()]).toEqual([
      1,
      "No account with the email nobody@example.com on this server.",
    ]);
    const bare = resetPassword();
    expect(bare.status).toBe(1);
    expect(bare.stderr).toContain("Usage: npm run reset-password -- --user <email>");
  });
});
