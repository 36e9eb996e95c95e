import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadOrCreateAuthSecret, SECRET_FILE } from "@/lib/config/secret";

const OIDC = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_NAME"] as const;
const KEYS = [
  "DATA_DIR",
  "AUTH_SECRET",
  "SIGNUP",
  "TRUST_PROXY",
  "DATABASE_URL",
  "DATABASE_KEY",
  "LOG_LEVEL",
  "AUTH_URL",
  ...OIDC,
] as const;
const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cellstate-env-"));
  process.env.DATA_DIR = dir;
  delete process.env.AUTH_SECRET;
  delete process.env.SIGNUP;
  delete process.env.TRUST_PROXY;
  delete process.env.LOG_LEVEL;
  delete process.env.AUTH_URL;
  for (const key of OIDC) delete process.env[key];
  vi.resetModules();
});

afterEach(() => {
  for (const key of KEYS) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

async function loadEnv() {
  vi.resetModules();
  return (await import("@/lib/env")).env;
}

describe("lib/env.ts", () => {
  it("generates an AUTH_SECRET in DATA_DIR when none is set and reuses it on the next start", async () => {
    const first = await loadEnv();
    const file = path.join(dir, SECRET_FILE);
    expect(first.authSecret.length).toBeGreaterThanOrEqual(32);
    expect(fs.readFileSync(file, "utf8").trim()).toBe(first.authSecret);
    expect((await loadEnv()).authSecret).toBe(first.authSecret);
  });

  it("prefers AUTH_SECRET when it is set", async () => {
    process.env.AUTH_SECRET = "x".repeat(40);
    expect((await loadEnv()).authSecret).toBe("x".repeat(40));
    expect(fs.existsSync(path.join(dir, SECRET_FILE))).toBe(false);
  });

  it("defaults SIGNUP to open and rejects other values by name", async () => {
    expect((await loadEnv()).signup).toBe("open");
    process.env.SIGNUP = "maybe";
    await expect(loadEnv()).rejects.toThrow(/SIGNUP/);
  });

  it("takes a SQLite file: or a postgres:// DATABASE_URL, refuses anything else by name, and a key on PostgreSQL", async () => {
    process.env.DATABASE_URL = "postgres://cellstate:secret@db.example:5432/cellstate";
    delete process.env.DATABASE_KEY;
    expect((await loadEnv()).databaseUrl).toBe(process.env.DATABASE_URL);
    process.env.DATABASE_KEY = "k".repeat(20);
    await expect(loadEnv()).rejects.toThrow(/DATABASE_KEY encrypts the SQLite file/);
    process.env.DATABASE_URL = "mysql://db.example/cellstate";
    await expect(loadEnv()).rejects.toThrow(/DATABASE_URL must be a SQLite file: URL .* or a PostgreSQL URL/);
  });
});

describe("LOG_LEVEL and OIDC_*", () => {
  it("defaults LOG_LEVEL to info, takes pino's levels and refuses anything else by name", async () => {
    expect((await loadEnv()).logLevel).toBe("info");
    process.env.LOG_LEVEL = "trace";
    expect((await loadEnv()).logLevel).toBe("trace");
    process.env.LOG_LEVEL = "verbose";
    await expect(loadEnv()).rejects.toThrow(/LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/);
  });

  it("offers single sign-on only with issuer, client id and secret all set, and refuses a partial setting", async () => {
    expect((await loadEnv()).oidc).toBeNull();
    process.env.OIDC_ISSUER = "https://auth.example.org";
    process.env.OIDC_CLIENT_ID = "cellstate";
    await expect(loadEnv()).rejects.toThrow(/OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together/);
    process.env.OIDC_CLIENT_SECRET = "s3cret";
    expect((await loadEnv()).oidc).toEqual({
      issuer: "https://auth.example.org",
      clientId: "cellstate",
      clientSecret: "s3cret",
      name: "single sign-on",
    });
    process.env.OIDC_ISSUER = "auth.example.org";
    await expect(loadEnv()).rejects.toThrow(/OIDC_ISSUER must be the identity provider's issuer URL/);
  });
});

describe("loadOrCreateAuthSecret", () => {
  it("believes X-Forwarded-For only when TRUST_PROXY=true, and rejects other values by name", async () => {
    expect((await loadEnv()).trustProxy).toBe(false);
    process.env.TRUST_PROXY = "true";
    expect((await loadEnv()).trustProxy).toBe(true);
    process.env.TRUST_PROXY = "yes";
    await expect(loadEnv()).rejects.toThrow(/TRUST_PROXY must be true or false/);
  });

  it("creates the data folder and a private secret file", () => {
    const nested = path.join(dir, "a", "b");
    const secret = loadOrCreateAuthSecret(nested);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stat = fs.statSync(path.join(nested, SECRET_FILE));
    expect(stat.mode & 0o777).toBe(0o600);
    expect(loadOrCreateAuthSecret(nested)).toBe(secret);
  });

  it("keeps a secret written by hand", () => {
    fs.writeFileSync(path.join(dir, SECRET_FILE), `  ${"s".repeat(50)}\n`);
    expect(loadOrCreateAuthSecret(dir)).toBe("s".repeat(50));
  });

  it("refuses a secret file that is too short, naming it", () => {
    const file = path.join(dir, SECRET_FILE);
    for (const content of ["", "too short\n"]) {
      fs.writeFileSync(file, content);
      expect(() => loadOrCreateAuthSecret(dir)).toThrow(file);
    }
  });
});
