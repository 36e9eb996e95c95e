// Limits on guessing: failed sign-ins, sign-ups refused for a taken address (which says the account exists) and
// wrong current passwords on a password change, counted per account and per client address in the database
// (rate-limiter-flexible's Prisma store), so a restart does not reset them. While either count is used up, every
// attempt is refused before the password is even checked, the right one too. The per-account limit is the real
// defence; the per-address one is looser, so that a household behind one router is not locked out by one guesser.
import "server-only";
import { RateLimiterPrisma } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { TooManyTries } from "@/lib/server/entry-point";

const WINDOW_SECONDS = 15 * 60;
export const ACCOUNT_FAILURES = 10;
export const ADDRESS_FAILURES = 50;

// `tableName` is the Prisma client's property for the RateLimit model (prisma/schema.prisma).
const perAccount = new RateLimiterPrisma({
  storeClient: db,
  tableName: "rateLimit",
  keyPrefix: "account",
  points: ACCOUNT_FAILURES,
  duration: WINDOW_SECONDS,
});
const perAddress = new RateLimiterPrisma({
  storeClient: db,
  tableName: "rateLimit",
  keyPrefix: "address",
  points: ADDRESS_FAILURES,
  duration: WINDOW_SECONDS,
});

type Attempt = { account: string; address: string };

async function refuseWhileUsedUp(who: Attempt): Promise<void> {
  const [account, address] = await Promise.all([perAccount.get(who.account), perAddress.get(who.address)]);
  const waits = [
    account && account.consumedPoints >= ACCOUNT_FAILURES ? account.msBeforeNext : 0,
    address && address.consumedPoints >= ADDRESS_FAILURES ? address.msBeforeNext : 0,
  ];
  const wait = Math.max(...waits);
  if (wait > 0) throw new TooManyTries(Math.ceil(wait / 1000));
}

// Runs `attempt` unless a limit is used up (then throws TooManyTries). A failure counts against both limits; a
// success clears the account's count, so the owner's own typos do not add up over the day.
export async function limitAttempts<T>(who: Attempt, attempt: () => Promise<T>, failed: (result: T) => boolean) {
  await refuseWhileUsedUp(who);
  const result = await attempt();
  if (failed(result)) {
    await Promise.all([perAccount.penalty(who.account), perAddress.penalty(who.address)]);
  } else {
    await perAccount.delete(who.account);
  }
  return result;
}
