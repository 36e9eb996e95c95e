// The schemas the PostgreSQL test run makes, one per test file (tests/setup/database.ts), and their removal.
import { z } from "zod";
import { withPostgres } from "../../scripts/lib/postgres-client";

export const TEST_SCHEMA_PREFIX = "cellstate_test_";

export async function dropTestSchemas(url: string): Promise<void> {
  await withPostgres(url, async (client) => {
    const { rows } = await client.query("SELECT nspname AS name FROM pg_namespace WHERE starts_with(nspname, $1)", [
      TEST_SCHEMA_PREFIX,
    ]);
    for (const { name } of z.array(z.object({ name: z.string() })).parse(rows)) {
      await client.query(`DROP SCHEMA "${name}" CASCADE`);
    }
  });
}
