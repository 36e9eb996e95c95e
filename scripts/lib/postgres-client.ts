// One short-lived node-postgres connection for the command-line steps that run before the app's Prisma client
// exists (migrations, the setup link), on the schema DATABASE_URL names.
import pg from "pg";
import { postgresConnection } from "../../lib/config/database";

export async function withPostgres<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const { connectionString, options } = postgresConnection(url);
  const client = new pg.Client({ connectionString, options });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
