// Real accounts (real argon2) for tests that need an owner for their entries.
import { signUp } from "@/lib/auth/accounts";

export async function createUser(email: string, password = "correct horse battery"): Promise<string> {
  const result = await signUp({ email, password });
  if (!result.ok) throw new Error(`sign-up of ${email} failed: ${result.reason}`);
  return result.user.id;
}
