// The supervisor `npm start` runs the web server and the worker under, on a real child process serving HTTP:
// killed, it is started again and answers again, with the reason logged; stopped on purpose, it stays down.
import { spawn } from "node:child_process";
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { exitReason, supervise, type Supervised } from "../../scripts/lib/supervise";

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function answers(port: number, withinMs: number): Promise<boolean> {
  const until = Date.now() + withinMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

let running: Supervised | undefined;
afterEach(async () => {
  await running?.stop("SIGTERM");
});

describe("supervise", () => {
  it("tells onStart the pid of every child it starts, the restarted one too", async () => {
    const started: number[] = [];
    running = supervise(
      "the test child",
      () => spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" }),
      { restartMs: 50, log: () => {}, onStart: (pid) => started.push(pid) },
    );
    const first = running.pid()!;
    expect(started).toEqual([first]);
    process.kill(first, "SIGKILL");
    await expect.poll(() => started.length, { timeout: 5_000 }).toBe(2);
    expect(started[1]).toBe(running.pid());
    expect(started[1]).not.toBe(first);
  });

  it("restarts a killed server, which answers again, and logs why it stopped", async () => {
    const port = await freePort();
    const lines: string[] = [];
    const serve = `require("node:http").createServer((q, r) => r.end("ok")).listen(${port}, "127.0.0.1")`;
    running = supervise("the test server", () => spawn(process.execPath, ["-e", serve], { stdio: "ignore" }), {
      restartMs: 100,
      log: (line) => lines.push(line),
    });
    expect(await answers(port, 5_000)).toBe(true);
    const first = running.pid()!;
    process.kill(first, "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await answers(port, 5_000)).toBe(true);
    expect(running.pid()).not.toBe(first);
    expect(lines).toEqual(["Cellstate: the test server stopped (killed by SIGKILL); restarting in 0.1 s."]);
  });

  it("waits longer each time a child dies right after starting, and not at all once stopped", async () => {
    const lines: string[] = [];
    running = supervise("the crashing child", () => spawn(process.execPath, ["-e", "process.exit(3)"]), {
      restartMs: 100,
      log: (line) => lines.push(line),
    });
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await running.stop("SIGTERM");
    const count = lines.length;
    expect(lines.slice(0, 3)).toEqual([
      "Cellstate: the crashing child stopped (exit code 3); restarting in 0.1 s.",
      "Cellstate: the crashing child stopped (exit code 3); restarting in 0.2 s.",
      "Cellstate: the crashing child stopped (exit code 3); restarting in 0.4 s.",
    ]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(lines.length).toBe(count);
  });

  it("names an out-of-memory exit", () => {
    expect(exitReason(134, null)).toMatch(/out of memory/);
    expect(exitReason(null, "SIGTERM")).toBe("killed by SIGTERM");
  });
});
