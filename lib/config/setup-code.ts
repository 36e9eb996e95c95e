// The one-time code that makes the first account. Without it, whoever reached a fresh server first became its
// admin; now `npm start` prints a link with the code (scripts/lib/setup-link.ts), so it stays one click for the
// person who started the server and nobody else can do it. Kept in the data folder (0600) until the first account
// exists. Framework-free: the start script and the app share it.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const SETUP_CODE_FILE = "setup-code";

function readCode(file: string): string | null {
  try {
    const code = fs.readFileSync(file, "utf8").trim();
    return code.length >= 16 ? code : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

export function loadOrCreateSetupCode(dir: string): string {
  const file = path.join(dir, SETUP_CODE_FILE);
  const existing = readCode(file);
  if (existing) return existing;
  const code = crypto.randomBytes(18).toString("base64url");
  fs.writeFileSync(file, code + "\n", { mode: 0o600 });
  return code;
}

export function setupCodeMatches(dir: string, given: string): boolean {
  const code = readCode(path.join(dir, SETUP_CODE_FILE));
  if (!code) return false;
  // Compared as hashes: equal lengths for timingSafeEqual, and no timing hint of how much matched.
  const digest = (text: string) => crypto.createHash("sha256").update(text).digest();
  return crypto.timingSafeEqual(digest(code), digest(given));
}

export function removeSetupCode(dir: string): void {
  fs.rmSync(path.join(dir, SETUP_CODE_FILE), { force: true });
}

type Settings = Record<string, string | undefined>;

/** A link into the app printed on the server: AUTH_URL when the owner set the public address, else where `npm start`
 * listens (HOST, PORT). Also `npm run reset-password`'s. */
export function serverLink(pathname: string, settings: Settings = process.env): URL {
  const host = !settings.HOST || ["0.0.0.0", "::", "[::]"].includes(settings.HOST) ? "localhost" : settings.HOST;
  const base = settings.AUTH_URL || `http://${host.includes(":") ? `[${host}]` : host}:${settings.PORT || "3000"}`;
  return new URL(pathname, base);
}

export function setupLink(code: string, settings: Settings = process.env): string {
  const url = serverLink("/setup", settings);
  url.searchParams.set("code", code);
  return url.toString();
}
