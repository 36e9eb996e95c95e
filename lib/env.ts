// Every setting Cellstate reads, validated once. The app starts with none of them set (see .env.example).
import { z } from "zod";
import type { EmbeddingConfig } from "./embedding/types";
import { providerOf } from "./config/database";
import { databaseUrl, ensureDataDir } from "./config/paths";
import { databaseKey, MIN_KEY_LENGTH } from "./config/database-key";
import { logLevelSchema } from "./config/log-level";
import { loadOrCreateAuthSecret } from "./config/secret";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATA_DIR: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(
      /^(file:|postgres(ql)?:\/\/)/,
      "DATABASE_URL must be a SQLite file: URL (file:/path/to/cellstate.db) or a PostgreSQL URL (postgres://user:password@host:5432/cellstate)",
    )
    .optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  DATABASE_KEY: z.string().min(MIN_KEY_LENGTH, `DATABASE_KEY must be at least ${MIN_KEY_LENGTH} characters`).optional(),
  DATABASE_KEY_FILE: z.string().min(1).optional(),
  SIGNUP: z.enum(["open", "closed"], "SIGNUP must be open or closed").default("open"),
  EMBEDDING_PROVIDER: z
    .enum(["local", "openai", "ollama"], "EMBEDDING_PROVIDER must be local, openai or ollama")
    .default("local"),
  EMBEDDING_URL: z.url("EMBEDDING_URL must be a URL, e.g. http://127.0.0.1:11434").optional(),
  EMBEDDING_MODEL: z.string().min(1).optional(),
  EMBEDDING_API_KEY: z.string().min(1).optional(),
  MEMORY_RETRAIN_DELAY: z.coerce.number("MEMORY_RETRAIN_DELAY must be a number of seconds").min(0).default(60),
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: "SMTP_URL must be smtp://user:pass@host:587 or smtps://user:pass@host:465" })
    .optional(),
  SMTP_FROM: z.string().min(3, "SMTP_FROM must be an address, e.g. Cellstate <journal@example.org>").optional(),
  AUTH_URL: z.url("AUTH_URL must be the public address, e.g. https://journal.example.org").optional(),
  TRUST_PROXY: z.enum(["true", "false"], "TRUST_PROXY must be true or false").default("false"),
  LOG_LEVEL: logLevelSchema,
  OIDC_ISSUER: z
    .url("OIDC_ISSUER must be the identity provider's issuer URL, e.g. https://auth.example.org")
    .optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().trim().min(1).max(40, "OIDC_NAME must be at most 40 characters").default("single sign-on"),
});

function readEnv() {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid settings:\n${problems}\nSee .env.example for what each setting means.`);
  }
  const dir = ensureDataDir();
  const url = databaseUrl();
  const key = databaseKey();
  // The key encrypts the SQLite file; PostgreSQL's data is protected by its own server (disk encryption).
  if (key && providerOf(url) === "postgresql") {
    throw new Error(
      "Invalid settings:\n  DATABASE_KEY encrypts the SQLite file; unset it when DATABASE_URL is PostgreSQL.",
    );
  }
  return {
    nodeEnv: parsed.data.NODE_ENV,
    dataDir: dir,
    databaseUrl: url,
    databaseKey: key,
    authSecret: parsed.data.AUTH_SECRET ?? loadOrCreateAuthSecret(dir),
    signup: parsed.data.SIGNUP,
    embedding: embeddingConfig(parsed.data),
    retrainDelayMs: parsed.data.MEMORY_RETRAIN_DELAY * 1000,
    // E-mail (weekly summaries) only when the owner names an SMTP server.
    smtp: parsed.data.SMTP_URL
      ? { url: parsed.data.SMTP_URL, from: parsed.data.SMTP_FROM ?? "Cellstate <cellstate@localhost>" }
      : null,
    publicUrl: parsed.data.AUTH_URL ?? null,
    // Only behind a reverse proxy that writes X-Forwarded-For: otherwise a client could name any address.
    trustProxy: parsed.data.TRUST_PROXY === "true",
    logLevel: parsed.data.LOG_LEVEL,
    oidc: oidcConfig(parsed.data),
  };
}

// Single sign-on is offered when all three are set; one or two of them is a mistake, not "off".
function oidcConfig(settings: z.infer<typeof schema>) {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = settings;
  if (!issuer && !clientId && !clientSecret) return null;
  if (!issuer || !clientId || !clientSecret) {
    throw new Error("Invalid settings:\n  OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together.");
  }
  return { issuer, clientId, clientSecret, name: settings.OIDC_NAME };
}

// Entry text leaves the server only when the owner names an embedding service here.
function embeddingConfig(settings: z.infer<typeof schema>): EmbeddingConfig {
  const { EMBEDDING_PROVIDER: provider, EMBEDDING_URL: url, EMBEDDING_MODEL: model } = settings;
  if (provider === "local") return { provider };
  if (!url || !model) {
    throw new Error(`Invalid settings:\n  EMBEDDING_PROVIDER=${provider} needs EMBEDDING_URL and EMBEDDING_MODEL.`);
  }
  return provider === "openai"
    ? { provider, url, model, apiKey: settings.EMBEDDING_API_KEY }
    : { provider, url, model };
}

type Env = ReturnType<typeof readEnv>;

export const env: Env = readEnv();
