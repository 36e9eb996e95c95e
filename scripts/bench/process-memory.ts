// Resident memory (RSS) of this process and of the server, read from /proc (Linux, where Cellstate is
// self-hosted). RSS is what the machine actually gives the process: the V8 heap, tfjs's wasm memory, the word
// vectors and SQLite's cache together, which is what a self-hoster has to provision for.
import fs from "node:fs";

function statusField(pid: number | "self", field: "VmRSS" | "VmHWM"): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null; // the process ended, or no /proc on this system
  }
}

export function rssMb(pid: number | "self" = "self"): number {
  return statusField(pid, "VmRSS") ?? process.memoryUsage.rss() / 1024 ** 2;
}

/**
 * Starts a new peak: the kernel's high-water mark (VmHWM) is reset to the current RSS. Training runs
 * synchronously for seconds, so a timer could not sample it; the high-water mark sees every moment.
 * Returns false where the reset is not possible; the peak then covers the whole process life.
 */
export function resetPeakRss(): boolean {
  try {
    fs.writeFileSync("/proc/self/clear_refs", "5");
    return true;
  } catch {
    return false;
  }
}

export function peakRssMb(): number {
  return statusField("self", "VmHWM") ?? rssMb();
}

/** The process and all its descendants (e.g. `next start` and any worker it forks). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name in field 2 may hold spaces and parentheses: the parent pid follows the last ")".
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [root];
  for (let k = 0; k < tree.length; k++) tree.push(...(children.get(tree[k]!) ?? []));
  return tree;
}

export function treeRssMb(root: number): number {
  return processTree(root).reduce((sum, pid) => sum + (statusField(pid, "VmRSS") ?? 0), 0);
}

/** Samples the RSS of a process tree every `everyMs` while a load runs; the server answers on its own process. */
export function sampleTreeRss(root: number, everyMs = 200): { stop(): { peakMb: number; lastMb: number } } {
  let peakMb = treeRssMb(root);
  let lastMb = peakMb;
  const timer = setInterval(() => {
    lastMb = treeRssMb(root);
    peakMb = Math.max(peakMb, lastMb);
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      lastMb = treeRssMb(root);
      return { peakMb: Math.max(peakMb, lastMb), lastMb };
    },
  };
}
