// Every setting Cellstate reads from the environment (or .env), checked in one place. `npm start`, the container's
// entry point and the command-line tools check them before anything else, so a wrong one stops start-up with one
// line that names the setting and what it may be, instead of a server that crashes over and over (lib/env.ts,
// which the app loads, checks the same way). Values are never echoed: several are passwords or keys.
// Framework-free: the scripts load it before the app's modules exist.
import { Cron } from "croner";
import { z } from "zod";
import { isValidTimeZone } from "../dates";
import { providerOf } from "./database";
import { databaseKey, MIN_KEY_LENGTH } from "./database-key";
import { logLevelSchema } from "./log-level";
import type { Settings } from "./paths";

/** BACKUP_SCHEDULE's value that turns scheduled backups off. */
export const BACKUPS_OFF = "off";

function isCron(pattern: string): boolean {
  try {
    new Cron(pattern, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}

const wholeNumber = (name: string, min: number, max: number, fallback: number) =>
  z.coerce
    .number(`${name} must be a whole number from ${min} to ${max}`)
    .int(`${name} must be a whole number from ${min} to ${max}`)
    .min(min, `${name} must be a whole number from ${min} to ${max}`)
    .max(max, `${name} must be a whole number from ${min} to ${max}`)
    .default(fallback);

export const settingsSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"], "NODE_ENV must be production or development").optional(),
  DATA_DIR: z.string().min(1, "DATA_DIR must name a folder").optional(),
  DATABASE_URL: z
    .string()
    .regex(
      /^(file:|postgres(ql)?:\/\/)/,
      "DATABASE_URL must be a SQLite file: URL (file:/path/to/cellstate.db) or a PostgreSQL URL (postgres://user:password@host:5432/cellstate)",
    )
    .optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  DATABASE_KEY: z.string().min(MIN_KEY_LENGTH, `DATABASE_KEY must be at least ${MIN_KEY_LENGTH} characters`).optional(),
  DATABASE_KEY_FILE: z.string().min(1, "DATABASE_KEY_FILE must name a file").optional(),
  SIGNUP: z.enum(["open", "closed"], "SIGNUP must be open or closed").default("open"),
  PORT: wholeNumber("PORT", 1, 65535, 3000),
  DEFAULT_TIME_ZONE: z
    .string()
    .refine(isValidTimeZone, "DEFAULT_TIME_ZONE must be an IANA time zone, e.g. Europe/Berlin or UTC")
    .default("UTC"),
  EMBEDDING_PROVIDER: z
    .enum(["local", "openai", "ollama"], "EMBEDDING_PROVIDER must be local, openai or ollama")
    .default("local"),
  EMBEDDING_URL: z.url("EMBEDDING_URL must be a URL, e.g. http://127.0.0.1:11434").optional(),
  EMBEDDING_MODEL: z.string().min(1, "EMBEDDING_MODEL must name a model").optional(),
  EMBEDDING_API_KEY: z.string().min(1).optional(),
  MEMORY_RETRAIN_DELAY: z.coerce
    .number("MEMORY_RETRAIN_DELAY must be a number of seconds")
    .min(0, "MEMORY_RETRAIN_DELAY must be a number of seconds")
    .default(60),
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: "SMTP_URL must be smtp://user:pass@host:587 or smtps://user:pass@host:465" })
    .optional(),
  SMTP_FROM: z.string().min(3, "SMTP_FROM must be an address, e.g. Cellstate <journal@example.org>").optional(),
  AUTH_URL: z.url("AUTH_URL must be the public address, e.g. https://journal.example.org").optional(),
  TRUST_PROXY: z.enum(["true", "false"], "TRUST_PROXY must be true or false").default("false"),
  BACKUP_DIR: z.string().min(1, "BACKUP_DIR must name a folder").optional(),
  BACKUP_SCHEDULE: z
    .string()
    .trim()
    .refine(
      (value) => value === BACKUPS_OFF || isCron(value),
      `BACKUP_SCHEDULE must be a cron pattern (minute hour day month weekday, e.g. "30 3 * * *") or ${BACKUPS_OFF}`,
    )
    .default("30 3 * * *"),
  BACKUP_KEEP_DAILY: wholeNumber("BACKUP_KEEP_DAILY", 1, 3650, 7),
  BACKUP_KEEP_WEEKLY: wholeNumber("BACKUP_KEEP_WEEKLY", 0, 520, 4),
  LOG_LEVEL: logLevelSchema,
  OIDC_ISSUER: z
    .url("OIDC_ISSUER must be the identity provider's issuer URL, e.g. https://auth.example.org")
    .optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().trim().min(1).max(40, "OIDC_NAME must be at most 40 characters").default("single sign-on"),
});

export type CheckedSettings = z.output<typeof settingsSchema>;

/** A wrong setting: its message is one line, naming the setting(s) and what is allowed. */
export class SettingsError extends Error {}

// Empty values count as unset: `KEY=` in .env or compose's `KEY: ${KEY:-}` mean "not set".
function present(source: Settings): Settings {
  return Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
}

export function readSettings(source: Settings = process.env): CheckedSettings {
  const given = present(source);
  const parsed = settingsSchema.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = issue.path.join(".");
      return issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`;
    });
    throw new SettingsError(`Invalid settings: ${[...new Set(problems)].join("; ")} (see .env.example)`);
  }
  const settings = parsed.data;
  if (settings.EMBEDDING_PROVIDER !== "local" && (!settings.EMBEDDING_URL || !settings.EMBEDDING_MODEL)) {
    throw new SettingsError(
      `Invalid settings: EMBEDDING_PROVIDER=${settings.EMBEDDING_PROVIDER} needs EMBEDDING_URL and EMBEDDING_MODEL (see .env.example)`,
    );
  }
  // Single sign-on is offered when all three are set; one or two of them is a mistake, not "off".
  const oidc = [settings.OIDC_ISSUER, settings.OIDC_CLIENT_ID, settings.OIDC_CLIENT_SECRET].filter(Boolean).length;
  if (oidc > 0 && oidc < 3) {
    throw new SettingsError(
      "Invalid settings: OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together (see .env.example)",
    );
  }
  let key: string | null;
  try {
    key = databaseKey(given);
  } catch (error) {
    throw new SettingsError(`Invalid settings: ${(error as Error).message}`);
  }
  // The key encrypts the SQLite file; PostgreSQL's data is protected by its own server (disk encryption).
  if (key && settings.DATABASE_URL && providerOf(settings.DATABASE_URL) === "postgresql") {
    throw new SettingsError(
      "Invalid settings: DATABASE_KEY encrypts the SQLite file; unset it when DATABASE_URL is PostgreSQL",
    );
  }
  return settings;
}
