// The machine the figures were measured on, printed above them and stored with them: a figure means little
// without the CPU, the core count and what else the machine was doing (the load average at the start and end).
import os from "node:os";
import * as tf from "@tensorflow/tfjs";
import { ensureBackend } from "../../lib/memory/backend";

export type Machine = {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  tfjs: string;
  tfBackend: string;
  /** 1-minute load average when the run started; above 0.5 per core other work was competing for the CPU. */
  loadAtStart: number;
};

export async function describeMachine(): Promise<Machine> {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() || "unknown CPU",
    cores: os.availableParallelism(),
    memoryGb: os.totalmem() / 1024 ** 3,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    tfjs: tf.version.tfjs,
    tfBackend: await ensureBackend(),
    loadAtStart: os.loadavg()[0]!,
  };
}

export function loadAverage(): number {
  return os.loadavg()[0]!;
}
