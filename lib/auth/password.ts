// argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's minimum), about 55 ms a hash here.
import { hash, verify } from "@node-rs/argon2";

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when no account matches keeps sign-in time the same whether or not the address
// exists, so response times do not reveal who has an account.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hash("cellstate-no-such-account");
  return dummyHash;
}
