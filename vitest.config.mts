import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    setupFiles: ["tests/setup/database.ts"],
    // next-auth imports "next/server" in a way Node's resolver only finds when Vite inlines it.
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 20_000,
  },
});
