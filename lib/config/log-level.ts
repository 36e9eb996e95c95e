// LOG_LEVEL, read by lib/env.ts (which refuses a wrong one at start-up) and by lib/log.ts, which cannot import
// lib/env: the framework-free code that logs (lib/memory's backend) must not need the app's settings to load.
import { z } from "zod";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

export const logLevelSchema = z.enum(LOG_LEVELS, `LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}`).default("info");
