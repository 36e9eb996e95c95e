// The ways to guess at an account, each under the limits of rate-limit.ts: signing in, signing up (a taken
// address says the account exists), and the current password asked for on a password change or an account deletion. The account is the
// normalised email in all three, so guesses made one way count against the others. Each throws TooManyTries
// while a limit is used up.
import "server-only";
import { deleteOwnAccount } from "./account-deletion";
import { type NewAccount, checkCredentials, signUp } from "./accounts";
import { changePassword } from "./profile";
import { limitAttempts } from "./rate-limit";
import { signInSchema } from "@/lib/validations/auth";

export async function signInAttempt(raw: unknown, address: string) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  return limitAttempts(
    { account: email, address },
    () => checkCredentials(email, password),
    (user) => user === null,
  );
}

export async function signUpAttempt(account: NewAccount, address: string) {
  return limitAttempts(
    { account: account.email, address },
    () => signUp(account),
    (result) => !result.ok && result.reason === "taken",
  );
}

export async function passwordChangeAttempt(
  user: { id: string; email: string },
  current: string,
  next: string,
  address: string,
) {
  return limitAttempts(
    { account: user.email, address },
    () => changePassword(user.id, current, next),
    (result) => !result.ok,
  );
}

export async function accountDeletionAttempt(user: { id: string; email: string }, password: string, address: string) {
  return limitAttempts(
    { account: user.email, address },
    () => deleteOwnAccount(user.id, password),
    (result) => result === "wrong-password",
  );
}
