// `npm run test:faults`: load and fault tests against a real `npm start` (tests/faults/). One file at a time,
// each with its own server and data folder: they kill processes and load the two cores on purpose.
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ["tests/faults/**/*.test.ts"],
    fileParallelism: false,
    server: { deps: { inline: ["next-auth"] } },
    // The first start may build the app (about a minute on two cores).
    hookTimeout: 300_000,
    testTimeout: 180_000,
  },
});
