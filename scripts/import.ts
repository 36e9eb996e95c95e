// `npm run import -- --user <email> <file.json>`: imports a JSON file of entries into one account, the same
// way the Settings page does. The whole file is checked first; with any problem nothing is imported.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { prepareProject } from "./lib/project";

const USAGE = `Usage: npm run import -- --user <email> <file.json>

Imports entries from a JSON file shaped like [{"date": "YYYY-MM-DD", "body": "...", "mood": 1-5, "tags": ["..."]}]
(the format Settings → Export writes) into the account with that email.

  --user <email>  the account to import into
  --help          show this help

The whole file is checked first; if any record is invalid nothing is imported. Days that already have the
same entry are skipped, and days that already have a different entry are left as they are and listed.`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function parseCommandLine(): { email: string; file: string } {
  let parsed;
  try {
    parsed = parseArgs({
      options: { user: { type: "string", short: "u" }, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
    });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (parsed.values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const [file, ...extra] = parsed.positionals;
  if (!parsed.values.user || !file || extra.length > 0) fail(USAGE);
  // `npm run` starts us in the project folder; a relative file name means the folder the user typed it in.
  return { email: parsed.values.user, file: path.resolve(process.env.INIT_CWD || process.cwd(), file) };
}

function readFile(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (error) {
    fail(`Cannot read ${file}: ${(error as Error).message}`);
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

async function main() {
  const { email, file } = parseCommandLine();

  // Same data folder and settings as `npm start`, whichever folder this was run from.
  await prepareProject();

  // Loaded only now: the database client reads its settings when first imported.
  const { db } = await import("../lib/db");
  const { importEntries } = await import("../lib/journal/import");
  const { emailSchema } = await import("../lib/validations/auth");
  const { parseImportText } = await import("../lib/validations/import");
  const { todayIn } = await import("../lib/dates");

  try {
    const address = emailSchema.safeParse(email);
    const user = address.success
      ? await db.user.findUnique({ where: { email: address.data }, select: { id: true, email: true, timeZone: true } })
      : null;
    if (!user) fail(`No account with the email ${email} on this server (database ${process.env.DATABASE_URL}).`);

    const parsed = parseImportText(readFile(file), { latestDay: todayIn(user.timeZone) });
    if (!parsed.ok) {
      console.error(
        `${path.basename(file)} has ${plural(parsed.problemCount, "problem", "problems")}; nothing was imported.`,
      );
      console.error("Records are numbered from 0, in the order they appear in the file.\n");
      if (parsed.problemCount > parsed.problems.length) console.error(`The first ${parsed.problems.length}:`);
      for (const p of parsed.problems) {
        const where = p.index === null ? "" : `Record ${p.index}${p.field ? `, ${p.field}` : ""}: `;
        console.error(`  ${where}${p.message}`);
      }
      process.exit(1);
    }

    const showProgress = process.stdout.isTTY;
    const result = await importEntries(user.id, parsed.records, ({ done, total }) => {
      if (showProgress) process.stdout.write(`\rImporting ${done}/${total}`);
    });
    if (showProgress) process.stdout.write("\n");

    console.log(`Imported ${plural(result.imported, "entry", "entries")} into ${user.email}.`);
    if (result.unchanged > 0) console.log(`${plural(result.unchanged, "entry was", "entries were")} already there.`);
    if (result.conflicts.length > 0) {
      console.log(
        `${plural(result.conflicts.length, "day already had a different entry and was", "days already had a different entry and were")} left as ${result.conflicts.length === 1 ? "it is" : "they are"}:`,
      );
      console.log(`  ${result.conflicts.join(", ")}`);
    }
  } catch (error) {
    // One transaction: a failure leaves the journal as it was.
    fail(`The import failed and nothing was imported: ${(error as Error).message}`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: Error) => fail(`The import could not start: ${error.message}`));
