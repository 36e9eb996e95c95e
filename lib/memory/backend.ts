// tfjs backend for training: wasm in Node (SIMD, single thread), cpu when wasm cannot start.
//
// @tensorflow/tfjs-node cannot be installed here (it downloads libtensorflow), so wasm is the fast option; its
// .wasm files ship inside @tensorflow/tfjs-backend-wasm and load from disk in Node without setWasmPaths. The pure
// JS cpu backend is 4–5× slower but always works, so a failure to start wasm is logged and training goes on.

import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
import { logger } from "../log";

type MemoryBackend = "wasm" | "cpu";

let ready: Promise<MemoryBackend> | null = null;

async function initialise(preferred: MemoryBackend): Promise<MemoryBackend> {
  if (preferred === "wasm") {
    try {
      if (await tf.setBackend("wasm")) {
        await tf.ready();
        return "wasm";
      }
      logger.warn("memory: the tfjs wasm backend did not initialise; training on the cpu backend");
    } catch (error) {
      logger.warn({ err: error }, "memory: the tfjs wasm backend failed; training on the cpu backend");
    }
  }
  await tf.setBackend("cpu");
  await tf.ready();
  return "cpu";
}

/**
 * Initialise tfjs once per process (or worker) and return the backend in use. `CELLSTATE_TF_BACKEND=cpu` forces
 * the fallback (for comparing the two).
 */
export function ensureBackend(): Promise<MemoryBackend> {
  if (!ready) {
    const preferred: MemoryBackend = process.env.CELLSTATE_TF_BACKEND === "cpu" ? "cpu" : "wasm";
    ready = initialise(preferred);
  }
  return ready;
}
