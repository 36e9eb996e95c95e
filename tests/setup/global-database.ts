// Once per Vitest run: the generated Prisma client must be the one for the database the tests run on (the
// PostgreSQL pass and the SQLite pass share generated/), and the PostgreSQL pass leaves no schema behind.
import path from "node:path";
import { ensurePrismaClient } from "../../scripts/lib/prisma-client";
import { dropTestSchemas } from "./postgres-schemas";

export default async function setup(): Promise<() => Promise<void>> {
  const postgres = process.env.TEST_POSTGRES_URL;
  // Any URL of the right kind: the client is the same for every database of one provider.
  ensurePrismaClient(path.resolve(__dirname, "..", ".."), postgres ?? "file:test.db");
  if (!postgres) return async () => {};
  await dropTestSchemas(postgres);
  return () => dropTestSchemas(postgres);
}
