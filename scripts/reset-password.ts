// `npm run reset-password -- --user <email>`: for an admin locked out of a server that has no e-mail (SMTP) to send a
// reset by, or anyone whose admin is away. Run on the server, by whoever can read its data folder, it prints a
// one-time link to choose a new password (the same link the admin page makes: lib/auth/password-reset.ts). A link
// rather than a password typed here: the password then never passes through a shell's history or a terminal log.
import { parseArgs } from "node:util";
import { prepareProject } from "./lib/project";

const USAGE = `Usage: npm run reset-password -- --user <email>

Prints a one-time link to choose a new password for the account with that email. The link works once, for a day;
using it signs the account out everywhere. The link starts with AUTH_URL when it is set, else with the address
npm start listens on (HOST, PORT).

  --user <email>  the account
  --help          show this help`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function parseCommandLine(): string {
  let parsed;
  try {
    parsed = parseArgs({ options: { user: { type: "string", short: "u" }, help: { type: "boolean", short: "h" } } });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (parsed.values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!parsed.values.user) fail(USAGE);
  return parsed.values.user;
}

async function main() {
  const email = parseCommandLine();
  // Same data folder and settings as `npm start`, whichever folder this was run from.
  await prepareProject();
  // Loaded only now: the database client reads its settings when first imported.
  const { db } = await import("../lib/db");
  const { createPasswordReset, RESET_LINK_HOURS, RESET_PATH } = await import("../lib/auth/password-reset");
  const { serverLink } = await import("../lib/config/setup-code");
  const { emailSchema } = await import("../lib/validations/auth");
  try {
    const address = emailSchema.safeParse(email);
    const user = address.success
      ? await db.user.findUnique({
          where: { email: address.data },
          select: { id: true, email: true, disabledAt: true },
        })
      : null;
    if (!user) fail(`No account with the email ${email} on this server.`);
    const token = await createPasswordReset(user.id);
    console.log(`A new password for ${user.email}: open this link within ${RESET_LINK_HOURS} hours (it works once):\n`);
    console.log(`    ${serverLink(`${RESET_PATH}/${token}`).toString()}\n`);
    if (user.disabledAt) console.log("The account is disabled: an admin must enable it before it can sign in.");
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: Error) => fail(`reset-password failed: ${error.message}`));
