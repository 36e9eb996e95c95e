// Keeps a child process running: `npm start` runs the web server and the memory worker this way, so one that
// dies (a crash, the kernel's OOM killer, `kill`) is started again and the reason is logged, instead of the
// whole app staying down until someone notices. One that keeps dying right after starting is restarted less
// and less often (up to a minute apart), so a broken install does not spin.
import type { ChildProcess } from "node:child_process";

export type Supervised = {
  /** Stops the child for good (no restart); resolves when it has exited. */
  stop(signal: NodeJS.Signals): Promise<void>;
  /** The running child's pid, if one is running. */
  pid(): number | undefined;
};

type SuperviseOptions = {
  /** Wait before the first restart. */
  restartMs: number;
  /** A child that ran this long is healthy again: the next restart waits restartMs, not longer. */
  healthyAfterMs?: number;
  maxRestartMs?: number;
  log?: (line: string) => void;
  /** Told each new child's pid (start.ts records them in DATA_DIR/processes.json). */
  onStart?: (pid: number) => void;
};

export function exitReason(code: number | null, signal: NodeJS.Signals | null): string {
  if (signal) return `killed by ${signal}`;
  // Node exits with 134 (SIGABRT) when its heap runs out; the V8 message is in the log just above.
  if (code === 134) return "exit code 134: out of memory or aborted";
  return `exit code ${code}`;
}

export function supervise(name: string, spawnChild: () => ChildProcess, options: SuperviseOptions): Supervised {
  const { restartMs, healthyAfterMs = 60_000, maxRestartMs = 60_000, log = console.error, onStart } = options;
  let child: ChildProcess | undefined;
  let stopping = false;
  let wait = restartMs;
  let timer: NodeJS.Timeout | undefined;
  let exited: Promise<void> = Promise.resolve();

  function start() {
    const started = Date.now();
    const current = spawnChild();
    child = current;
    if (current.pid !== undefined) onStart?.(current.pid);
    exited = new Promise((resolve) => {
      current.on("exit", (code, signal) => {
        if (child === current) child = undefined;
        resolve();
        if (stopping) return;
        wait = Date.now() - started >= healthyAfterMs ? restartMs : wait;
        log(
          `Cellstate: ${name} stopped (${exitReason(code, signal)}); restarting in ${Math.round(wait / 100) / 10} s.`,
        );
        timer = setTimeout(start, wait);
        wait = Math.min(wait * 2, maxRestartMs);
      });
    });
  }
  start();

  return {
    async stop(signal) {
      stopping = true;
      clearTimeout(timer);
      child?.kill(signal);
      await exited;
    },
    pid: () => child?.pid,
  };
}
