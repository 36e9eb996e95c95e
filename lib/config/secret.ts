// AUTH_SECRET signs session cookies. A self-hoster should not have to invent one, so when it is not set
// we generate it once and keep it in the data folder: sessions then survive restarts and upgrades.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const SECRET_FILE = "auth-secret";

export function loadOrCreateAuthSecret(dir: string): string {
  const file = path.join(dir, SECRET_FILE);
  try {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const secret = crypto.randomBytes(32).toString("base64url");
  // "wx" fails if another process created the file first; then we use theirs.
  try {
    fs.writeFileSync(file, secret + "\n", { mode: 0o600, flag: "wx" });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  // A file that is still too short (empty after a crash, or written by hand) would sign sessions with a
  // guessable key: refuse it rather than replace it behind the owner's back.
  const theirs = fs.readFileSync(file, "utf8").trim();
  if (theirs.length < 32) {
    throw new Error(
      `${file} holds fewer than 32 characters: delete it to have a new secret generated, or set AUTH_SECRET.`,
    );
  }
  return theirs;
}
