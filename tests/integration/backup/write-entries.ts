// A writer in a process of its own, for tests/integration/backup-sqlite.test.ts: saves one entry after another for
// USER_ID through the app's data layer (lib/journal/entries), a different connection and process from the backup's,
// and prints each day once its save has returned (acknowledged). Writes COUNT entries, from day number FIRST.
import { saveEntry } from "@/lib/journal/entries";
import { dayNumber, entryText } from "./entry-text";

async function main() {
  const userId = process.env.USER_ID!;
  const count = Number(process.env.COUNT);
  const first = Number(process.env.FIRST ?? 0);
  for (let i = first; i < first + count; i++) {
    const date = dayNumber(i);
    await saveEntry(userId, date, { body: entryText(i) });
    process.stdout.write(`${date}\n`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
