// `npm run test:e2e` (and the second half of `npm test`): the Playwright suite against Debian's Chromium.
// Playwright's own browser download cannot work here, so without /usr/bin/chromium the suite is skipped on a
// developer's machine (with a clear message), but fails in CI or when REQUIRE_BROWSER_TESTS=1: there a
// missing browser must never pass as green. Extra arguments go to `playwright test` (e.g. a file or --grep).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const CHROMIUM = "/usr/bin/chromium";
const root = path.resolve(__dirname, "..");

const flag = (value: string | undefined) => !!value && !["0", "false", "no", ""].includes(value.toLowerCase());
const required = flag(process.env.CI) || process.env.REQUIRE_BROWSER_TESTS === "1";

if (!fs.existsSync(CHROMIUM)) {
  if (required) {
    console.error(
      `Browser tests cannot run: Chromium not found at ${CHROMIUM}, and they are required here ` +
        `(${flag(process.env.CI) ? "CI is set" : "REQUIRE_BROWSER_TESTS=1"}). Install it with \`sudo apt-get install -y chromium\`.`,
    );
    process.exit(1);
  }
  console.log(
    `Browser tests skipped: Chromium not found at ${CHROMIUM}. Install it with \`sudo apt-get install -y chromium\` to run them.`,
  );
  process.exit(0);
}

const playwright = path.join(root, "node_modules", ".bin", "playwright");
const result = spawnSync(playwright, ["test", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
if (result.error) {
  console.error(`Could not run Playwright (${playwright}): ${result.error.message}. Run \`npm ci\` first.`);
  process.exit(1);
}
process.exit(result.status ?? 1);
