// `npm run test:standalone`: the copy the container image holds (npm run build:standalone), built outside the
// source tree and run the way the Dockerfile runs it (tests/standalone/). It builds the app, so it runs alone.
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ["tests/standalone/**/*.test.ts"],
    fileParallelism: false,
    server: { deps: { inline: ["next-auth"] } },
    // The build: about a minute and a half on two idle cores.
    hookTimeout: 600_000,
    testTimeout: 60_000,
  },
});
