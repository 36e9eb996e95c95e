import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const DATA_DIR = "tests/setup/data-dir.ts";
/** What an integration file runs first: its data folder, then its database (SQLite, or PostgreSQL's pass). */
export const INTEGRATION_SETUP = [DATA_DIR, "tests/setup/database.ts"];

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // Modules only Next's server loads import "server-only", which throws anywhere but in React's server build; the
    // tests load them on purpose, so they get the package's own empty module (what Next resolves it to).
    alias: { "server-only": fileURLToPath(new URL("node_modules/server-only/empty.js", import.meta.url)) },
  },
  test: {
    // The generated database client must be the one for the database the tests run on.
    globalSetup: ["tests/setup/global-database.ts"],
    // Pure unit files get a data folder but no database; the integration files each get a migrated SQLite file.
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], setupFiles: [DATA_DIR] } },
      {
        extends: true,
        test: { name: "integration", include: ["tests/integration/**/*.test.ts"], setupFiles: INTEGRATION_SETUP },
      },
    ],
    // next-auth imports "next/server" in a way Node's resolver only finds when Vite inlines it.
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 20_000,
    // The growth tests (tests/setup/growth.ts) collect garbage before each timed run, so a collection left over
    // from earlier work is not billed to the input being timed.
    execArgv: ["--expose-gc"],
  },
});
