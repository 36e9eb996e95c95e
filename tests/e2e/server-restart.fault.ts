// Runs after every other browser test (its own project in playwright.config.ts): it kills the web server that
// `npm start` runs, the way the kernel's OOM killer would, and checks the app answers again (scripts/lib/supervise.ts).
// Before, `npm start` exited with its server and every user got "connection refused" until someone restarted it.
import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { serverEntry, signUp, uniqueEmail, writeEntry } from "./helpers";

// The process listening on the test server's port (never any other), from the socket table.
function listenerPid(port: string): number {
  const table = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
  const pid = /pid=(\d+)/.exec(table)?.[1];
  if (!pid) throw new Error(`nothing listens on port ${port}: ${table}`);
  return Number(pid);
}

async function healthyWithin(baseURL: string, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) return true;
    } catch {
      // Down, or not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

test("a killed web server is started again and the journal is still there", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const today = await signUp(page, uniqueEmail("restart"));
  await writeEntry(page, "Written before the crash.");
  const pid = listenerPid(new URL(baseURL!).port);
  process.kill(pid, "SIGKILL");
  await expect
    .poll(() =>
      fetch(`${baseURL}/api/health`).then(
        () => "up",
        () => "down",
      ),
    )
    .toBe("down");
  expect(await healthyWithin(baseURL!, 60_000)).toBe(true);
  expect(listenerPid(new URL(baseURL!).port)).not.toBe(pid);
  expect((await serverEntry(page, today))?.body).toBe("Written before the crash.");
});
