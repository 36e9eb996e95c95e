// Every setting Cellstate reads, validated once. The app starts with none of them set (see .env.example).
import { z } from "zod";
import { databaseUrl, ensureDataDir } from "./config/paths";
import { loadOrCreateAuthSecret } from "./config/secret";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATA_DIR: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .startsWith("file:", "DATABASE_URL must be a SQLite file: URL (file:/path/to/cellstate.db)")
    .optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  SIGNUP: z.enum(["open", "closed"], "SIGNUP must be open or closed").default("open"),
});

function readEnv() {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid settings:\n${problems}\nSee .env.example for what each setting means.`);
  }
  const dir = ensureDataDir();
  return {
    nodeEnv: parsed.data.NODE_ENV,
    dataDir: dir,
    databaseUrl: databaseUrl(),
    authSecret: parsed.data.AUTH_SECRET ?? loadOrCreateAuthSecret(dir),
    signup: parsed.data.SIGNUP,
  };
}

export type Env = ReturnType<typeof readEnv>;

export const env: Env = readEnv();
