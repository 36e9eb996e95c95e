// `npm run summaries -- --week 2026-W48 [--user <email>]`: builds (again) one week's "lessons kept" summary,
// with the same code the scheduler uses; `--due` builds everything the scheduler would build now.
import { parseArgs } from "node:util";
import { prepareProject } from "./lib/project";

const USAGE = `Usage: npm run summaries -- --week <YYYY-Www> [--user <email>]
       npm run summaries -- --due [--user <email>]

Builds weekly "lessons kept" summaries from the stored entries and memory models (nothing is retrained).

  --week <YYYY-Www>  rebuild that ISO week, e.g. 2026-W48, replacing the stored summary; the week must be over
                     in the user's time zone
  --due              build every week that is over and missing or written into since (what the scheduler does)
  --user <email>     only this account (default: every account with entries)
  --help             show this help

No e-mail is sent from here; the scheduler sends each week's summary to users who asked for it.`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function parseCommandLine(): { week: string | null; email: string | null } {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        week: { type: "string", short: "w" },
        due: { type: "boolean" },
        user: { type: "string", short: "u" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { week, due, user, help } = parsed.values;
  if (help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (Boolean(week) === Boolean(due)) fail(USAGE);
  return { week: week ?? null, email: user ?? null };
}

async function main() {
  const { week, email } = parseCommandLine();
  await prepareProject();

  // Loaded only now: the database client reads its settings when first imported.
  const { db } = await import("../lib/db");
  const { emailSchema } = await import("../lib/validations/auth");
  const { isIsoWeek, lastCompletedWeek } = await import("../lib/summaries/iso-week");
  const { buildSummaries, dueWeeks, storeSummaries } = await import("../lib/journal/weekly-summaries");

  if (week && !isIsoWeek(week)) fail(`${week} is not an ISO week; write it like 2026-W48.`);
  try {
    let where = {};
    if (email) {
      const address = emailSchema.safeParse(email);
      if (!address.success) fail(`${email} is not an e-mail address.`);
      where = { email: address.data };
    }
    const users = await db.user.findMany({
      where: { ...where, entries: { some: {} } },
      select: { id: true, email: true, timeZone: true },
      orderBy: { createdAt: "asc" },
    });
    if (email && users.length === 0) fail(`No account with the email ${email} and entries on this server.`);

    for (const user of users) {
      if (week && week > lastCompletedWeek(user.timeZone)) {
        console.log(`${user.email}: ${week} is not over yet in ${user.timeZone}; skipped.`);
        continue;
      }
      const weeks = week ? [week] : await dueWeeks(user.id);
      const built = await buildSummaries(user.id, weeks);
      await storeSummaries(user.id, built);
      const names = built.map((b) => b.week);
      console.log(
        names.length === 0
          ? `${user.email}: nothing to build${week ? ` (no entries on or before ${week})` : ""}.`
          : `${user.email}: built ${names.join(", ")}.`,
      );
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: Error) => fail(`Building summaries failed: ${error.message}`));
