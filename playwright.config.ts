// Browser tests: the real app (`npm start`: migrations, build when stale, `next start`) on a fresh data folder,
// driven by Debian's Chromium. `npx playwright install` cannot download here, so we never use Playwright's
// own browsers. Run with `npm run test:e2e` (which skips cleanly when Chromium is missing).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { OIDC_TEST_CLIENT, OIDC_TEST_NAME, oidcTestPort } from "./tests/e2e/oidc/client";

const PORT = Number(process.env.E2E_PORT || 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

// A fresh data folder (database + auth secret) for each run. The config is evaluated again in every worker
// process; the variable, inherited from the runner, makes them all use the runner's folder.
process.env.CELLSTATE_E2E_DATA_DIR ||= fs.mkdtempSync(path.join(os.tmpdir(), "cellstate-e2e-"));
const dataDir = process.env.CELLSTATE_E2E_DATA_DIR;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  // Two cores: one runs the server, the other Chromium; a second worker still helps while pages wait on saves.
  workers: 2,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  globalTeardown: "./tests/e2e/global-teardown.ts",
  use: {
    baseURL,
    // A zone far from UTC, so a page that used the server's clock instead of the writer's day would show it.
    timezoneId: "Pacific/Auckland",
    locale: "en-GB",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    // The very first account on a fresh server becomes its admin: create it before anything else.
    { name: "setup", testMatch: /global\.setup\.ts/ },
    { name: "chromium", testMatch: /.*\.spec\.ts/, dependencies: ["setup"] },
    // Kills the server under test: only once every other test is done.
    { name: "faults", testMatch: /.*\.fault\.ts/, dependencies: ["chromium"] },
  ],
  webServer: {
    command: "npx tsx scripts/start.ts",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    // The first start builds the app (about a minute on two cores).
    timeout: 240_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      // Set explicitly so a developer's .env (read by the start script) cannot point the tests at real data.
      // E2E_DATABASE_URL runs them on another database instead (.ci/run's PostgreSQL smoke test).
      DATABASE_URL: process.env.E2E_DATABASE_URL || `file:${path.join(dataDir, "cellstate.db")}`,
      SIGNUP: "open",
      EMBEDDING_PROVIDER: "local",
      // Retrain a second after a save, so the tests see a trained memory without waiting a minute.
      MEMORY_RETRAIN_DELAY: "1",
      // E-mail "configured", so Settings offers weekly summaries by e-mail; nothing listens there, and the
      // e-mail itself is tested against a real SMTP sink in tests/integration/summary-mail.test.ts.
      SMTP_URL: "smtp://127.0.0.1:9",
      // Single sign-on against the real OpenID provider tests/e2e/oidc.spec.ts starts there (the app only reaches
      // it when someone signs in with it).
      OIDC_ISSUER: `http://127.0.0.1:${oidcTestPort(PORT)}`,
      OIDC_CLIENT_ID: OIDC_TEST_CLIENT.id,
      OIDC_CLIENT_SECRET: OIDC_TEST_CLIENT.secret,
      OIDC_NAME: OIDC_TEST_NAME,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
