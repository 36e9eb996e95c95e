import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    globalSetup: ["tests/setup/global-database.ts"],
    setupFiles: ["tests/setup/database.ts"],
    // next-auth imports "next/server" in a way Node's resolver only finds when Vite inlines it.
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 20_000,
    // The growth tests (tests/setup/growth.ts) collect garbage before each timed run, so a collection left over
    // from earlier work is not billed to the input being timed.
    execArgv: ["--expose-gc"],
  },
});
