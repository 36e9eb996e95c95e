// `npm run import -- --user <email> [--format <format>] <file or folder>`: imports a journal into one account, the
// same way the Settings page does: Cellstate's JSON, Day One (its zip or Journal.json), jrnl's JSON, or a folder or
// zip of Markdown notes. The whole file is checked first; with any problem nothing is imported.
import path from "node:path";
import { parseArgs } from "node:util";
import { prepareProject } from "./lib/project";

const USAGE = `Usage: npm run import -- --user <email> [--format <format>] <file or folder>

Imports a journal into the account with that email:
  - a Cellstate export (Settings → Export, JSON),
  - a Day One export: its zip (only the journal JSON inside is read, never the photos) or its Journal.json,
  - a jrnl export (jrnl --format json > journal.json),
  - a folder or zip of Markdown notes named by day (2024-03-01.md) or with \`date:\` in their front matter.

  --user <email>     the account to import into
  --format <format>  cellstate, dayone, jrnl or markdown (found from the file when left out)
  --help             show this help

The whole file is checked first; if any record is invalid nothing is imported. Days that already have the
same entry are skipped, and days that already have a different entry are left as they are and listed.`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function parseCommandLine(): { email: string; file: string; format?: string } {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        user: { type: "string", short: "u" },
        format: { type: "string", short: "f" },
        help: { type: "boolean", short: "h" },
      },
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
  return {
    email: parsed.values.user,
    file: path.resolve(process.env.INIT_CWD || process.cwd(), file),
    format: parsed.values.format,
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

async function main() {
  const { email, file, format: askedFormat } = parseCommandLine();

  // Same data folder and settings as `npm start`, whichever folder this was run from.
  await prepareProject();

  // Loaded only now: the database client reads its settings when first imported.
  const { db } = await import("../lib/db");
  const { importEntries } = await import("../lib/journal/import");
  const { emailSchema } = await import("../lib/validations/auth");
  const { IMPORT_FORMATS } = await import("../lib/import/types");
  const { ImportCollector } = await import("../lib/import/collector");
  const { readSource } = await import("./lib/import-source");
  const { todayIn } = await import("../lib/dates");

  const format = IMPORT_FORMATS.find((f) => f === askedFormat);
  if (askedFormat !== undefined && !format) fail(`--format must be one of ${IMPORT_FORMATS.join(", ")}`);

  try {
    const address = emailSchema.safeParse(email);
    const user = address.success
      ? await db.user.findUnique({ where: { email: address.data }, select: { id: true, email: true, timeZone: true } })
      : null;
    if (!user) fail(`No account with the email ${email} on this server (database ${process.env.DATABASE_URL}).`);

    const collector = new ImportCollector({ latestDay: todayIn(user.timeZone), format });
    const refused = await readSource(file, collector, format);
    if (refused) fail(`${path.basename(file)}: ${refused} Nothing was imported.`);
    const parsed = collector.result();
    if (!parsed.ok) {
      console.error(
        `${path.basename(file)} has ${plural(parsed.problemCount, "problem", "problems")}; nothing was imported.`,
      );
      console.error("Records are numbered from 0, in the order they appear in the file.\n");
      if (parsed.problemCount > parsed.problems.length) console.error(`The first ${parsed.problems.length}:`);
      for (const p of parsed.problems) {
        const record = p.index === null ? "" : `Record ${p.index}`;
        const at = [p.file, record, p.field].filter(Boolean).join(", ");
        const where = at ? `${at}: ` : "";
        console.error(`  ${where}${p.message}`);
      }
      process.exit(1);
    }

    const showProgress = process.stdout.isTTY;
    const result = await importEntries(
      user.id,
      parsed.records,
      ({ done, total }) => {
        if (showProgress) process.stdout.write(`\rImporting ${done}/${total}`);
      },
      parsed,
    );
    if (showProgress) process.stdout.write("\n");

    console.log(`Imported ${plural(result.imported, "entry", "entries")} into ${user.email}.`);
    if (result.unchanged > 0) console.log(`${plural(result.unchanged, "entry was", "entries were")} already there.`);
    if (result.conflicts.length > 0) {
      console.log(
        `${plural(result.conflicts.length, "day already had a different entry and was", "days already had a different entry and were")} left as ${result.conflicts.length === 1 ? "it is" : "they are"}:`,
      );
      console.log(`  ${result.conflicts.join(", ")}`);
    }
    if (result.marks > 0)
      console.log(`${plural(result.marks, "Keep or Let go mark", "Keep and Let go marks")} imported.`);
    if (result.settingsApplied) console.log("The export's settings (name, time zone, summary e-mail) were applied.");
    if (parsed.missing.length > 0) {
      console.log(`Not imported (Cellstate keeps text only), ${plural(parsed.missing.length, "day", "days")}:`);
      for (const line of parsed.missing) console.log(`  ${line}`);
    }
  } catch (error) {
    // One transaction: a failure leaves the journal as it was.
    fail(`The import failed and nothing was imported: ${(error as Error).message}`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: Error) => fail(`The import could not start: ${error.message}`));
