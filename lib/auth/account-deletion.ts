// Deleting an account: every row of the user goes (the foreign keys cascade from User to entries, analyses,
// themes and their sentences, models, marks, summaries, the training job, sessions and reset links), and so do the
// rows keyed by what identifies them without a foreign key (the sign-in limit counted on their e-mail, the lease on
// their weekly summaries). Then what SQLite still keeps of them is wiped: secure_delete (lib/db.ts) zeroes the
// deleted rows' bytes in the pages it rewrites, but those pages reach the file through the -wal, which also still
// holds older copies of them, with the text, until a checkpoint. A TRUNCATE checkpoint moves the zeroed pages into
// the file and empties the -wal; before it, the search index merges away the deleted entries' words
// (search-index.ts `purgeDeletedTerms`). Backups keep the account until they rotate out (README, "Deleting an account").
import { z } from "zod";
import { db } from "@/lib/db";
import { providerOf } from "@/lib/config/database";
import { env } from "@/lib/env";
import { purgeDeletedTerms } from "@/lib/journal/search-index";
import { logger } from "@/lib/log";
import { isLastAdmin } from "./last-admin";
import { verifyPassword } from "./password";

export type Erased = "deleted" | "not-found" | "last-admin";

/**
 * Deletes the account and everything of it. Who may do so (the user, an admin) is checked by the caller; the last
 * admin who can sign in is never deleted while other accounts exist (someone must be able to manage them). The
 * very last account may go: the server is then as new, and `npm start` prints a setup link again.
 */
export async function eraseAccount(userId: string): Promise<Erased> {
  const erased = await db.$transaction(async (tx): Promise<Erased> => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) return "not-found";
    if ((await isLastAdmin(tx, userId)) && (await tx.user.count()) > 1) return "last-admin";
    // rate-limiter-flexible's keys are `${keyPrefix}:${key}` (lib/auth/rate-limit.ts: the account is the e-mail).
    await tx.rateLimit.deleteMany({ where: { key: `account:${user.email}` } });
    await tx.lease.deleteMany({ where: { name: `summaries:${userId}` } });
    await tx.user.delete({ where: { id: userId }, select: { id: true } });
    return "deleted";
  });
  if (erased === "deleted") {
    await purgeDeletedTerms();
    await wipeFreedPages();
  }
  return erased;
}

/** The user's own deletion, from Settings: their password again, so an open session alone cannot do it. */
export async function deleteOwnAccount(userId: string, password: string): Promise<Erased | "wrong-password"> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) return "not-found";
  if (!(await verifyPassword(user.passwordHash, password))) return "wrong-password";
  return eraseAccount(userId);
}

// One row: busy (1 when another connection kept the checkpoint from finishing), then the -wal's frame counts.
const checkpointResult = z.array(z.object({ busy: z.coerce.number() }));

// SQLite only: PostgreSQL keeps deleted rows as dead tuples until its autovacuum reuses the space; its files are the
// database server's, protected by that server (README).
async function wipeFreedPages(): Promise<void> {
  if (providerOf(env.databaseUrl) !== "sqlite") return;
  // Another connection reading at this moment (the worker) can keep the checkpoint from finishing: the -wal is then
  // reused from its start by the next writes, and the next deletion's checkpoint tries again.
  const [result] = checkpointResult.parse(await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)"));
  if (result?.busy !== 0) logger.warn("account deletion: the -wal could not be emptied yet");
}
