// The server's VAPID key pair (RFC 8292), which signs every Web Push request so a push service knows it comes from
// this server. Generated once into the data folder, readable by the owner only, like the session secret
// (lib/config/secret.ts): subscriptions are made for the public key, so a new pair would orphan every one of them.
import fs from "node:fs";
import path from "node:path";
import webpush from "web-push";
import { z } from "zod";

export const VAPID_FILE = "vapid-keys.json";

const keysSchema = z.object({
  publicKey: z.string().regex(/^[A-Za-z0-9_-]{80,90}$/),
  privateKey: z.string().regex(/^[A-Za-z0-9_-]{40,45}$/),
});
export type VapidKeys = z.infer<typeof keysSchema>;

function readKeys(file: string): VapidKeys {
  const parsed = keysSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  // A damaged file is not replaced behind the owner's back: every browser's subscription depends on it.
  if (!parsed.success) throw new Error(`${file} does not hold a VAPID key pair: delete it to have a new one made.`);
  return parsed.data;
}

export function loadOrCreateVapidKeys(dir: string): VapidKeys {
  const file = path.join(dir, VAPID_FILE);
  try {
    return readKeys(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const keys = webpush.generateVAPIDKeys();
  // "wx" fails if another process (the server or the worker) made the file first; then theirs is used.
  try {
    fs.writeFileSync(file, JSON.stringify(keys) + "\n", { mode: 0o600, flag: "wx" });
    return keys;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readKeys(file);
}

/**
 * Who runs this server, for the push services (RFC 8292's "sub"): its public https address, else the address its
 * e-mail comes from, else a placeholder (push services accept it; some may ask for a real contact).
 */
export function vapidSubject(publicUrl: string | null, mailFrom: string | undefined): string {
  if (publicUrl?.startsWith("https:")) return new URL(publicUrl).origin;
  const address = mailFrom ? (/<([^<>\s]+@[^<>\s]+)>/.exec(mailFrom)?.[1] ?? mailFrom.trim()) : null;
  return `mailto:${address && /^[^\s@]+@[^\s@]+$/.test(address) ? address : "cellstate@localhost"}`;
}
