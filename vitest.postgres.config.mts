// `npm run test:postgres`: the integration tests on PostgreSQL, each file in a schema of its own in the database
// TEST_POSTGRES_URL names (a user who may create schemas there; .ci/postgres-pass makes one). The unit tests touch
// no database; four integration files test what only SQLite has and stay on the SQLite pass.
import { mergeConfig } from "vitest/config";
import base, { INTEGRATION_SETUP } from "./vitest.config.mts";

const url = process.env.TEST_POSTGRES_URL;
if (!url)
  throw new Error("TEST_POSTGRES_URL must name a PostgreSQL database, e.g. postgres://cellstate:…@127.0.0.1/cellstate");

const config = mergeConfig(base, { test: { env: { TEST_POSTGRES_URL: url } } });
// Replaced, not merged (mergeConfig appends arrays): the integration files only.
config.test.projects = [
  {
    extends: true,
    test: {
      name: "integration (PostgreSQL)",
      include: ["tests/integration/**/*.test.ts"],
      exclude: [
        // BEGIN IMMEDIATE against SQLite's file lock.
        "tests/integration/db-transactions.test.ts",
        // The bytes of the SQLite file (and its modes) after a deletion.
        "tests/integration/data-at-rest.test.ts",
        // SQLCipher encryption of the SQLite file.
        "tests/integration/database-encryption.test.ts",
        // SQLite's backups (PostgreSQL's: backup-postgres.test.ts).
        "tests/integration/backup-sqlite.test.ts",
      ],
      setupFiles: INTEGRATION_SETUP,
    },
  },
];

export default config;
