// A short fingerprint of the user's password hash, carried in the session token. Every request compares it with
// the stored hash's, so changing the password signs out every other session (JWT sessions cannot be revoked
// one by one); the session that changed it is given the new fingerprint. Not secret: it is a hash of a hash,
// inside an encrypted token.
import { createHash } from "node:crypto";

export function passwordKey(passwordHash: string): string {
  return createHash("sha256").update(passwordHash).digest("base64url").slice(0, 16);
}
