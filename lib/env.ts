// Every setting Cellstate reads, validated once (lib/config/settings.ts). The app starts with none of them set
// (see .env.example).
import type { EmbeddingConfig } from "./embedding/types";
import { backupDir, databaseUrl, ensureDataDir } from "./config/paths";
import { databaseKey } from "./config/database-key";
import { loadOrCreateAuthSecret } from "./config/secret";
import { BACKUPS_OFF, type CheckedSettings, readSettings } from "./config/settings";

function readEnv() {
  const settings = readSettings(process.env);
  const dir = ensureDataDir();
  return {
    nodeEnv: settings.NODE_ENV ?? "development",
    dataDir: dir,
    databaseUrl: databaseUrl(),
    databaseKey: databaseKey(),
    authSecret: settings.AUTH_SECRET ?? loadOrCreateAuthSecret(dir),
    signup: settings.SIGNUP,
    defaultTimeZone: settings.DEFAULT_TIME_ZONE,
    embedding: embeddingConfig(settings),
    retrainDelayMs: settings.MEMORY_RETRAIN_DELAY * 1000,
    // E-mail (weekly summaries) only when the owner names an SMTP server.
    smtp: settings.SMTP_URL
      ? { url: settings.SMTP_URL, from: settings.SMTP_FROM ?? "Cellstate <cellstate@localhost>" }
      : null,
    publicUrl: settings.AUTH_URL ?? null,
    // Only behind a reverse proxy that writes X-Forwarded-For: otherwise a client could name any address.
    trustProxy: settings.TRUST_PROXY === "true",
    logLevel: settings.LOG_LEVEL,
    oidc: oidcConfig(settings),
    backups: {
      dir: backupDir(),
      // null: no scheduled backups (the owner backs up some other way); npm run backup still works.
      schedule: settings.BACKUP_SCHEDULE === BACKUPS_OFF ? null : settings.BACKUP_SCHEDULE,
      keepDaily: settings.BACKUP_KEEP_DAILY,
      keepWeekly: settings.BACKUP_KEEP_WEEKLY,
    },
  };
}

// Single sign-on when all three are set (readSettings refused one or two of them).
function oidcConfig(settings: CheckedSettings) {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = settings;
  return issuer && clientId && clientSecret ? { issuer, clientId, clientSecret, name: settings.OIDC_NAME } : null;
}

// Entry text leaves the server only when the owner names an embedding service here (readSettings checked that a
// service has its URL and model).
function embeddingConfig(settings: CheckedSettings): EmbeddingConfig {
  const { EMBEDDING_PROVIDER: provider, EMBEDDING_URL: url = "", EMBEDDING_MODEL: model = "" } = settings;
  if (provider === "local") return { provider };
  return provider === "openai"
    ? { provider, url, model, apiKey: settings.EMBEDDING_API_KEY }
    : { provider, url, model };
}

type Env = ReturnType<typeof readEnv>;

export const env: Env = readEnv();
